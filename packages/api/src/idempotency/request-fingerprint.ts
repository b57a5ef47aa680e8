import { createHash } from 'node:crypto';

/**
 * A digest of what a request asks for, to tell a retry (same fingerprint) from a different request
 * sent with the same idempotency key. Pass the request as the API understood it (validated and
 * normalised), so that `"10.00"` and `10` for the same amount count as the same request.
 */
export function fingerprintOf(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url');
}
