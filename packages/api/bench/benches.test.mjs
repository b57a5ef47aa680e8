// The benchmarks run only under `npm run bench`, so nothing else would notice when a change breaks one. Each
// runs here once in its `--smoke` mode (a tiny round: its numbers are not looked at) against the built API.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cwd = fileURLToPath(new URL('..', import.meta.url));
const smoke = (script) => run(process.execPath, [script, '--smoke'], { cwd, timeout: 60_000 });

describe('the benchmarks, once each in smoke mode', () => {
  it('verify.bench.mjs measures every verification it reports', async () => {
    const { stdout } = await smoke('bench/verify.bench.mjs');
    for (const line of [
      'raw crypto.verify',
      '@okta/jwt-verifier alone',
      'first sight',
      'cache hit',
      'bad signature',
    ]) {
      assert.match(stdout, new RegExp(`${line}.* µs`));
    }
  });

  it('http.bench.mjs gets the expected status from every kind of request and reports both ratios', async () => {
    const { stdout } = await smoke('bench/http.bench.mjs');
    assert.match(stdout, /authenticated \/ open\s+\d+\.\d\d/);
    assert.match(stdout, /challenge \/ open\s+\d+\.\d\d/);
  });
});
