import { isQuotableChar, isToken } from './http-grammar.js';

/** Parameters of a Bearer challenge, in the order they are rendered; `undefined` values are left out. */
export type BearerChallengeParams = Record<string, string | number | undefined>;

/**
 * Renders a `WWW-Authenticate` value for the Bearer scheme (RFC 6750 §3, RFC 9470 §3):
 * `Bearer name="value", name="value"`, or just `Bearer` when no parameter has a value.
 *
 * Every value is sent as a quoted-string (RFC 9110 §5.6.4) with `\` and `"` escaped by a backslash,
 * numbers included (`max_age="300"`): the token and quoted-string forms mean the same (RFC 9110 §11.2),
 * and the quoted one is what the widest range of clients handles. Parameters keep insertion order.
 *
 * @throws TypeError when a name is not a token, when a string value holds a character that cannot
 *   travel in a header field (CR, LF, NUL, other controls, DEL, anything beyond Latin-1: header
 *   injection), or when a number is not a non-negative integer.
 */
export function formatBearerChallenge(params: BearerChallengeParams): string {
  const rendered: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) {
      continue;
    }
    if (!isToken(name)) {
      throw new TypeError(`Challenge parameter name ${JSON.stringify(name)} is not an RFC 9110 token`);
    }
    rendered.push(`${name}=${quote(name, value)}`);
  }
  return rendered.length === 0 ? 'Bearer' : `Bearer ${rendered.join(', ')}`;
}

function quote(name: string, value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new TypeError(`Challenge parameter ${name} must be a non-negative integer, received ${value}`);
    }
    return `"${value}"`;
  }
  if (typeof value !== 'string') {
    throw new TypeError(`Challenge parameter ${name} must be a string or a number`);
  }
  let quoted = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!isQuotableChar(code)) {
      throw new TypeError(
        `Challenge parameter ${name} holds U+${code.toString(16).toUpperCase().padStart(4, '0')}, which cannot appear in a header field`,
      );
    }
    quoted += code === 0x22 || code === 0x5c ? `\\${value[i]}` : value[i];
  }
  return `${quoted}"`;
}
