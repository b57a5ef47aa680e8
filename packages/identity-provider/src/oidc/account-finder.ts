import type { FindAccount } from 'oidc-provider';

import { accountClaims } from '../accounts/account.js';
import type { AccountStore } from '../accounts/account-store.js';

/** oidc-provider's `findAccount`: the claims of an account for the scopes of a token or ID token. */
export function accountFinder(accounts: AccountStore): FindAccount {
  return (_ctx, id) => {
    const account = accounts.findById(id);
    if (!account) {
      return undefined;
    }
    return {
      accountId: account.id,
      claims: (_use, scope) => ({ ...accountClaims(account, new Set(scope.split(' '))) }),
    };
  };
}
