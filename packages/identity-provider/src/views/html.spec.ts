import { escapeHtml, html } from './html.js';

describe('html', () => {
  it.each([
    { input: '<script>alert(1)</script>', expected: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { input: '" onfocus="alert(1)', expected: '&quot; onfocus=&quot;alert(1)' },
    { input: "it's & more", expected: 'it&#39;s &amp; more' },
    { input: 'plain', expected: 'plain' },
  ])('escapes $input', ({ input, expected }) => {
    expect(escapeHtml(input)).toBe(expected);
    expect(html`<p title="${input}">${input}</p>`.toString()).toBe(`<p title="${expected}">${expected}</p>`);
  });

  it('nests templates without escaping them twice', () => {
    const inner = html`<b>${'a & b'}</b>`;

    expect(html`<p>${inner}</p>`.toString()).toBe('<p><b>a &amp; b</b></p>');
  });

  it('joins arrays and drops empty values', () => {
    const items = ['<1>', '2'].map((item) => html`<b>${item}</b>`);

    expect(html`<span>${items}</span>`.toString()).toBe('<span><b>&lt;1&gt;</b><b>2</b></span>');
    expect(html`[${undefined}${null}${false}${0}]`.toString()).toBe('[0]');
  });
});
