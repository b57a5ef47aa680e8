import { isIP } from 'node:net';

/** The groups of an IPv6 address, `::` expanded (and a dotted IPv4 tail turned into two groups). */
function ipv6Groups(address: string): string[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1] !== undefined) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map((group) =>
    group.toLowerCase().replace(/^0+(?=.)/, ''),
  );
}

/**
 * The key a client address is throttled under: an IPv4 address as it is (also when it arrives as
 * `::ffff:a.b.c.d`), an IPv6 address by its /64 prefix, since one subscriber usually holds a whole /64
 * and could otherwise take a fresh address for every guess. Anything else (no address) is one key.
 */
export function clientAddressKey(remoteAddress: string | undefined): string {
  const address = remoteAddress?.replace(/%.*$/, '') ?? '';
  switch (isIP(address)) {
    case 4:
      return address;
    case 6: {
      const groups = ipv6Groups(address);
      const mapped = groups.slice(0, 6).join(':') === '0:0:0:0:0:ffff';
      if (mapped) {
        const [high = 0, low = 0] = groups.slice(6).map((group) => parseInt(group, 16));
        return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
      }
      return `${groups.slice(0, 4).join(':')}::/64`;
    }
    default:
      return 'unknown';
  }
}
