// broadcast-channel as this app's build sees it (angular.json `fileReplacements`): switched off.
//
// okta-auth-js uses broadcast-channel for two services only: SyncStorageService, which sends each tab's token
// events to the other tabs, and the leader election that makes one tab renew tokens for all when tokens are synced.
// This app keeps tokens per tab (sessionStorage, `syncStorage: false` in auth/okta-auth-options.ts), so neither
// service starts (pinned by okta-auth-options.spec.ts) and the library's 16 kB stay out of the bundle. Should a
// future configuration start one of them, it fails at once with this message rather than quietly doing nothing.
const OFF = 'broadcast-channel is not in this build: tokens are kept per tab (syncStorage: false)';

export class BroadcastChannel {
  constructor() {
    throw new Error(OFF);
  }
}

export function createLeaderElection() {
  throw new Error(OFF);
}
