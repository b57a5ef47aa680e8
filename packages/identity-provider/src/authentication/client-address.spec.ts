import { clientAddressKey } from './client-address.js';

describe('clientAddressKey', () => {
  const cases: ReadonlyArray<{ description: string; input: string | undefined; expected: string }> = [
    { description: 'keeps an IPv4 address as it is', input: '203.0.113.7', expected: '203.0.113.7' },
    {
      description: 'reads an IPv4-mapped IPv6 address as the IPv4 address',
      input: '::ffff:203.0.113.7',
      expected: '203.0.113.7',
    },
    {
      description: 'reads an IPv4-mapped address written in hex as the IPv4 address',
      input: '::ffff:cb00:7107',
      expected: '203.0.113.7',
    },
    {
      description: 'keys an IPv6 address by its /64',
      input: '2001:db8:1:2:aaaa:bbbb:cccc:dddd',
      expected: '2001:db8:1:2::/64',
    },
    {
      description: 'gives two addresses of one /64 the same key',
      input: '2001:db8:1:2::9',
      expected: '2001:db8:1:2::/64',
    },
    {
      description: 'expands a compressed prefix before taking the /64',
      input: '2001:db8::1',
      expected: '2001:db8:0:0::/64',
    },
    {
      description: 'ignores leading zeros and case',
      input: '2001:0DB8:0001:0002::1',
      expected: '2001:db8:1:2::/64',
    },
    { description: 'keys the IPv6 loopback by its /64', input: '::1', expected: '0:0:0:0::/64' },
    { description: 'drops a zone index', input: 'fe80::1%eth0', expected: 'fe80:0:0:0::/64' },
    { description: 'puts a missing address under one key', input: undefined, expected: 'unknown' },
    { description: 'puts a malformed address under one key', input: 'not-an-address', expected: 'unknown' },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(clientAddressKey(input)).toBe(expected);
  });
});
