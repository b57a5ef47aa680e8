import { Writable } from 'node:stream';

import { createConsoleLogger } from './logger.js';
import { TestClient, type Page } from '../testing/oidc-client.js';
import {
  removeDataDir,
  startTestProvider,
  temporaryDataDir,
  type TestProvider,
} from '../testing/test-provider.js';

const LOG_LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (INFO|WARN|ERROR) /;

describe('request values in the log', () => {
  let provider: TestProvider;
  const written: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      written.push(chunk.toString());
      done();
    },
  });

  beforeAll(async () => {
    provider = await startTestProvider(temporaryDataDir(), createConsoleLogger(sink, sink));
  });

  afterAll(async () => {
    await provider.close();
    removeDataDir(provider.dataDir);
  });

  it.each([
    { description: 'a line feed', forged: '\n' },
    { description: 'a carriage return', forged: '\r' },
    { description: 'a Unicode line separator', forged: '\u2028' },
    { description: 'an ANSI escape', forged: '\u001b[2K\r' },
  ])('keeps an email typed with $description on its one log line', async ({ forged }) => {
    const client = new TestClient(provider);
    const { landing } = await client.authorize();
    const email = `mallory@example.com${forged}2030-01-01T00:00:00.000Z INFO alice@example.com signed in with a password`;
    written.length = 0;

    const page = (await client.submit(landing as Page, '/password', { email, password: 'guess' })) as Page;

    expect(page.status).toBe(422);
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => LOG_LINE.test(line))).toBe(true);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the log
    expect(lines.join('\n')).not.toMatch(/[\r\u001b\u2028]/);
    expect(lines.some((line) => line.includes('mallory@example.com\\'))).toBe(true);
  });
});
