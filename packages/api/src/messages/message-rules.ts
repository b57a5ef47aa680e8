import { LENGTH_UNIT } from '../validation/plain-text';
import { MESSAGE_TEXT_RULES } from './message-request';

/** The rules `POST /api/messages` applies to a message, as `GET /api/message-rules` describes them to clients. */
export interface MessageRulesView {
  readonly text: {
    /** Fewest characters once trimmed. */
    readonly minLength: number;
    /** Most characters once trimmed. */
    readonly maxLength: number;
    /** What a character is: `codePoint`, so an emoji counts once (see LENGTH_UNIT). */
    readonly lengthUnit: typeof LENGTH_UNIT;
  };
}

/** The rules the message schema applies, from the same constants, so the two cannot differ. */
export function messageRulesView(): MessageRulesView {
  const { minLength, maxLength } = MESSAGE_TEXT_RULES;
  return { text: { minLength, maxLength, lengthUnit: LENGTH_UNIT } };
}
