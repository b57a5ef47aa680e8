import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/**
 * A copy of `original` whose body is `body` (already read and rewritten by a compatibility layer), with
 * `content-length` adjusted and `authorization` replaced or removed. It shares the original's socket, so
 * the handler it is passed to still sees the client address and TLS state.
 */
export function replayRequest(
  original: IncomingMessage,
  body: string,
  headers: { authorization?: string | undefined },
): IncomingMessage {
  const bytes = Buffer.from(body, 'utf8');
  const replay = Readable.from([bytes], { objectMode: false }) as Readable & Partial<IncomingMessage>;
  const replayedHeaders = { ...original.headers, 'content-length': String(bytes.length) };
  delete replayedHeaders['transfer-encoding'];
  delete replayedHeaders.authorization;
  if (headers.authorization !== undefined) {
    replayedHeaders.authorization = headers.authorization;
  }
  Object.assign(replay, {
    method: original.method,
    url: original.url,
    headers: replayedHeaders,
    httpVersion: original.httpVersion,
    httpVersionMajor: original.httpVersionMajor,
    httpVersionMinor: original.httpVersionMinor,
    socket: original.socket,
    connection: original.socket,
  });
  return replay as IncomingMessage;
}
