import { RuntimeConfigError } from './runtime-config';
import { renderStartupError, STARTUP_ERROR_TITLE } from './startup-error';

describe('renderStartupError', () => {
  beforeEach(() => {
    document.body.innerHTML = '<app-root><p>Loading…</p></app-root>';
  });

  it('replaces the app with a heading, the configuration problem as an alert and a hint', () => {
    renderStartupError(
      document,
      new RuntimeConfigError('Could not load /config.json: the server answered HTTP 404.'),
    );

    const host = document.querySelector('app-root')!;
    expect(host.querySelector('h1')?.textContent).toBe(STARTUP_ERROR_TITLE);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load /config.json: the server answered HTTP 404.',
    );
    expect(host.textContent).toContain('npm start');
    expect(host.textContent).not.toContain('Loading…');
    expect(document.title).toContain(STARTUP_ERROR_TITLE);
  });

  it('shows a generic message for other errors without revealing their text', () => {
    renderStartupError(document, new Error('NG0201: internal detail'));

    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      'Something unexpected stopped the app from loading.',
    );
    expect(document.body.textContent).not.toContain('NG0201');
  });

  it('treats the message as text, never as markup', () => {
    renderStartupError(document, new RuntimeConfigError('<img src=x onerror=alert(1)>'));

    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
