/** A form of a provider page: where it posts and its hidden fields. */
export interface PageForm {
  readonly action: string;
  readonly fields: Record<string, string>;
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The forms of a page, in document order (enough for the provider's own simple markup). */
export function formsOf(html: string): PageForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, attributes = '', body = '']) => ({
    action: decode(/action="([^"]*)"/.exec(attributes)?.[1] ?? ''),
    fields: Object.fromEntries(
      [...body.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].map(([input]) => [
        decode(/name="([^"]*)"/.exec(input)?.[1] ?? ''),
        decode(/value="([^"]*)"/.exec(input)?.[1] ?? ''),
      ]),
    ),
  }));
}

/** The text of the page's `role="alert"` message, if any. */
export function alertOf(html: string): string | undefined {
  const match = /role="alert"[^>]*>([\s\S]*?)</.exec(html);
  return match ? decode(match[1].trim()) : undefined;
}

/** The attributes of the element with `id` (valueless attributes map to ""), or `undefined` when absent. */
export function elementById(html: string, id: string): Record<string, string> | undefined {
  const element = [...html.matchAll(/<[a-z]+\b([^>]*)>/g)]
    .map(([, attributes = '']) => attributes)
    .find((attributes) => new RegExp(`\\bid="${id}"`).test(attributes));
  if (element === undefined) {
    return undefined;
  }
  return Object.fromEntries(
    [...element.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, name = '', value = '']) => [
      name,
      decode(value),
    ]),
  );
}

/** The text of every button, whitespace collapsed. */
export function buttonsOf(html: string): string[] {
  return [...html.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)].map(([, text = '']) =>
    text.replace(/\s+/g, ' ').trim(),
  );
}

/** The ceremony options (`data-options`) of the passkey form posting to `…suffix`. */
export function passkeyOptionsOf<T>(html: string, suffix: string): T {
  const form = [...html.matchAll(/<form\b([^>]*)>/g)]
    .map(([, attributes = '']) => attributes)
    .find(
      (attributes) =>
        attributes.includes('data-passkey="') && new RegExp(`action="[^"]*${suffix}"`).test(attributes),
    );
  const options = form && /data-options="([^"]*)"/.exec(form)?.[1];
  if (!options) {
    throw new Error(`no passkey form posting to …${suffix}:\n${html}`);
  }
  return JSON.parse(decode(options)) as T;
}
