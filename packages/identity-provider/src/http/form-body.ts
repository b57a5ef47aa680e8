import type { Context } from 'koa';

import { HttpError } from './http-error.js';

/** Sign-in forms are small; anything larger is refused before it is read. */
export const FORM_BODY_LIMIT_BYTES = 16 * 1024;

/**
 * Reads an `application/x-www-form-urlencoded` request body of at most `limitBytes` bytes.
 *
 * @throws HttpError 415 for another content type, 413 when too large, 400 when not UTF-8 or truncated.
 */
export async function readFormBody(
  ctx: Context,
  limitBytes = FORM_BODY_LIMIT_BYTES,
): Promise<URLSearchParams> {
  if (!ctx.is('application/x-www-form-urlencoded')) {
    throw new HttpError(415, 'This form must be sent as application/x-www-form-urlencoded.');
  }
  const declared = ctx.request.length;
  if (declared !== undefined && declared > limitBytes) {
    throw new HttpError(413, 'The form is too large.');
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of ctx.req) {
    received += (chunk as Buffer).length;
    if (received > limitBytes) {
      throw new HttpError(413, 'The form is too large.');
    }
    chunks.push(chunk as Buffer);
  }
  if (declared !== undefined && received !== declared) {
    throw new HttpError(400, 'The form was not received completely.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'The form is not valid UTF-8.');
  }
  return new URLSearchParams(text);
}

/**
 * One form field: `undefined` when absent.
 *
 * @throws HttpError 400 when sent more than once or longer than `maxLength`.
 */
export function formField(form: URLSearchParams, name: string, maxLength: number): string | undefined {
  const values = form.getAll(name);
  if (values.length > 1) {
    throw new HttpError(400, `The field "${name}" was sent more than once.`);
  }
  const [value] = values;
  if (value !== undefined && value.length > maxLength) {
    throw new HttpError(400, `The field "${name}" is too long.`);
  }
  return value;
}
