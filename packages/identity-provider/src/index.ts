export {
  ConfigError,
  ISSUER_PATH,
  issuerFor,
  readIdentityProviderConfig,
  type Environment,
  type IdentityProviderConfig,
} from './config/identity-provider-config.js';
export { DEMO_ACCOUNTS, type NewAccount } from './accounts/demo-accounts.js';
export type { MailboxMessage } from './dev-mailbox/dev-mailbox.js';
export {
  startIdentityProvider,
  type RunningIdentityProvider,
  type StartOptions,
} from './identity-provider.js';
export { createConsoleLogger, silentLogger, type Logger } from './logging/logger.js';
