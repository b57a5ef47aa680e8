import { InvalidTokenError } from 'step-up';

/** Longest access token accepted; anything longer is refused before it is parsed. */
export const MAX_ACCESS_TOKEN_LENGTH = 8192;

export type JsonObject = Record<string, unknown>;

/** The protected header and payload of a JWS, decoded but not yet verified. */
export interface UnverifiedJws {
  header: JsonObject;
  payload: JsonObject;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a JWS in compact serialization (RFC 7515 §7.1): three base64url parts (no padding,
 * canonical), the first two JSON objects in UTF-8, the signature non-empty (no `alg: none`). Only input of this
 * shape reaches the signature check.
 *
 * @throws InvalidTokenError describing the first defect found.
 */
export function decodeCompactJws(token: string): UnverifiedJws {
  if (token.length > MAX_ACCESS_TOKEN_LENGTH) {
    throw new InvalidTokenError(`The access token is longer than ${MAX_ACCESS_TOKEN_LENGTH} characters`);
  }
  const parts = token.split('.');
  if (parts.length !== 3) {
    throw new InvalidTokenError(
      'The access token is not a JWS in compact serialization (header.payload.signature)',
    );
  }
  const [header, payload, signature] = parts as [string, string, string];
  const decoded = { header: jsonObjectOf(header, 'header'), payload: jsonObjectOf(payload, 'payload') };
  if (signature === '') {
    throw new InvalidTokenError('The access token is not signed');
  }
  bytesOf(signature, 'signature');
  return decoded;
}

function jsonObjectOf(part: string, name: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(bytesOf(part, name)));
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw error;
    }
    throw new InvalidTokenError(`The access token ${name} is not JSON in UTF-8`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidTokenError(`The access token ${name} is not a JSON object`);
  }
  return value as JsonObject;
}

function bytesOf(part: string, name: string): Buffer {
  if (!BASE64URL.test(part)) {
    throw new InvalidTokenError(`The access token ${name} is not base64url-encoded`);
  }
  const bytes = Buffer.from(part, 'base64url');
  if (bytes.toString('base64url') !== part) {
    throw new InvalidTokenError(`The access token ${name} is not canonical base64url`);
  }
  return bytes;
}
