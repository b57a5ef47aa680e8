/** What it takes to create an account. */
export interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly givenName: string;
  readonly familyName: string;
}

/** The accounts seeded on first start (the shared contract's demo accounts). */
export const DEMO_ACCOUNTS: readonly NewAccount[] = [
  { email: 'alice@example.com', password: 'wonderland', givenName: 'Alice', familyName: 'Liddell' },
  { email: 'bob@example.com', password: 'builder', givenName: 'Bob', familyName: 'Builder' },
];
