import { generateKeyPairSync, KeyObject, type JsonWebKey } from 'node:crypto';
import { selectRsaVerificationKeys } from './rsa-verification-keys';

const rsaJwk = (modulusLength = 2048): JsonWebKey =>
  generateKeyPairSync('rsa', { modulusLength }).publicKey.export({ format: 'jwk' });
const RSA = rsaJwk();
const SECOND_RSA = rsaJwk();
const WEAK_RSA = rsaJwk(1024);
const EC = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
const ED25519 = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });

describe('selectRsaVerificationKeys', () => {
  it('keeps an RSA signing key, reduced to what RS256 verification needs and imported once', () => {
    const keys = selectRsaVerificationKeys({
      keys: [{ ...RSA, kid: 'k', use: 'sig', alg: 'RS256', x5c: ['ignored'] }],
    });

    expect([...keys.keys()]).toEqual(['k']);
    const key = keys.get('k');
    expect(key).toEqual({ kid: 'k', n: RSA.n, e: RSA.e, keyObject: expect.any(KeyObject) as KeyObject });
    expect(key?.keyObject.export({ format: 'jwk' })).toEqual({ kty: 'RSA', n: RSA.n, e: RSA.e });
    expect(Object.isFrozen(key)).toBe(true);
  });

  it.each([
    { description: 'an RSA key without use or alg', input: { ...RSA, kid: 'k' }, kept: true },
    {
      description: 'an RSA key whose key_ops include verify',
      input: { ...RSA, kid: 'k', key_ops: ['verify'] },
      kept: true,
    },
    { description: 'an RSA key for encryption', input: { ...RSA, kid: 'k', use: 'enc' }, kept: false },
    { description: 'an RSA key for RS512', input: { ...RSA, kid: 'k', alg: 'RS512' }, kept: false },
    { description: 'an RSA key for PS256', input: { ...RSA, kid: 'k', alg: 'PS256' }, kept: false },
    {
      description: 'an RSA key whose key_ops exclude verify',
      input: { ...RSA, kid: 'k', key_ops: ['encrypt'] },
      kept: false,
    },
    { description: 'an RSA key without kid', input: { ...RSA }, kept: false },
    { description: 'an RSA key with an empty kid', input: { ...RSA, kid: '' }, kept: false },
    { description: 'an RSA key of 1024 bits', input: { ...WEAK_RSA, kid: 'k' }, kept: false },
    { description: 'an RSA key with a broken modulus', input: { ...RSA, kid: 'k', n: '!!' }, kept: false },
    { description: 'an RSA key without exponent', input: { ...RSA, kid: 'k', e: undefined }, kept: false },
    { description: 'an EC key', input: { ...EC, kid: 'k' }, kept: false },
    { description: 'an Ed25519 key', input: { ...ED25519, kid: 'k', alg: 'EdDSA' }, kept: false },
    { description: 'a symmetric key', input: { kty: 'oct', k: 'c2VjcmV0', kid: 'k' }, kept: false },
    { description: 'a string', input: 'key', kept: false },
    { description: 'null', input: null, kept: false },
  ])('$description: kept is $kept', ({ input, kept }) => {
    expect(selectRsaVerificationKeys({ keys: [input] }).has('k')).toBe(kept);
  });

  it('keeps the first of two keys sharing a kid', () => {
    const keys = selectRsaVerificationKeys({
      keys: [
        { ...RSA, kid: 'k' },
        { ...SECOND_RSA, kid: 'k' },
      ],
    });

    expect(keys.get('k')?.n).toBe(RSA.n);
  });

  it('does not let a skipped key with the same kid shadow an RSA key', () => {
    const keys = selectRsaVerificationKeys({
      keys: [
        { ...EC, kid: 'k' },
        { ...RSA, kid: 'k' },
      ],
    });

    expect(keys.get('k')?.n).toBe(RSA.n);
  });

  it.each([
    { description: 'an empty object', input: {} },
    { description: 'keys that are not an array', input: { keys: { k: RSA } } },
    { description: 'an array', input: [RSA] },
    { description: 'null', input: null },
  ])('refuses a JWKS document that is $description', ({ input }) => {
    expect(() => selectRsaVerificationKeys(input)).toThrow('The JWKS document has no "keys" array');
  });
});
