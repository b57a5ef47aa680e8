import { isQuotableChar, isToken } from './http-grammar.js';

/** Parameters of a Bearer challenge, in the order they are rendered; `undefined` values are left out. */
export type BearerChallengeParams = Record<string, string | number | undefined>;

/** What renders a challenge's parameters: {@link formatBearerChallenge}, or a {@link BearerChallengeMemo}'s `format`. */
export type BearerChallengeFormat = (params: BearerChallengeParams) => string;

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

/** The characters a quoted-string escapes with a backslash: `"` and `\` (RFC 9110 §5.6.4). */
const ESCAPED = /["\\]/g;

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
  // One pass to refuse what cannot travel, then one replace, and only when something needs escaping:
  // cheaper than building the string a character at a time.
  let escapes = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!isQuotableChar(code)) {
      throw new TypeError(
        `Challenge parameter ${name} holds U+${code.toString(16).toUpperCase().padStart(4, '0')}, which cannot appear in a header field`,
      );
    }
    escapes ||= code === 0x22 || code === 0x5c;
  }
  return `"${escapes ? value.replace(ESCAPED, '\\$&') : value}"`;
}

/**
 * {@link formatBearerChallenge} that remembers what it rendered, for a server that sends the same few
 * challenges again and again. A string is found again only through every parameter that was rendered,
 * name and value, in order, so two sets of parameters share a string only when they are the same:
 * a parameter added to a refusal is never answered with an older, shorter challenge.
 *
 * At most `maxEntries` strings are kept; beyond them challenges are rendered each time. Parameters that
 * are refused are never remembered: they throw every time, as {@link formatBearerChallenge} does.
 */
export class BearerChallengeMemo {
  /** A tree of the parameters rendered so far: name, then value, then the next name, and so on. */
  private readonly root: MemoNode = { next: new Map() };
  private remembered = 0;

  constructor(private readonly maxEntries = 256) {}

  /** How many challenges are remembered. */
  get size(): number {
    return this.remembered;
  }

  /** The challenge of `params`, rendered the first time and remembered; bound, so it can be passed on. */
  readonly format = (params: BearerChallengeParams): string => {
    const names = Object.keys(params);
    let node: MemoNode | undefined = this.root;
    for (const name of names) {
      const value = params[name];
      if (value !== undefined) {
        node = node.next.get(name)?.get(value);
        if (node === undefined) {
          break;
        }
      }
    }
    if (node?.challenge !== undefined) {
      return node.challenge;
    }
    // Rendered (or refused) before anything is added to the tree.
    const challenge = formatBearerChallenge(params);
    if (this.remembered < this.maxEntries) {
      this.remember(names, params, challenge);
    }
    return challenge;
  };

  private remember(names: readonly string[], params: BearerChallengeParams, challenge: string): void {
    let node = this.root;
    for (const name of names) {
      const value = params[name];
      if (value !== undefined) {
        let values = node.next.get(name);
        if (values === undefined) {
          values = new Map();
          node.next.set(name, values);
        }
        let child = values.get(value);
        if (child === undefined) {
          child = { next: new Map() };
          values.set(value, child);
        }
        node = child;
      }
    }
    node.challenge = challenge;
    this.remembered++;
  }
}

/** A step in the memo's tree: the challenge of the parameters that lead here, if rendered, and what may follow. */
interface MemoNode {
  challenge?: string;
  readonly next: Map<string, Map<string | number, MemoNode>>;
}
