import { createHash } from 'node:crypto';

import { html } from './html.js';
import { renderPage } from './layout.js';
import { STYLES_CSP_SOURCE } from './styles.js';

describe('renderPage', () => {
  const page = renderPage({ title: 'Sign <in>', body: html`<p>Hello</p>`, hasError: true });

  it('inlines exactly the stylesheet the Content-Security-Policy allows by hash', () => {
    const styles = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';

    expect(`'sha256-${createHash('sha256').update(styles).digest('base64')}'`).toBe(STYLES_CSP_SOURCE);
  });

  it('escapes the title and marks an error in the document title', () => {
    expect(page).toContain('<title>Error: Sign &lt;in&gt; · Step-up demo sign-in</title>');
    expect(page).toContain('<h1>Sign &lt;in&gt;</h1>');
  });

  it('declares the language and a mobile viewport, and loads nothing from elsewhere', () => {
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('name="viewport"');
    expect(page).not.toMatch(/<(script|link|img)\b/);
  });
});
