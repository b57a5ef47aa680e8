// Requests per second through the whole API (Express, Nest's guards, middleware and filters), as ratios
// to the open health check, measured side by side so that a busy machine slows every kind alike:
// - open:          GET /api/health, public, a trivial handler;
// - authenticated: GET /api/bench/authenticated, a trivial handler behind the global access token
//                  guard, with a valid two-factor token (the same one every time, as a client sends it);
// - challenge:     GET /api/messages with a password-only token: the post's step-up middleware answers
//                  401 insufficient_user_authentication;
// - messages:      GET /api/messages with the two-factor token: the middleware, both guards and four rows
//                  from SQLite (for reference: a handler that does real work).
// The built API runs in a child process on a free port, trusting a local issuer, with that one extra
// route (api-with-trivial-route.cjs); the load comes from this process over keep-alive connections, 16
// requests in flight. Rounds alternate the order of the kinds; each ratio is the median of the rounds'.
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PASSWORD, startLocalIssuer } from './local-issuer.mjs';
import { format, median } from './measurement.mjs';

// `--smoke`: one short round, to show the benchmark still runs and every kind still gets the status it
// expects (bench/benches.test.mjs); its numbers mean nothing.
const smoke = process.argv.includes('--smoke');
const CONCURRENCY = 16;
const ROUNDS = smoke ? 1 : 9;
const ROUND_MS = smoke ? 200 : 2_000;
const WARM_UP_MS = smoke ? 100 : 1_000;

const issuer = await startLocalIssuer();
const port = await freePort();
const api = spawn(process.execPath, ['bench/api-with-trivial-route.cjs'], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  env: { ...process.env, OIDC_ISSUER: issuer.issuer, API_PORT: String(port), DATABASE_PATH: ':memory:' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let apiErrors = '';
api.stderr.on('data', (chunk) => (apiErrors += chunk));
const stopApi = () => api.exitCode === null && api.kill();
process.on('exit', stopApi);

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const twoFactor = issuer.mint();
const kinds = {
  open: { path: '/api/health', status: 200 },
  authenticated: { path: '/api/bench/authenticated', status: 200, token: twoFactor },
  challenge: { path: '/api/messages', status: 401, token: issuer.mint({ acr: PASSWORD }) },
  messages: { path: '/api/messages', status: 200, token: twoFactor },
};
const NAMES = Object.keys(kinds);

try {
  await waitUntilServing();
  for (const kind of Object.values(kinds)) {
    await requestsPerSecond(kind, WARM_UP_MS);
  }
  const perRound = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Each kind takes each place in the order in turn, so none always follows the same one.
    const order = NAMES.map((_, index) => NAMES[(index + round) % NAMES.length]);
    const rates = {};
    for (const name of order) {
      rates[name] = await requestsPerSecond(kinds[name], ROUND_MS);
    }
    perRound.push(rates);
  }
  const medianOf = (select) => format(median(perRound.map(select)), 2);
  const rate = (name) => `${format(median(perRound.map((rates) => rates[name])), 0)} req/s`;
  const line = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);
  console.log(
    `HTTP, concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s per kind (medians)`,
  );
  line('open: GET /api/health', rate('open'));
  line('authenticated: trivial handler, valid token', rate('authenticated'));
  line('challenge: GET /api/messages, password-only token', rate('challenge'));
  line('messages: GET /api/messages, two-factor token', rate('messages'));
  line('authenticated / open', `${medianOf((r) => r.authenticated / r.open)}  (goal >= 0.90)`);
  line('challenge / open', `${medianOf((r) => r.challenge / r.open)}  (goal >= 0.90)`);
  line(
    'messages / open (for reference)',
    medianOf((r) => r.messages / r.open),
  );
} finally {
  agent.destroy();
  stopApi();
  await issuer.close();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

/** One request; resolves with the status once the body has been read. */
function send({ path, token }) {
  return new Promise((resolve, reject) => {
    const headers = token === undefined ? {} : { authorization: `Bearer ${token}` };
    get({ host: '127.0.0.1', port, path, agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
      response.on('error', reject);
    }).on('error', reject);
  });
}

async function requestsPerSecond(kind, milliseconds) {
  const startedAt = performance.now();
  const deadline = startedAt + milliseconds;
  let completed = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const status = await send(kind);
        if (status !== kind.status) {
          throw new Error(`GET ${kind.path} answered ${status}, expected ${kind.status}`);
        }
        completed++;
      }
    }),
  );
  return completed / ((performance.now() - startedAt) / 1000);
}

async function waitUntilServing() {
  const giveUpAt = Date.now() + 60_000;
  for (;;) {
    if (api.exitCode !== null) {
      throw new Error(`The API exited with code ${api.exitCode} before serving:\n${apiErrors}`);
    }
    try {
      if ((await send(kinds.open)) === 200) {
        return;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > giveUpAt) {
      throw new Error('The API did not answer GET /api/health within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
