import { isTchar, isToken68Char, isWhitespace } from './http-grammar.js';

/**
 * One challenge of a `WWW-Authenticate` value. `scheme` and parameter names are lower-cased (both are
 * case-insensitive, RFC 9110 §11.1 and §11.2), so compare with `challenge.scheme === 'bearer'`.
 * Values are unescaped and otherwise kept as sent. A challenge carries either a `token68` (e.g.
 * `Negotiate a87421000492aa874209af8bc028`) or parameters, never both. `params` has no prototype, so
 * a parameter named `__proto__` or `constructor` is an ordinary entry; read it with `params['error']`.
 */
export interface Challenge {
  scheme: string;
  token68?: string;
  params: Record<string, string>;
}

/**
 * Parses a `WWW-Authenticate` field value into its challenges (RFC 9110 §11.6.1):
 * `challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`, several challenges separated by
 * commas, `auth-param = token BWS "=" BWS ( token / quoted-string )`.
 *
 * Tolerant by design, for use on responses from any server: it never throws and runs in linear time.
 * Empty list elements (`, ,`) are skipped, and so is obs-fold (a line break followed by whitespace).
 * A malformed challenge (unterminated quoted-string, stray characters after a value, a value missing,
 * a parameter repeated: RFC 9110 allows each name once per challenge, and guessing which copy counts
 * is unsafe) is dropped whole; parsing resumes at the next comma, where the next challenge can begin.
 * A list element that cannot start a parameter or a challenge (e.g. `@@@`) closes the challenge before
 * it, which keeps what it had. Parameters that follow a token68, a dropped or a closed challenge belong
 * to no challenge and are ignored.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  return typeof header === 'string' ? new ChallengeListParser(header).parse() : [];
}

const COMMA = 0x2c;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;

/** A single forward pass over the field value; every step consumes input, so the work is linear. */
class ChallengeListParser {
  private pos = 0;
  private readonly challenges: Challenge[] = [];
  /** Where further auth-params go; `null` after a token68 or a dropped or closed challenge. */
  private open: Challenge | null = null;

  constructor(private readonly input: string) {}

  parse(): Challenge[] {
    while (this.skipSeparators()) {
      if (!this.parseElement() || !this.atElementEnd()) {
        this.dropOpenChallengeAndResync();
      }
    }
    return this.challenges;
  }

  /** One list element: either a new challenge (with its token68 or first parameter) or one more parameter. */
  private parseElement(): boolean {
    const name = this.readToken();
    if (name === '') {
      // Neither a parameter nor a challenge: it ends the open challenge, which was well-formed so far.
      this.open = null;
      return false;
    }
    const afterName = this.pos;
    this.skipWhitespace();
    if (this.peek() === EQUALS) {
      this.pos++;
      return this.readParameter(name);
    }
    this.open = { scheme: name.toLowerCase(), params: Object.create(null) as Record<string, string> };
    this.challenges.push(this.open);
    if (this.atElementEnd()) {
      return true;
    }
    if (this.pos === afterName) {
      return false;
    }
    if (this.readToken68()) {
      return true;
    }
    const parameter = this.readToken();
    this.skipWhitespace();
    if (parameter === '' || this.peek() !== EQUALS) {
      return false;
    }
    this.pos++;
    return this.readParameter(parameter);
  }

  /** Reads the value after `name=` and stores it on the open challenge, if any. */
  private readParameter(name: string): boolean {
    this.skipWhitespace();
    const value = this.peek() === DQUOTE ? this.readQuotedString() : this.readToken() || undefined;
    if (value === undefined) {
      return false;
    }
    if (this.open === null) {
      return true;
    }
    const key = name.toLowerCase();
    if (Object.hasOwn(this.open.params, key)) {
      return false;
    }
    this.open.params[key] = value;
    return true;
  }

  /** A token68 fills the rest of the element; otherwise nothing is consumed. */
  private readToken68(): boolean {
    const start = this.pos;
    while (this.pos < this.input.length && isToken68Char(this.input.charCodeAt(this.pos))) {
      this.pos++;
    }
    if (this.pos > start) {
      while (this.peek() === EQUALS) {
        this.pos++;
      }
      const end = this.pos;
      this.skipWhitespace();
      if (this.atElementEnd() && this.open !== null) {
        this.open.token68 = this.input.slice(start, end);
        this.open = null;
        return true;
      }
    }
    this.pos = start;
    return false;
  }

  private readToken(): string {
    const start = this.pos;
    while (this.pos < this.input.length && isTchar(this.input.charCodeAt(this.pos))) {
      this.pos++;
    }
    return this.input.slice(start, this.pos);
  }

  /** Reads a quoted-string and unescapes its quoted-pairs; `undefined` when unterminated or holding controls. */
  private readQuotedString(): string | undefined {
    let value = '';
    let chunkStart = ++this.pos;
    while (this.pos < this.input.length) {
      const code = this.input.charCodeAt(this.pos);
      if (code === DQUOTE) {
        value += this.input.slice(chunkStart, this.pos++);
        return value;
      }
      if (code === BACKSLASH) {
        value += this.input.slice(chunkStart, this.pos);
        if (this.pos + 1 >= this.input.length || isControl(this.input.charCodeAt(this.pos + 1))) {
          return undefined;
        }
        chunkStart = this.pos + 1;
        this.pos += 2;
      } else if (isControl(code)) {
        return undefined;
      } else {
        this.pos++;
      }
    }
    return undefined;
  }

  /** Skips whitespace and empty list elements; false once the input is exhausted. */
  private skipSeparators(): boolean {
    this.skipWhitespace();
    while (this.peek() === COMMA) {
      this.pos++;
      this.skipWhitespace();
    }
    return this.pos < this.input.length;
  }

  /** Skips OWS, counting obs-fold (CRLF or LF followed by SP or HTAB) as whitespace. */
  private skipWhitespace(): void {
    const { input } = this;
    while (this.pos < input.length) {
      const code = input.charCodeAt(this.pos);
      if (isWhitespace(code)) {
        this.pos++;
      } else if (
        code === CR &&
        input.charCodeAt(this.pos + 1) === LF &&
        isWhitespace(input.charCodeAt(this.pos + 2))
      ) {
        this.pos += 3;
      } else if (code === LF && isWhitespace(input.charCodeAt(this.pos + 1))) {
        this.pos += 2;
      } else {
        return;
      }
    }
  }

  /** Whether, after optional whitespace, the element ends (a comma or the end of input). */
  private atElementEnd(): boolean {
    this.skipWhitespace();
    return this.pos >= this.input.length || this.peek() === COMMA;
  }

  private dropOpenChallengeAndResync(): void {
    if (this.open !== null && this.challenges[this.challenges.length - 1] === this.open) {
      this.challenges.pop();
    }
    this.open = null;
    const comma = this.input.indexOf(',', this.pos);
    this.pos = comma === -1 ? this.input.length : comma + 1;
  }

  private peek(): number {
    return this.input.charCodeAt(this.pos);
  }
}

/** Control characters other than HTAB, and DEL: never part of a field value (RFC 9110 §5.5). */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}
