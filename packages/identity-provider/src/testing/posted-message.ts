import { runInNewContext } from 'node:vm';

/** A `postMessage` call a page's script made: the message and the origin it was targeted at. */
export interface PostedMessage {
  readonly message: unknown;
  readonly targetOrigin: unknown;
}

/** Where the page runs: a popup (it has an opener), an iframe (it has a parent) or a top-level tab. */
export type WindowKind = 'popup' | 'iframe' | 'top';

interface ScriptElement {
  readonly attributes: string;
  readonly text: string;
}

function scriptsOf(html: string): ScriptElement[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(
    ([, attributes = '', text = '']) => ({
      attributes,
      text,
    }),
  );
}

/** The text of every script the browser would run (no `type`), in document order. */
export function executableScriptsOf(html: string): string[] {
  return scriptsOf(html)
    .filter(({ attributes }) => !/\btype=/.test(attributes))
    .map(({ text }) => text);
}

/**
 * Runs a provider page's scripts against a minimal window, as a browser would in `kind`, and returns what
 * they posted to the other window. Data blocks (`<script type="application/json" id>`) are what
 * `document.getElementById(id).textContent` reads: the browser does not decode entities inside scripts.
 */
export function messagesPostedBy(html: string, kind: WindowKind): PostedMessage[] {
  const blocks = new Map(
    scriptsOf(html)
      .filter(({ attributes }) => /\btype="application\/json"/.test(attributes))
      .map(({ attributes, text }) => [/\bid="([^"]*)"/.exec(attributes)?.[1], text]),
  );
  const posted: PostedMessage[] = [];
  const otherWindow = {
    postMessage: (message: unknown, targetOrigin: unknown) =>
      posted.push({ message: JSON.parse(JSON.stringify(message)) as unknown, targetOrigin }),
  };
  const window: Record<string, unknown> = { opener: kind === 'popup' ? otherWindow : null };
  window['parent'] = kind === 'iframe' ? otherWindow : window;
  const document = {
    getElementById: (id: string) => (blocks.has(id) ? { textContent: blocks.get(id) } : null),
  };
  for (const script of executableScriptsOf(html)) {
    runInNewContext(script, { window, document });
  }
  return posted;
}
