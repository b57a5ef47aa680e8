// Requests per second through the whole API (Express, Nest's guards, middleware and filters), as ratios
// to the open health check, measured side by side so that a busy machine slows every kind alike:
// - open:          GET /api/health, public;
// - authenticated: GET /api/messages with a two-factor token (the post's step-up middleware, both
//                  global guards, four rows from SQLite), the same token every time, as a client sends it;
// - challenge:     the same with a password-only token: 401 insufficient_user_authentication.
// The built API (dist/main.js) runs in a child process on a free port, trusting a local issuer; the load
// comes from this process over keep-alive connections, 16 requests in flight. Rounds alternate the
// order of the kinds; each ratio is the median of the rounds' ratios.
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PASSWORD, startLocalIssuer } from './local-issuer.mjs';
import { format, median } from './measurement.mjs';

const CONCURRENCY = 16;
const ROUNDS = 5;
const ROUND_MS = 3_000;
const WARM_UP_MS = 1_000;

const issuer = await startLocalIssuer();
const port = await freePort();
const api = spawn(process.execPath, ['dist/main.js'], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  env: { ...process.env, OIDC_ISSUER: issuer.issuer, API_PORT: String(port), DATABASE_PATH: ':memory:' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let apiErrors = '';
api.stderr.on('data', (chunk) => (apiErrors += chunk));
const stopApi = () => api.exitCode === null && api.kill();
process.on('exit', stopApi);

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const kinds = {
  open: { path: '/api/health', status: 200 },
  authenticated: { path: '/api/messages', status: 200, token: issuer.mint() },
  challenge: { path: '/api/messages', status: 401, token: issuer.mint({ acr: PASSWORD }) },
};

try {
  await waitUntilServing();
  for (const kind of Object.values(kinds)) {
    await requestsPerSecond(kind, WARM_UP_MS);
  }
  const perRound = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order =
      round % 2 === 0 ? ['open', 'authenticated', 'challenge'] : ['challenge', 'authenticated', 'open'];
    const rates = {};
    for (const name of order) {
      rates[name] = await requestsPerSecond(kinds[name], ROUND_MS);
    }
    perRound.push(rates);
  }
  const medianOf = (select) => median(perRound.map(select));
  console.log(
    `HTTP, concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s per kind (medians)`,
  );
  console.log(
    `  open GET /api/health                        ${format(
      medianOf((r) => r.open),
      0,
    )} req/s`,
  );
  console.log(
    `  authenticated GET /api/messages (2fa)       ${format(
      medianOf((r) => r.authenticated),
      0,
    )} req/s`,
  );
  console.log(
    `  step-up challenge GET /api/messages (1fa)   ${format(
      medianOf((r) => r.challenge),
      0,
    )} req/s`,
  );
  console.log(
    `  authenticated / open                        ${format(
      medianOf((r) => r.authenticated / r.open),
      2,
    )}  (goal >= 0.90)`,
  );
  console.log(
    `  challenge / open                            ${format(
      medianOf((r) => r.challenge / r.open),
      2,
    )}  (goal >= 0.90)`,
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
