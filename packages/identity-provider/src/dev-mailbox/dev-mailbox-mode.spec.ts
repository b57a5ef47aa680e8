import { devMailboxMode } from './dev-mailbox-mode.js';

describe('devMailboxMode', () => {
  const cases: ReadonlyArray<{
    description: string;
    input: { production: boolean; host: string };
    expected: ReturnType<typeof devMailboxMode>;
  }> = [
    {
      description: 'is on for npm start: development, listening on localhost',
      input: { production: false, host: 'localhost' },
      expected: { on: true },
    },
    {
      description: 'is on for 127.0.0.1',
      input: { production: false, host: '127.0.0.1' },
      expected: { on: true },
    },
    {
      description: 'is on for 127.0.0.2',
      input: { production: false, host: '127.0.0.2' },
      expected: { on: true },
    },
    { description: 'is on for ::1', input: { production: false, host: '::1' }, expected: { on: true } },
    { description: 'is on for [::1]', input: { production: false, host: '[::1]' }, expected: { on: true } },
    {
      description: 'is on for LOCALHOST',
      input: { production: false, host: 'LOCALHOST' },
      expected: { on: true },
    },
    {
      description: 'is off with NODE_ENV=production, even on localhost',
      input: { production: true, host: 'localhost' },
      expected: { on: false, reason: 'NODE_ENV=production' },
    },
    {
      description: 'is off when listening on every IPv4 interface',
      input: { production: false, host: '0.0.0.0' },
      expected: { on: false, reason: 'listening on 0.0.0.0, beyond loopback' },
    },
    {
      description: 'is off when listening on every IPv6 interface',
      input: { production: false, host: '::' },
      expected: { on: false, reason: 'listening on ::, beyond loopback' },
    },
    {
      description: 'is off on a LAN address',
      input: { production: false, host: '192.168.1.20' },
      expected: { on: false, reason: 'listening on 192.168.1.20, beyond loopback' },
    },
    {
      description: 'is off on a host name other than localhost',
      input: { production: false, host: 'dev.example.com' },
      expected: { on: false, reason: 'listening on dev.example.com, beyond loopback' },
    },
    {
      description: 'is off on a name that only starts like a loopback address',
      input: { production: false, host: '127.0.0.1.nip.io' },
      expected: { on: false, reason: 'listening on 127.0.0.1.nip.io, beyond loopback' },
    },
    {
      description: 'is off on localhost.example.com',
      input: { production: false, host: 'localhost.example.com' },
      expected: { on: false, reason: 'listening on localhost.example.com, beyond loopback' },
    },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(devMailboxMode(input)).toEqual(expected);
  });
});
