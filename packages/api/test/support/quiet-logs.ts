import { Logger } from '@nestjs/common';

/**
 * Keeps test output to what matters: Nest logs errors only (refused tokens are logged at debug level,
 * and the tests refuse hundreds), and the one warning @okta/jwt-verifier prints through console.warn
 * whenever it is built for an http issuer, as every test here does, is dropped.
 */
Logger.overrideLogger(['error', 'fatal']);

const warn = console.warn.bind(console);
const HTTPS_CHECK_WARNING = 'Warning: HTTPS check is disabled';

console.warn = (...args: unknown[]): void => {
  if (typeof args[0] === 'string' && args[0].startsWith(HTTPS_CHECK_WARNING)) {
    return;
  }
  warn(...args);
};
