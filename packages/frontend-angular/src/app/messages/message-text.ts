/**
 * The API's rule for `POST /api/messages` (packages/api, `messages/message-request.ts`): 1–280 characters
 * once trimmed, counted as people count them (code points, so an emoji is one), line breaks allowed. The
 * page checks length only, to answer before a round trip; everything else is the API's to judge.
 */
export const MESSAGE_MAX_LENGTH = 280;

/** The length the API will count: trimmed, CRLF as one line break, in code points. */
export function messageLength(text: string): number {
  return [...text.replace(/\r\n/g, '\n').trim()].length;
}

/** What is wrong with `text` as a message, in words, or `null` when it can be posted. */
export function messageTextProblem(text: string): string | null {
  const length = messageLength(text);
  if (length === 0) {
    return 'Write a message before posting it.';
  }
  if (length > MESSAGE_MAX_LENGTH) {
    const over = length - MESSAGE_MAX_LENGTH;
    return `A message can have at most ${MESSAGE_MAX_LENGTH} characters. Remove ${over} character${over === 1 ? '' : 's'}.`;
  }
  return null;
}
