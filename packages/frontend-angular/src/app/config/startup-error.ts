import { RuntimeConfigError } from './runtime-config';

export const STARTUP_ERROR_TITLE = 'The app could not start';

/** Text, with `code` marking the parts to show as code. */
type Segment = string | { readonly code: string };

const CONFIG_HINTS: ReadonlyArray<readonly Segment[]> = [
  [
    'Start the app with ',
    { code: 'npm start' },
    ' from the repository root: it serves ',
    { code: '/config.json' },
    ' from ',
    { code: 'OIDC_ISSUER' },
    ', ',
    { code: 'OIDC_CLIENT_ID' },
    ', ',
    { code: 'STEP_UP_MODE' },
    ' and ',
    { code: 'ACCOUNT_MAX_AGE' },
    '.',
  ],
  [
    'When you deploy the built app, serve a ',
    { code: 'config.json' },
    ' next to ',
    { code: 'index.html' },
    ', such as ',
    { code: '{ "issuer": "https://example.okta.com/oauth2/default", "clientId": "0oaexample123" }' },
    '.',
  ],
];

const OTHER_HINTS: ReadonlyArray<readonly Segment[]> = [
  ['Reload the page. If it keeps happening, the browser console has the details.'],
];

/**
 * Replaces the app's host element with a plain explanation when the app cannot boot (for example, a
 * missing or invalid `/config.json`), so the visitor never faces a blank page. Built from text nodes
 * only: nothing from the error is ever parsed as HTML.
 */
export function renderStartupError(document: Document, error: unknown): void {
  const isConfigError = error instanceof RuntimeConfigError;
  const main = document.createElement('main');
  main.id = 'main-content';
  main.className = 'startup-error';

  const heading = document.createElement('h1');
  heading.textContent = STARTUP_ERROR_TITLE;

  const alert = document.createElement('div');
  alert.className = 'notice notice--error';
  alert.setAttribute('role', 'alert');
  alert.append(
    paragraph(document, [
      isConfigError ? error.message : 'Something unexpected stopped the app from loading.',
    ]),
  );

  main.append(
    heading,
    alert,
    ...(isConfigError ? CONFIG_HINTS : OTHER_HINTS).map((hint) => paragraph(document, hint)),
  );
  const host = document.querySelector('app-root') ?? document.body;
  host.replaceChildren(main);
  document.title = `${STARTUP_ERROR_TITLE} · Step-up demo`;
}

function paragraph(document: Document, segments: readonly Segment[]): HTMLParagraphElement {
  const p = document.createElement('p');
  for (const segment of segments) {
    if (typeof segment === 'string') {
      p.append(segment);
    } else {
      const code = document.createElement('code');
      code.textContent = segment.code;
      p.append(code);
    }
  }
  return p;
}
