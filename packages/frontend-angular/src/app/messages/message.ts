/** One message from `GET /api/messages`. */
export interface Message {
  readonly id: number | string;
  readonly text: string;
}

/** Checks the API's answer really is a list of messages before the page shows it. */
export function parseMessages(body: unknown): Message[] {
  if (body === null) {
    return [];
  }
  if (!Array.isArray(body) || !body.every(isMessage)) {
    throw new TypeError('The API answered with something other than a list of messages.');
  }
  return body.map(({ id, text }) => ({ id, text }));
}

function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { id, text } = value as Record<string, unknown>;
  return (typeof id === 'number' || typeof id === 'string') && typeof text === 'string';
}
