/**
 * The rules `POST /api/messages` applies to a message's text, as the API publishes them
 * (`GET /api/message-rules`). The API owns them; the page counts the characters left from them, to
 * answer before a round trip, and leaves everything else to the API's 400.
 */
export interface MessageTextRules {
  /** Fewest characters once trimmed. */
  readonly minLength: number;
  /** Most characters once trimmed. */
  readonly maxLength: number;
}

/**
 * The one unit this page counts in, as the API names it: code points of the trimmed text, CRLF as one
 * line break (see messageLength). Rules counted in any other unit are refused rather than miscounted.
 */
const CODE_POINTS = 'codePoint';

/** Checks the API's answer really is a set of message rules this page can count by. */
export function parseMessageRules(body: unknown): MessageTextRules {
  const text = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['text'] : null;
  if (typeof text !== 'object' || text === null) {
    throw new TypeError('The API answered with something other than message rules.');
  }
  const { minLength, maxLength, lengthUnit } = text as Record<string, unknown>;
  if (
    !isLength(minLength) ||
    !isLength(maxLength) ||
    maxLength < 1 ||
    minLength > maxLength ||
    lengthUnit !== CODE_POINTS
  ) {
    throw new TypeError('The API answered with message rules this page cannot count by.');
  }
  return { minLength, maxLength };
}

/** The length the API will count: trimmed, CRLF as one line break, in code points. */
export function messageLength(text: string): number {
  return [...text.replace(/\r\n/g, '\n').trim()].length;
}

/** What is wrong with `text` as a message under `rules`, in words, or `null` when it can be posted. */
export function messageTextProblem(text: string, { minLength, maxLength }: MessageTextRules): string | null {
  const length = messageLength(text);
  if (length < minLength) {
    return length === 0
      ? 'Write a message before posting it.'
      : `A message needs at least ${minLength} characters.`;
  }
  if (length > maxLength) {
    const over = length - maxLength;
    return `A message can have at most ${maxLength} characters. Remove ${over} character${over === 1 ? '' : 's'}.`;
  }
  return null;
}

function isLength(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
