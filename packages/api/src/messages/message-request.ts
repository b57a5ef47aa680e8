import { z } from 'zod';
import { plainText, type PlainTextRules } from '../validation/plain-text';

/** A message's text: 1–280 characters once trimmed, line breaks allowed. Published by `GET /api/message-rules`. */
export const MESSAGE_TEXT_RULES: Readonly<PlainTextRules> = { minLength: 1, maxLength: 280, multiline: true };

/** The body of `POST /api/messages`: `{ text }`, by {@link MESSAGE_TEXT_RULES}. */
export const messageRequestSchema = z.strictObject(
  { text: plainText(MESSAGE_TEXT_RULES) },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be a JSON object' : undefined) },
);

/** A message request once validated: the text trimmed, CRLF stored as LF. */
export type MessageRequest = z.output<typeof messageRequestSchema>;
