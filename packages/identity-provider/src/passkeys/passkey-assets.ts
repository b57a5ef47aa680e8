import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Middleware } from 'koa';

import { PASSKEY_SCRIPTS } from '../interactions/passkey-form.js';

/**
 * The two script files of the passkey pages, read once at start-up: @simplewebauthn/browser's UMD bundle as
 * published, and `assets/passkey-ceremony.js`, this package's page glue.
 */
function loadScripts(): ReadonlyMap<string, string> {
  const require = createRequire(import.meta.url);
  // The package exports only its entry point (`script/index.js`); the bundle sits next to that folder.
  const browserPackage = join(dirname(require.resolve('@simplewebauthn/browser')), '..');
  const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const [library, ceremony] = PASSKEY_SCRIPTS;
  return new Map([
    [library, readFileSync(join(browserPackage, 'dist', 'bundle', 'index.umd.min.js'), 'utf8')],
    [ceremony, readFileSync(join(packageRoot, 'assets', 'passkey-ceremony.js'), 'utf8')],
  ]);
}

/** Serves the passkey pages' scripts (`GET`/`HEAD` only), cacheable for five minutes. */
export function passkeyAssets(): Middleware {
  const scripts = loadScripts();
  return async (ctx, next) => {
    const script = scripts.get(ctx.path);
    if (script === undefined || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) {
      await next();
      return;
    }
    ctx.set({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=300',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = script;
  };
}
