import { isIP } from 'node:net';

/** Whether the dev mailbox is served, and if not, why (for the start-up log). */
export type DevMailboxMode = { readonly on: true } | { readonly on: false; readonly reason: string };

/**
 * Whether `host` (what the provider listens on) is reachable from this machine only. Not the core's
 * LOOPBACK_HOSTS, which lists the URL host names an `http://` issuer may have: an interface to listen on is
 * loopback anywhere in 127.0.0.0/8, and IDP_HOST may spell ::1 with or without brackets.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') {
    return true;
  }
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/**
 * The dev mailbox shows every account's codes to whoever can reach it, so it is served only in the
 * provider's local development mode: not with `NODE_ENV=production`, and not when the provider listens
 * beyond the loopback interface (`0.0.0.0`, `::`, a LAN address or a host name other than localhost).
 */
export function devMailboxMode({ production, host }: { production: boolean; host: string }): DevMailboxMode {
  if (production) {
    return { on: false, reason: 'NODE_ENV=production' };
  }
  if (!isLoopbackHost(host)) {
    return { on: false, reason: `listening on ${host}, beyond loopback` };
  }
  return { on: true };
}
