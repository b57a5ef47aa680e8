import { KeyObject } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { signRs256 } from './hand-built-jws';

export const AUDIENCE = 'api://default';
export const TWO_FACTOR = 'urn:okta:loa:2fa:any';
export const PASSWORD = 'urn:okta:loa:1fa:pwd';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: JWK;
}

/** Creates an RS256 key pair with jose, as the authorization server would hold it. */
export async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey: KeyObject.from(privateKey), publicJwk };
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Mints access tokens the way the embedded provider does (RS256, kid, typ at+jwt), with overridable claims. */
export class TokenMinter {
  constructor(
    readonly issuer: string,
    readonly key: SigningKey,
  ) {}

  /** The claims of a valid two-factor access token for Alice, issued now for one hour. */
  claims(overrides: JWTPayload = {}): JWTPayload {
    const now = nowSeconds();
    return {
      iss: this.issuer,
      aud: AUDIENCE,
      sub: 'alice@example.com',
      iat: now,
      exp: now + 3600,
      auth_time: now - 60,
      acr: TWO_FACTOR,
      scp: ['openid', 'profile'],
      ...overrides,
    };
  }

  /** A token signed with jose; `undefined` overrides remove a claim. */
  mint(overrides: JWTPayload = {}, key: SigningKey = this.key): Promise<string> {
    return new SignJWT(withoutUndefined(this.claims(overrides)))
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'at+jwt' })
      .sign(key.privateKey);
  }

  /** A token with any header and payload, signed with this minter's key whatever the header says. */
  handBuilt(header: object, payload: object = this.claims()): string {
    return signRs256(header, withoutUndefined(payload), this.key.privateKey);
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
