import type { MailboxMessage } from './dev-mailbox.js';
import { html } from '../views/html.js';
import { renderPage } from '../views/layout.js';

const REFRESH_SECONDS = 5;

function time(iso: string): string {
  return iso.slice(11, 19);
}

/** `/dev/mailbox`: the latest email codes, newest first, refreshed every few seconds. */
export function renderMailboxPage(messages: readonly MailboxMessage[], now: Date): string {
  const rows = messages.map((message) => {
    const expired = new Date(message.expiresAt) <= now;
    return html`<tr>
      <td>${message.to}</td>
      <td class="code">${message.code}</td>
      <td><time datetime="${message.sentAt}">${time(message.sentAt)}</time></td>
      <td>
        <time datetime="${message.expiresAt}">${time(message.expiresAt)}</time
        >${expired ? html` <span class="muted">(expired)</span>` : ''}
      </td>
    </tr>`;
  });
  return renderPage({
    title: 'Dev mailbox',
    wide: true,
    refreshSeconds: REFRESH_SECONDS,
    body: html` <p>
        Email one-time codes sent by the embedded OpenID Provider are delivered here (and to its log). This
        page refreshes every ${REFRESH_SECONDS} seconds; <a href="/dev/mailbox">refresh now</a>.
      </p>
      ${
        messages.length === 0
          ? html`<p role="status">
              <strong>No codes sent yet.</strong> Sign in and step up to two-factor authentication to receive
              one.
            </p>`
          : html`<table>
              <caption>
                Latest codes, newest first (times in UTC)
              </caption>
              <thead>
                <tr>
                  <th scope="col">To</th>
                  <th scope="col">Code</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Expires</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>`
      }`,
  });
}
