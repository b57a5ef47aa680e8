#!/usr/bin/env node
// The SPA's initial load: the JavaScript and CSS files the built index.html loads (its scripts, module
// preloads and stylesheets), each compressed at gzip's level 9, summed. Lazy chunks are not counted: the
// first screen doesn't wait for them.
//
//   node bench/initial-load.mjs [browser output dir]     (default: dist/frontend-angular/browser)
//   node bench/initial-load.mjs --json [dir]              one JSON object, for other benchmark runners
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const LOADED_LINKS = new Set(['stylesheet', 'modulepreload']);

/** The same-origin files an index.html loads as scripts, module preloads and stylesheets, in order, once each. */
export function initialFiles(indexHtml) {
  const files = [];
  for (const [, tag, rawAttributes] of indexHtml.matchAll(TAG)) {
    const attributes = new Map(
      [...rawAttributes.matchAll(ATTRIBUTE)].map(([, name, ...values]) => [
        name.toLowerCase(),
        values.find((value) => value !== undefined),
      ]),
    );
    const url =
      tag.toLowerCase() === 'script'
        ? attributes.get('src')
        : LOADED_LINKS.has(attributes.get('rel')?.toLowerCase()) && attributes.get('href');
    if (url && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) && /\.(m?js|css)$/.test(url)) {
      const file = url.replace(/^\.?\//, '');
      if (!files.includes(file)) files.push(file);
    }
  }
  return files;
}

/** Sizes in bytes of each initial file and their sum, raw and at gzip level 9. */
export function measureInitialLoad(browserDir) {
  const files = initialFiles(readFileSync(join(browserDir, 'index.html'), 'utf8')).map((file) => {
    const content = readFileSync(join(browserDir, file));
    const gzip = gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
    return { file, raw: content.length, gzip };
  });
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip') };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const json = process.argv.includes('--json');
  const dir =
    process.argv.slice(2).find((argument) => argument !== '--json') ?? 'dist/frontend-angular/browser';
  const result = measureInitialLoad(dir);
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    for (const { file, raw, gzip } of result.files) {
      process.stdout.write(`${file.padEnd(28)} ${kB(raw).padStart(10)} ${kB(gzip).padStart(10)} gzip -9\n`);
    }
    process.stdout.write(
      `SPA initial JS + CSS: ${kB(result.gzip)} gzip -9 (${kB(result.raw)} raw, ${result.files.length} files)\n`,
    );
  }
}
