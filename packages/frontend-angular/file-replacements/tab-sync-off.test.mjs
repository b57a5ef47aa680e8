import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { LeaderElectionService, SyncStorageService } from './tab-sync-off.mjs';

// The files angular.json replaces, by the same paths.
const services = new URL('../../../node_modules/@okta/okta-auth-js/esm/browser/services/', import.meta.url);
const { SyncStorageService: OktaSyncStorage } = await import(new URL('SyncStorageService.js', services).href);
const { LeaderElectionService: OktaLeaderElection } = await import(
  new URL('LeaderElectionService.js', services).href
);

const methods = (type) =>
  Object.getOwnPropertyNames(type.prototype).filter(
    (name) => name !== 'constructor' && !name.startsWith('on'), // event handlers are the services' own business
  );

describe('the cross-tab services left out of the build', () => {
  for (const [name, original, standIn] of [
    ['SyncStorageService', OktaSyncStorage, SyncStorageService],
    ['LeaderElectionService', OktaLeaderElection, LeaderElectionService],
  ]) {
    it(`answers every question okta-auth-js can ask its ${name}`, () => {
      const missing = methods(original).filter((method) => typeof standIn.prototype[method] !== 'function');
      assert.deepEqual(missing, []);
    });
  }

  it('say what the idle originals say when tokens stay in their tab', async () => {
    const options = { syncStorage: false, electionChannelName: 'client-election' };
    for (const [original, standIn] of [
      [new OktaSyncStorage({}, options), new SyncStorageService({}, options)],
      [new OktaLeaderElection(options), new LeaderElectionService(options)],
    ]) {
      assert.equal(standIn.requiresLeadership(), original.requiresLeadership());
      assert.equal(standIn.isStarted(), original.isStarted());
      assert.equal(standIn.canStart(), false);
      await standIn.stop();
    }
    assert.equal(new LeaderElectionService(options).isLeader(), new OktaLeaderElection(options).isLeader());
  });

  it('refuses a configuration that syncs tokens between tabs as soon as the client is built', () => {
    assert.throws(
      () => new SyncStorageService({}, { syncStorage: true }),
      /not in this build.*syncStorage: false/,
    );
  });

  it('never starts quietly', async () => {
    await assert.rejects(new SyncStorageService({}, {}).start(), /not in this build/);
    await assert.rejects(new LeaderElectionService({}).start(), /not in this build/);
  });
});
