/**
 * Character classes of the HTTP grammar (RFC 9110 §5.6), shared by the challenge formatter and parser.
 * Plain char-code tests: no regular expressions, so nothing can backtrack on hostile input.
 */

const HTAB = 0x09;
const SP = 0x20;

/** `tchar`: the characters of a `token` (RFC 9110 §5.6.2), e.g. a scheme or a parameter name. */
export function isTchar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // DIGIT
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    code === 0x21 || // !
    (code >= 0x23 && code <= 0x27) || // # $ % & '
    code === 0x2a || // *
    code === 0x2b || // +
    code === 0x2d || // -
    code === 0x2e || // .
    code === 0x5e || // ^
    code === 0x5f || // _
    code === 0x60 || // `
    code === 0x7c || // |
    code === 0x7e // ~
  );
}

/** Whether a whole string is a `token` (1*tchar). */
export function isToken(value: string): boolean {
  if (value.length === 0) {
    return false;
  }
  for (let i = 0; i < value.length; i++) {
    if (!isTchar(value.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

/** The characters of a `token68` before its trailing `=` padding (RFC 9110 §11.2). */
export function isToken68Char(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2d || // -
    code === 0x2e || // .
    code === 0x5f || // _
    code === 0x7e || // ~
    code === 0x2b || // +
    code === 0x2f // /
  );
}

/** Whether a whole string is a `token68`: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=". */
export function isToken68(value: string): boolean {
  let i = 0;
  while (i < value.length && isToken68Char(value.charCodeAt(i))) {
    i++;
  }
  if (i === 0) {
    return false;
  }
  while (i < value.length && value.charCodeAt(i) === 0x3d) {
    i++;
  }
  return i === value.length;
}

/** SP or HTAB, the only whitespace of OWS/BWS/RWS (RFC 9110 §5.6.3). */
export function isWhitespace(code: number): boolean {
  return code === SP || code === HTAB;
}

/**
 * Whether a character may appear in a quoted-string, directly (`qdtext`) or escaped (`quoted-pair`):
 * HTAB, SP, VCHAR and obs-text (RFC 9110 §5.6.4). Excludes every other control character and DEL,
 * and anything beyond Latin-1, which cannot travel in a header field.
 */
export function isQuotableChar(code: number): boolean {
  return code === HTAB || (code >= SP && code <= 0x7e) || (code >= 0x80 && code <= 0xff);
}
