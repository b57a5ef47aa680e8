import { acrLadder, signInMethods } from './security-view';

const met = (tokenAcr: unknown, amr?: unknown) =>
  acrLadder(tokenAcr, amr).map(({ label, met }) => [label, met]);

describe('acrLadder', () => {
  it('marks every level up to a phishing-resistant sign-in as met', () => {
    expect(met('phr')).toEqual([
      ['Password only', true],
      ['Two factors', true],
      ['Phishing-resistant', true],
      ['Phishing-resistant, hardware-bound', false],
    ]);
  });

  it('marks only the password level for a password sign-in', () => {
    expect(met('urn:okta:loa:1fa:pwd')).toEqual([
      ['Password only', true],
      ['Two factors', false],
      ['Phishing-resistant', false],
      ['Phishing-resistant, hardware-bound', false],
    ]);
  });

  it.each([
    { amr: ['pwd', 'email', 'mfa'], twoFactors: true },
    { amr: ['pwd'], twoFactors: false },
    { amr: undefined, twoFactors: false },
  ])('marks two factors met by 2fa:any:ifpossible with amr $amr: $twoFactors', ({ amr, twoFactors }) => {
    expect(met('urn:okta:loa:2fa:any:ifpossible', amr)).toEqual([
      ['Password only', twoFactors],
      ['Two factors', twoFactors],
      ['Phishing-resistant', false],
      ['Phishing-resistant, hardware-bound', false],
    ]);
  });

  it('marks nothing without an acr', () => {
    expect(met(undefined).every(([, isMet]) => isMet === false)).toBe(true);
  });
});

describe('signInMethods', () => {
  it('lists the methods capitalised', () => {
    expect(signInMethods(['hwk', 'user'])).toEqual(['Hardware security key', 'Presence check']);
  });
});
