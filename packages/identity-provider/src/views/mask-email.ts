/**
 * Shows enough of an address for the user to recognise it without displaying all of it:
 * `alice@example.com` becomes `a•••@example.com`.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) {
    return '•••';
  }
  return `${[...email.slice(0, at)][0]}•••${email.slice(at)}`;
}
