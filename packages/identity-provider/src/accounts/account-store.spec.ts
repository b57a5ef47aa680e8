import { accountClaims } from './account.js';
import { AccountStore, newAccountId } from './account-store.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { openSqliteDatabase, type SqliteDatabase } from '../storage/sqlite-database.js';

describe('AccountStore', () => {
  let db: SqliteDatabase;
  let store: AccountStore;

  beforeEach(async () => {
    db = openSqliteDatabase(':memory:');
    store = new AccountStore(db);
    await store.seed(DEMO_ACCOUNTS);
  });

  afterEach(() => db.close());

  it('seeds the demo accounts once', async () => {
    await expect(store.seed(DEMO_ACCOUNTS)).resolves.toBe(0);
    expect(store.findByEmail('alice@example.com')).toMatchObject({
      givenName: 'Alice',
      familyName: 'Liddell',
    });
    expect(store.findByEmail('bob@example.com')).toMatchObject({ givenName: 'Bob', familyName: 'Builder' });
  });

  it('gives every account a stable Okta-shaped id', () => {
    const alice = store.findByEmail('alice@example.com')!;

    expect(alice.id).toMatch(/^00u[0-9A-Za-z]{17}$/);
    expect(store.findById(alice.id)).toEqual(alice);
    expect(store.findByEmail('bob@example.com')!.id).not.toBe(alice.id);
  });

  it('stores a password hash, never the password', () => {
    const rows = db.prepare('SELECT password_hash FROM accounts').all() as Array<{ password_hash: string }>;

    expect(rows.map((row) => row.password_hash)).toEqual([
      expect.stringMatching(/^scrypt\$/),
      expect.stringMatching(/^scrypt\$/),
    ]);
    expect(JSON.stringify(rows)).not.toContain('wonderland');
  });

  it.each([
    {
      description: 'the right email and password',
      email: 'alice@example.com',
      password: 'wonderland',
      expected: 'alice@example.com',
    },
    {
      description: 'an email typed with capitals and spaces',
      email: '  Alice@Example.COM ',
      password: 'wonderland',
      expected: 'alice@example.com',
    },
    { description: 'a wrong password', email: 'alice@example.com', password: 'builder', expected: undefined },
    {
      description: "another account's password",
      email: 'bob@example.com',
      password: 'wonderland',
      expected: undefined,
    },
    {
      description: 'an unknown email',
      email: 'carol@example.com',
      password: 'wonderland',
      expected: undefined,
    },
    { description: 'an empty password', email: 'alice@example.com', password: '', expected: undefined },
  ])('verifies credentials: $description', async ({ email, password, expected }) => {
    const account = await store.verifyCredentials(email, password);

    expect(account?.email).toBe(expected);
  });

  it('releases profile and email claims only for their scopes', () => {
    const alice = store.findByEmail('alice@example.com')!;

    expect(accountClaims(alice, new Set(['openid']))).toEqual({ sub: alice.id });
    expect(accountClaims(alice, new Set(['openid', 'profile', 'email']))).toEqual({
      sub: alice.id,
      name: 'Alice Liddell',
      given_name: 'Alice',
      family_name: 'Liddell',
      preferred_username: 'alice@example.com',
      email: 'alice@example.com',
      email_verified: true,
    });
  });

  it('generates different ids', () => {
    expect(new Set(Array.from({ length: 50 }, newAccountId)).size).toBe(50);
  });
});
