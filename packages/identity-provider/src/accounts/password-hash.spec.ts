import { hashPassword, verifyPassword } from './password-hash.js';

describe('password hashing', () => {
  it('produces a self-describing scrypt hash with a random salt', async () => {
    const [first, second] = await Promise.all([hashPassword('wonderland'), hashPassword('wonderland')]);

    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('wonderland');

    await expect(verifyPassword('wonderland', stored)).resolves.toBe(true);
    await expect(verifyPassword('Wonderland', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('treats canonically equivalent Unicode spellings as the same password', async () => {
    const stored = await hashPassword('caf\u00e9');

    await expect(verifyPassword('cafe\u0301', stored)).resolves.toBe(true);
  });

  it.each([
    { description: 'an empty string', stored: '' },
    { description: 'another algorithm', stored: '$2b$10$abcdefghijklmnopqrstuv' },
    {
      description: 'a cost that is not a power of two',
      stored: 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g',
    },
    { description: 'an absurd cost', stored: 'scrypt$4294967296$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA' },
    { description: 'a truncated hash', stored: 'scrypt$16384$8$1$c2FsdA$aGFzaA' },
  ])('never matches $description', async ({ stored }) => {
    await expect(verifyPassword('wonderland', stored)).resolves.toBe(false);
  });
});
