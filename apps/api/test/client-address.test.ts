import { describe, expect, it } from 'vitest';
import { clientAddressResolver, IN_PROCESS_CLIENT } from '../src/client-address.ts';

const request = (forwardedFor?: string) =>
  new Request('http://attest/graphql', {
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
const socket = (remoteAddress: string) => ({ req: { socket: { remoteAddress } } });

describe('the client address', () => {
  it('is the socket peer, whatever X-Forwarded-For says, when no proxy is trusted', () => {
    const of = clientAddressResolver([]);
    expect(of(request('198.51.100.1'), socket('203.0.113.9'))).toBe('203.0.113.9');
    expect(of(request('198.51.100.2'), socket('203.0.113.9'))).toBe('203.0.113.9');
  });

  it('comes from X-Forwarded-For only through a trusted proxy, read from the right', () => {
    const of = clientAddressResolver(['10.0.0.0/8', '192.0.2.1']);
    expect(of(request('198.51.100.7'), socket('10.1.2.3'))).toBe('198.51.100.7');
    // The client wrote the left part itself; only what the trusted hops appended counts.
    expect(of(request('1.1.1.1, 198.51.100.7, 192.0.2.1'), socket('10.1.2.3'))).toBe(
      '198.51.100.7',
    );
    expect(of(request('1.1.1.1'), socket('203.0.113.9'))).toBe('203.0.113.9');
    // A trusted proxy that forwards nothing is itself the client.
    expect(of(request(), socket('10.1.2.3'))).toBe('10.1.2.3');
    expect(of(request('not an address'), socket('10.1.2.3'))).toBe('10.1.2.3');
  });

  it('reads IPv4-mapped IPv6 as IPv4, and counts an IPv6 client by its /64', () => {
    const of = clientAddressResolver(['127.0.0.1']);
    expect(of(request(), socket('::ffff:203.0.113.9'))).toBe('203.0.113.9');
    expect(of(request('198.51.100.7'), socket('::ffff:127.0.0.1'))).toBe('198.51.100.7');
    const a = of(request(), socket('2001:db8:1:2::1'));
    expect(a).toBe('2001:db8:1:2::/64');
    expect(of(request(), socket('2001:db8:1:2:aaaa:bbbb:cccc:dddd'))).toBe(a);
    expect(of(request(), socket('2001:db8:1:3::1'))).not.toBe(a);
  });

  it('is one shared in-process client without a socket, unless the caller names a peer', () => {
    const of = clientAddressResolver([]);
    expect(of(request('198.51.100.7'), {})).toBe(IN_PROCESS_CLIENT);
    expect(of(request(), { peerAddress: '203.0.113.4' })).toBe('203.0.113.4');
  });
});
