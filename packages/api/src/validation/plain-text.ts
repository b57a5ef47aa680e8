import { z } from 'zod';

/**
 * The unit plainText counts lengths in, as the API publishes it (`GET /api/message-rules`): Unicode
 * code points of the trimmed text, a CRLF counted as one line break where lines are allowed.
 */
export const LENGTH_UNIT = 'codePoint';

export interface PlainTextRules {
  /** Fewest characters (Unicode code points) once trimmed. */
  minLength: number;
  /** Most characters (Unicode code points) once trimmed. */
  maxLength: number;
  /** Whether line breaks are allowed; CRLF is stored as LF. */
  multiline?: boolean;
}

const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_FEED = /(?!\n)\p{Cc}/u;
/** Embeddings, overrides and isolates, which can make text display differently from what it holds. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** A UTF-16 surrogate that is not part of a pair: not a character at all. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A string field of human-readable text, returned trimmed. Lengths count characters as people do
 * (code points, so an emoji counts once), not UTF-16 units. Refused: control characters (line feeds
 * too unless `multiline`), bidirectional controls, and broken UTF-16.
 */
export function plainText({ minLength, maxLength, multiline = false }: PlainTextRules) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .transform((value, context) => {
      const text = (multiline ? value.replace(/\r\n/g, '\n') : value).trim();
      const problem = problemOf(text, minLength, maxLength, multiline);
      if (problem !== undefined) {
        context.addIssue({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      return text;
    });
}

function problemOf(
  text: string,
  minLength: number,
  maxLength: number,
  multiline: boolean,
): string | undefined {
  if (LONE_SURROGATE.test(text)) {
    return 'must be valid Unicode text';
  }
  if ((multiline ? CONTROL_BUT_LINE_FEED : CONTROL).test(text)) {
    return multiline
      ? 'must not contain control characters other than line breaks'
      : 'must not contain control characters';
  }
  if (BIDI_CONTROL.test(text)) {
    return 'must not contain bidirectional formatting characters';
  }
  const length = [...text].length;
  if (length < minLength) {
    return minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters long`;
  }
  if (length > maxLength) {
    return `must be at most ${maxLength} characters long`;
  }
  return undefined;
}
