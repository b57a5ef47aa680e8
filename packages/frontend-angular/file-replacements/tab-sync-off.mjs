// okta-auth-js's two cross-tab services as this app's build sees them (angular.json `fileReplacements`): switched off.
//
// SyncStorageService sends each tab's token events to the other tabs; LeaderElectionService makes one tab renew
// tokens for all when they are synced. Both exist for `tokenManager.syncStorage`, which this app turns off: tokens
// are kept per tab (sessionStorage, `syncStorage: false` in auth/okta-auth-options.ts, pinned by its spec), so
// neither service ever starts, and they and broadcast-channel (their transport, 18 kB) stay out of the bundle.
// The library's service manager still creates both; these stand-ins answer its questions as the originals do when
// idle. A configuration that turns syncing on fails when the client is built, with this message, instead of
// quietly keeping tabs apart.
const OFF =
  'Cross-tab token sync is not in this build: tokens are kept per tab (tokenManager.syncStorage: false)';

/** What both services answer while idle, which here is always. */
class IdleService {
  requiresLeadership() {
    return false;
  }
  isStarted() {
    return false;
  }
  canStart() {
    return false;
  }
  async start() {
    throw new Error(OFF);
  }
  async stop() {
    // Never started, so nothing to stop.
  }
}

export class SyncStorageService extends IdleService {
  constructor(tokenManager, options = {}) {
    super();
    if (options.syncStorage) throw new Error(OFF);
  }
}

export class LeaderElectionService extends IdleService {
  isLeader() {
    return false;
  }
  hasLeader() {
    return false;
  }
}
