#!/usr/bin/env node
// `npm start`: builds what needs building, then runs the embedded OpenID Provider (unless OIDC_ISSUER points
// elsewhere), the API and the SPA dev server side by side. Ctrl-C (or SIGTERM) stops all of them.
// It checks only what it needs to start them (start-config.mjs: the ports and SPA_BUILD); each process
// validates the rest of its configuration and, refusing it, says why once, in its own words.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spaContentSecurityPolicy } from './content-security-policy.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const envFile = join(root, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

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
      say('start', describeExit(name, code, signal));
      stop(code === EXIT_CONFIGURATION_REFUSED ? EXIT_CONFIGURATION_REFUSED : 1);
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

/** Whether something already listens on `port` (on any interface), so that a service started there would fail. */
function portInUse(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(error.code === 'EADDRINUSE'));
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
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

// The step-up core first: the port rule below is its.
build(['step-up']);
const { describeExit, EXIT_CONFIGURATION_REFUSED, readStartConfig, spaRuntimeConfig } =
  await import('./start-config.mjs');

let config;
try {
  config = readStartConfig(process.env);
} catch (error) {
  for (const line of [
    'Invalid configuration:',
    ...error.message.split('\n').map((problem) => `  - ${problem}`),
  ]) {
    process.stderr.write(`${tag('start')} ${line}\n`);
  }
  process.exit(EXIT_CONFIGURATION_REFUSED);
}
const ports = [
  ...(config.embeddedProvider ? [['IDP_PORT', config.idpPort]] : []),
  ['API_PORT', config.apiPort],
  ['SPA_PORT', config.spaPort],
];
for (const [name, port] of ports) {
  if (await portInUse(port)) {
    process.stderr.write(
      `${tag('start')} ${name} ${port} is in use by another process; choose a free port\n`,
    );
    process.exit(1);
  }
}

build(config.embeddedProvider ? ['private-files', 'identity-provider', 'api'] : ['private-files', 'api']);
const runtimeConfig = await serveRuntimeConfig(spaRuntimeConfig(process.env, config));

// Everything else in the environment reaches the services as it is.
const serviceEnv = {
  OIDC_ISSUER: config.issuer,
  API_PORT: String(config.apiPort),
  IDP_PORT: String(config.idpPort),
  SPA_PORT: String(config.spaPort),
  SPA_ORIGIN: config.spaOrigin,
};

if (config.embeddedProvider) {
  run('idp', process.execPath, ['packages/identity-provider/dist/main.js'], { env: serviceEnv });
  await waitFor('idp', `${config.issuer}/.well-known/openid-configuration`);
}
if (!stopping) {
  run('api', process.execPath, ['packages/api/dist/main.js'], { env: serviceEnv });
  await waitFor('api', `http://localhost:${config.apiPort}/api/health`);
}
if (!stopping) {
  run(
    'spa',
    process.execPath,
    [
      join(root, 'node_modules/@angular/cli/bin/ng.js'),
      'serve',
      '--configuration',
      config.spaBuild,
      '--port',
      String(config.spaPort),
      // The policy a deployment sends too (content-security-policy.mjs), with this run's issuer in it: the
      // API has accepted that issuer by now.
      '--headers',
      `Content-Security-Policy=${spaContentSecurityPolicy(config)}`,
    ],
    {
      cwd: join(root, 'packages/frontend-angular'),
      env: {
        ...serviceEnv,
        NG_CLI_ANALYTICS: 'false',
        SPA_RUNTIME_CONFIG_ORIGIN: runtimeConfig.origin,
        // The production build merges its small shared chunks, as `npm run build` does (frontend-angular README).
        NG_BUILD_OPTIMIZE_CHUNKS: '1',
      },
    },
  );
  await waitFor('spa', `${config.spaOrigin}/config.json`);
}

if (!stopping) {
  const lines = [
    '',
    `Step-up demo is running. Open ${config.spaOrigin}`,
    '',
    `  SPA                ${config.spaOrigin} (${config.spaBuild} build; settings: ${config.spaOrigin}/config.json)`,
    `  API                http://localhost:${config.apiPort}/api (health: /api/health)`,
    `  OpenID Provider    ${config.issuer}${config.embeddedProvider ? ' (embedded)' : ''}`,
  ];
  if (config.embeddedProvider) {
    // Whether the mailbox is on is the provider's decision (NODE_ENV, IDP_HOST): its banner states it.
    lines.push(
      '  Dev mailbox        on (with its URL) or off, and why: see the [idp] "Dev mailbox" line above;',
      '                     email one-time codes appear in the [idp] log either way',
      '',
      '  Demo accounts      alice@example.com / wonderland',
      '                     bob@example.com   / builder',
    );
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  for (const line of lines) say('start', line);
}
