import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { initialFiles, measureInitialLoad } from './initial-load.mjs';

// The index.html of a production build, as the Angular CLI writes it.
const BUILT_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" type="image/x-icon" href="favicon.ico"/>
  <link rel="stylesheet" href="styles-XRKSB37V.css"></head>
  <body>
    <app-root></app-root>
  <link rel="modulepreload" href="chunk-BYXBJQAS.js"><link rel="modulepreload" href="chunk-LE7LTFWY.js"><script src="main-NSHBCAO6.js" type="module"></script></body>
</html>`;

describe('initialFiles', () => {
  it('lists the stylesheets, module preloads and scripts index.html loads, in order', () => {
    assert.deepEqual(initialFiles(BUILT_INDEX), [
      'styles-XRKSB37V.css',
      'chunk-BYXBJQAS.js',
      'chunk-LE7LTFWY.js',
      'main-NSHBCAO6.js',
    ]);
  });

  const cases = [
    {
      description: 'counts a file loaded twice once',
      html: '<link rel="modulepreload" href="a.js"><script src="a.js" type="module"></script>',
      expected: ['a.js'],
    },
    {
      description: 'counts the stylesheet that critical-CSS inlining loads on print media',
      html: `<link rel="stylesheet" href="styles.css" media="print" onload="this.media='all'">`,
      expected: ['styles.css'],
    },
    {
      description: 'reads single-quoted and unquoted attributes, any case',
      html: "<LINK REL='Stylesheet' HREF='s.css'><script type=module src=./main.js></script>",
      expected: ['s.css', 'main.js'],
    },
    {
      description: 'leaves out icons, prefetches and inline scripts',
      html: '<link rel="icon" href="favicon.ico"><link rel="prefetch" href="lazy.js"><script>1</script>',
      expected: [],
    },
    {
      description: 'leaves out files from other origins',
      html: '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//cdn.example/y.css">',
      expected: [],
    },
  ];
  for (const { description, html, expected } of cases) {
    it(description, () => {
      assert.deepEqual(initialFiles(html), expected);
    });
  }
});

describe('measureInitialLoad', () => {
  const dir = mkdtempSync(join(tmpdir(), 'initial-load-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('sums the raw and gzip level 9 sizes of the initial files only', () => {
    const main = 'console.info("main");'.repeat(200);
    const styles = 'body{margin:0}'.repeat(50);
    writeFileSync(
      join(dir, 'index.html'),
      '<link rel="stylesheet" href="s.css"><script src="main.js"></script>',
    );
    writeFileSync(join(dir, 'main.js'), main);
    writeFileSync(join(dir, 's.css'), styles);
    writeFileSync(join(dir, 'lazy.js'), 'x'.repeat(10_000));

    const result = measureInitialLoad(dir);

    const gzip = (text) => gzipSync(text, { level: 9 }).length;
    assert.deepEqual(
      result.files.map(({ file }) => file),
      ['s.css', 'main.js'],
    );
    assert.equal(result.raw, main.length + styles.length);
    assert.equal(result.gzip, gzip(main) + gzip(styles));
  });
});
