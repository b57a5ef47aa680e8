import { ManualClock } from 'step-up/testing';

import { CEREMONY_TIMEOUT_MS, CeremonyChallenges } from './ceremony-challenges.js';

describe('CeremonyChallenges', () => {
  it('hands the challenge back once, to the same interaction and ceremony', () => {
    const challenges = new CeremonyChallenges(new ManualClock());
    const challenge = challenges.issue('uid-1', 'registration');

    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenges.take('uid-1', 'registration')).toBe(challenge);
    expect(challenges.take('uid-1', 'registration')).toBeUndefined();
  });

  it.each([
    { description: 'another interaction', uid: 'uid-2', kind: 'registration' as const },
    { description: 'the other ceremony', uid: 'uid-1', kind: 'authentication' as const },
  ])('gives nothing to $description', ({ uid, kind }) => {
    const challenges = new CeremonyChallenges(new ManualClock());
    challenges.issue('uid-1', 'registration');

    expect(challenges.take(uid, kind)).toBeUndefined();
  });

  it.each([
    { elapsed: CEREMONY_TIMEOUT_MS - 1, usable: true },
    { elapsed: CEREMONY_TIMEOUT_MS, usable: false },
  ])('after $elapsed ms the challenge is usable: $usable', ({ elapsed, usable }) => {
    const clock = new ManualClock();
    const challenges = new CeremonyChallenges(clock);
    const challenge = challenges.issue('uid-1', 'authentication');

    clock.advance(elapsed);

    expect(challenges.take('uid-1', 'authentication')).toBe(usable ? challenge : undefined);
  });

  it("replaces the interaction's challenge when the page is shown again", () => {
    const challenges = new CeremonyChallenges(new ManualClock());
    const first = challenges.issue('uid-1', 'authentication');
    const second = challenges.issue('uid-1', 'authentication');

    expect(second).not.toBe(first);
    expect(challenges.take('uid-1', 'authentication')).toBe(second);
  });

  it('forgets the oldest interaction when full', () => {
    const challenges = new CeremonyChallenges(new ManualClock(), 2);
    challenges.issue('uid-1', 'authentication');
    challenges.issue('uid-2', 'authentication');
    challenges.issue('uid-3', 'authentication');

    expect(challenges.take('uid-1', 'authentication')).toBeUndefined();
    expect(challenges.take('uid-3', 'authentication')).toBeDefined();
  });
});
