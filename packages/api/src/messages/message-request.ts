import { z } from 'zod';
import { plainText } from '../validation/plain-text';

export const MAX_MESSAGE_LENGTH = 280;

/** The body of `POST /api/messages`: `{ text }`, 1–280 characters once trimmed, line breaks allowed. */
export const messageRequestSchema = z.strictObject(
  { text: plainText({ minLength: 1, maxLength: MAX_MESSAGE_LENGTH, multiline: true }) },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be a JSON object' : undefined) },
);

/** A message request once validated: the text trimmed, CRLF stored as LF. */
export type MessageRequest = z.output<typeof messageRequestSchema>;
