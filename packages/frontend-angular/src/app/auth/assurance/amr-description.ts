/**
 * RFC 8176 authentication method references (plus Okta's `email`) in words. `mfa` says only that
 * several methods were used, which the other values already show, so it is not listed as a method.
 */
const AMR_WORDS: Readonly<Record<string, string>> = {
  pwd: 'password',
  pin: 'PIN',
  otp: 'one-time code',
  email: 'email code',
  sms: 'text message code',
  tel: 'phone call',
  hwk: 'hardware security key',
  swk: 'passkey',
  pop: 'proof of key possession',
  sc: 'smart card',
  fpt: 'fingerprint',
  face: 'face recognition',
  iris: 'iris scan',
  retina: 'retina scan',
  vbm: 'voice recognition',
  user: 'presence check',
  kba: 'security questions',
  wia: 'Windows sign-in',
  geo: 'location check',
  rba: 'risk check',
  mca: 'several channels',
};

const NOT_A_METHOD = new Set(['mfa']);

/** The `amr` claim as a list of methods in words, in the provider's order, duplicates and unknown shapes left out. */
export function describeMethods(amr: unknown): string[] {
  if (!Array.isArray(amr)) {
    return [];
  }
  const words = amr
    .filter((value): value is string => typeof value === 'string' && value !== '' && !NOT_A_METHOD.has(value))
    .map((value) => (Object.hasOwn(AMR_WORDS, value) ? AMR_WORDS[value] : `other method (${value})`));
  return [...new Set(words)];
}

/** "password", "password and email code", "password, PIN and email code". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) {
    return words.join('');
  }
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
