#!/usr/bin/env node
// `npm start`: builds what needs building, then runs the embedded OpenID Provider (unless OIDC_ISSUER points
// elsewhere), the API and the SPA dev server side by side. Ctrl-C (or SIGTERM) stops all of them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spaContentSecurityPolicy } from './content-security-policy.mjs';
import { readStartConfig } from './start-config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const envFile = join(root, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

let config;
let contentSecurityPolicy;
try {
  config = readStartConfig(process.env);
  contentSecurityPolicy = spaContentSecurityPolicy(config);
} catch (error) {
  process.stderr.write(`Configuration error: ${error.message}\n`);
  process.exit(1);
}

const colours = { idp: 35, api: 36, spa: 33, start: 32 };
const tag = (name) => (process.stdout.isTTY ? `\x1b[${colours[name]}m[${name}]\x1b[0m` : `[${name}]`);
const say = (name, line) => process.stdout.write(`${tag(name)} ${line}\n`);

const children = new Map();
let runtimeConfigServer;
let stopping = false;

function build(workspaces) {
  for (const workspace of workspaces) {
    say('start', `building ${workspace}…`);
    const result = spawnSync('npm', ['run', 'build', '--silent', '--workspace', workspace], {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      say('start', `building ${workspace} failed`);
      process.exit(result.status ?? 1);
    }
  }
}

function prefixLines(name, stream) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) say(name, line);
  });
  stream.on('end', () => pending.trim() && say(name, pending));
}

function run(name, command, args, options) {
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stopping it also stops whatever it started
  });
  children.set(name, child);
  prefixLines(name, child.stdout);
  prefixLines(name, child.stderr);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      say('start', `${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest`);
      stop(1);
    }
  });
  return child;
}

function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  runtimeConfigServer?.close();
  for (const child of children.values()) signalGroup(child, 'SIGTERM');
  const deadline = setTimeout(() => {
    for (const child of children.values()) signalGroup(child, 'SIGKILL');
    process.exit(exitCode);
  }, 5000);
  const check = setInterval(() => {
    if (children.size === 0) {
      clearInterval(check);
      clearTimeout(deadline);
      process.exit(exitCode);
    }
  }, 100);
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitFor(name, url, timeoutSeconds = 180) {
  const until = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < until) {
    if (stopping) return;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  say('start', `${name} did not answer ${url} within ${timeoutSeconds}s; stopping`);
  stop(1);
}

/**
 * Serves the SPA's runtime configuration (`/config.json`: issuer, client id, step-up mode) from memory on a
 * loopback port of its own; the dev server proxies `/config.json` there (proxy.conf.mjs). Nothing is
 * written into the source tree, so two copies of the stack (say `npm start` and the browser tests)
 * never hand each other's issuer to their SPA.
 */
async function serveRuntimeConfig(runtime) {
  const body = JSON.stringify(runtime);
  runtimeConfigServer = createServer((request, response) => {
    const known = new URL(request.url ?? '/', 'http://localhost').pathname === '/config.json';
    response.writeHead(known ? 200 : 404, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    });
    response.end(known ? body : '{}');
  });
  await new Promise((resolve) => runtimeConfigServer.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${runtimeConfigServer.address().port}` };
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('SIGHUP', () => stop(0));
// If whatever started us (npm, a shell, a test runner) goes away without passing a signal on, stop too:
// the services run in process groups of their own and would otherwise be left behind.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(0), 1000).unref();

build(
  config.embeddedProvider
    ? ['step-up', 'private-files', 'identity-provider', 'api']
    : ['step-up', 'private-files', 'api'],
);
const runtimeConfig = await serveRuntimeConfig({
  issuer: config.issuer,
  clientId: config.clientId,
  stepUpMode: config.stepUpMode,
});

const serviceEnv = {
  OIDC_ISSUER: config.issuer,
  OIDC_CLIENT_ID: config.clientId,
  OIDC_AUDIENCE: config.audience,
  API_PORT: String(config.apiPort),
  IDP_PORT: String(config.idpPort),
  SPA_PORT: String(config.spaPort),
  SPA_ORIGIN: config.spaOrigin,
};

if (config.embeddedProvider) {
  run('idp', process.execPath, ['packages/identity-provider/dist/main.js'], { env: serviceEnv });
  await waitFor('idp', `${config.issuer}/.well-known/openid-configuration`);
}
run('api', process.execPath, ['packages/api/dist/main.js'], { env: serviceEnv });
await waitFor('api', `http://localhost:${config.apiPort}/api/health`);
run(
  'spa',
  process.execPath,
  [
    join(root, 'node_modules/@angular/cli/bin/ng.js'),
    'serve',
    '--port',
    String(config.spaPort),
    // The policy a deployment sends too (content-security-policy.mjs), with this run's issuer in it.
    '--headers',
    `Content-Security-Policy=${contentSecurityPolicy}`,
  ],
  {
    cwd: join(root, 'packages/frontend-angular'),
    env: { ...serviceEnv, NG_CLI_ANALYTICS: 'false', SPA_RUNTIME_CONFIG_ORIGIN: runtimeConfig.origin },
  },
);
await waitFor('spa', `${config.spaOrigin}/config.json`);

if (!stopping) {
  const lines = [
    '',
    `Step-up demo is running. Open ${config.spaOrigin}`,
    '',
    `  SPA                ${config.spaOrigin}`,
    `  API                http://localhost:${config.apiPort}/api (health: /api/health)`,
    `  OpenID Provider    ${config.issuer}${config.embeddedProvider ? ' (embedded)' : ''}`,
    `  Step-up            ${config.stepUpMode === 'popup' ? 'in a sign-in window (STEP_UP_MODE=popup)' : 'by redirect (STEP_UP_MODE=redirect)'}`,
  ];
  if (config.embeddedProvider) {
    lines.push(
      process.env.NODE_ENV?.toLowerCase() === 'production'
        ? '  Dev mailbox        off (NODE_ENV=production): email one-time codes appear in the [idp] log only'
        : `  Dev mailbox        http://localhost:${config.idpPort}/dev/mailbox  (email one-time codes appear here and in the [idp] log)`,
      '',
      '  Demo accounts      alice@example.com / wonderland',
      '                     bob@example.com   / builder',
    );
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  for (const line of lines) say('start', line);
}
