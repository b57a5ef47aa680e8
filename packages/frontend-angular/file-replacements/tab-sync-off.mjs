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

export class SyncStorageService {
  constructor(tokenManager, options = {}) {
    if (options.syncStorage) throw new Error(OFF);
  }
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

export class LeaderElectionService {
  isLeader() {
    return false;
  }
  hasLeader() {
    return false;
  }
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
