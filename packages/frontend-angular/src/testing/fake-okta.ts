import { Provider } from '@angular/core';
import { OKTA_AUTH, OktaAuthStateService } from '@okta/okta-angular';
import { AuthState, Tokens, UserClaims } from '@okta/okta-auth-js';
import { BehaviorSubject } from 'rxjs';

/** The parts of OktaAuth this app calls, as jest mocks. */
export interface FakeOktaAuth {
  getOrRenewAccessToken: jest.Mock<Promise<string | null>, []>;
  setOriginalUri: jest.Mock<void, [string]>;
  getOriginalUri: jest.Mock<string | undefined, []>;
  removeOriginalUri: jest.Mock<void, []>;
  signInWithRedirect: jest.Mock<Promise<void>, [Record<string, unknown>?]>;
  signOut: jest.Mock<Promise<boolean>, []>;
  isLoginRedirect: jest.Mock<boolean, []>;
  handleLoginRedirect: jest.Mock<Promise<void>, []>;
  isAuthenticated: jest.Mock<Promise<boolean>, []>;
  tokenManager: {
    getTokensSync: jest.Mock<{ idToken?: { claims: UserClaims } }, []>;
    setTokens: jest.Mock<void, [Tokens]>;
  };
  token: { getWithPopup: jest.Mock<Promise<{ tokens: Tokens }>, [Record<string, unknown>?]> };
}

export function fakeOktaAuth(): FakeOktaAuth {
  return {
    getOrRenewAccessToken: jest.fn<Promise<string | null>, []>().mockResolvedValue('access-token'),
    setOriginalUri: jest.fn<void, [string]>(),
    getOriginalUri: jest.fn<string | undefined, []>().mockReturnValue(undefined),
    removeOriginalUri: jest.fn<void, []>(),
    signInWithRedirect: jest.fn<Promise<void>, [Record<string, unknown>?]>().mockResolvedValue(undefined),
    signOut: jest.fn<Promise<boolean>, []>().mockResolvedValue(true),
    isLoginRedirect: jest.fn<boolean, []>().mockReturnValue(false),
    handleLoginRedirect: jest.fn<Promise<void>, []>().mockResolvedValue(undefined),
    isAuthenticated: jest.fn<Promise<boolean>, []>().mockResolvedValue(false),
    tokenManager: {
      getTokensSync: jest.fn<{ idToken?: { claims: UserClaims } }, []>().mockReturnValue({}),
      setTokens: jest.fn<void, [Tokens]>(),
    },
    token: {
      getWithPopup: jest
        .fn<Promise<{ tokens: Tokens }>, [Record<string, unknown>?]>()
        .mockResolvedValue({ tokens: {} }),
    },
  };
}

/** Makes the fake hold tokens whose ID token carries `claims`, as after a sign-in. */
export function holdTokens(oktaAuth: FakeOktaAuth, claims: Partial<UserClaims>): void {
  oktaAuth.isAuthenticated.mockResolvedValue(true);
  oktaAuth.tokenManager.getTokensSync.mockReturnValue({
    idToken: { claims: { sub: '00u-alice', ...claims } },
  });
}

/** An auth state as okta-auth-js reports it after a sign-in with these ID token claims. */
export function signedInState(claims: Partial<UserClaims>): AuthState {
  const fullClaims = { sub: '00u-alice', ...claims } as UserClaims;
  return {
    isAuthenticated: true,
    idToken: {
      idToken: 'header.payload.signature',
      claims: fullClaims,
      expiresAt: 0,
      scopes: ['openid'],
      authorizeUrl: '',
      issuer: '',
      clientId: '',
    },
  };
}

export const SIGNED_OUT: AuthState = { isAuthenticated: false };

/** Providers standing in for OktaAuthModule: the fake OktaAuth and an auth state the test can change. */
export function provideFakeOkta(
  oktaAuth: FakeOktaAuth,
  authState: BehaviorSubject<AuthState> = new BehaviorSubject<AuthState>(SIGNED_OUT),
): Provider[] {
  return [
    { provide: OKTA_AUTH, useValue: oktaAuth },
    { provide: OktaAuthStateService, useValue: { authState$: authState.asObservable() } },
  ];
}

/** A Storage kept in memory, so tests never share sessionStorage. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
