import { createHmac, createSign, type KeyObject } from 'node:crypto';

/** base64url of the JSON of `value`, or of the string itself when given one. */
export function segment(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A compact JWS signed with RSASSA-PKCS1-v1_5 SHA-256, whatever the header claims. */
export function signRs256(header: object, payload: object | string, privateKey: KeyObject): string {
  const signingInput = `${segment(header)}.${segment(payload)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(privateKey).toString('base64url');
  return `${signingInput}.${signature}`;
}

/** A compact JWS with an HMAC SHA-256 signature keyed with `secret` (e.g. the issuer's public key). */
export function signHs256(header: object, payload: object, secret: string | Buffer): string {
  const signingInput = `${segment(header)}.${segment(payload)}`;
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

/** An unsecured JWS (`alg: none`): header and payload, empty signature. */
export function unsecured(header: object, payload: object): string {
  return `${segment(header)}.${segment(payload)}.`;
}
