import { BlockList, isIP } from 'node:net';

/**
 * What the server knows of the connection: node:http gives Yoga the `req` (IncomingMessage);
 * in-process callers (tests, `api.fetch`) have no socket and may name the peer themselves.
 */
export interface PeerContext {
  req?: { socket?: { remoteAddress?: string } };
  peerAddress?: string;
}

/** The client of an in-process call with no socket and no named peer: one shared client. */
export const IN_PROCESS_CLIENT = 'in-process';

export type ClientAddressOf = (request: Request, peer: PeerContext) => string;

const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

function trustedList(entries: string[]) {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** Whether a client (as clientAddressResolver names it) is this machine itself. */
export const isLoopbackClient = (client: string) => {
  const family = isIP(client);
  return family !== 0 && loopback.check(client, family === 6 ? 'ipv6' : 'ipv4');
};

/**
 * One IPv6 host usually holds a whole /64, so counting single IPv6 addresses would give it
 * billions of fresh budgets; a /64 counts as one client. The loopback address is one host and
 * keeps its name ("::1").
 */
function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  if (loopback.check(address, 'ipv6')) return '::1';
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * The client a request counts against. The socket's peer, unless that peer is a trusted proxy:
 * then X-Forwarded-For is read from the right, skipping trusted hops, and the first address no
 * trusted proxy vouches for is the client. Anything left of it was written by the client itself,
 * so rotating it gains nothing.
 */
export function clientAddressResolver(trustedProxies: string[]): ClientAddressOf {
  const trusted = trustedList(trustedProxies);
  const isTrusted = (address: string) => {
    const family = isIP(address);
    return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
  return (request, peer) => {
    const socket = peer.req?.socket?.remoteAddress ?? peer.peerAddress;
    if (socket === undefined) return IN_PROCESS_CLIENT;
    let client = unmapped(socket);
    if (isTrusted(client)) {
      const hops = (request.headers.get('x-forwarded-for') ?? '')
        .split(',')
        .map((hop) => unmapped(hop.trim()))
        .filter(Boolean);
      while (isTrusted(client) && hops.length > 0) {
        const next = hops.pop() ?? '';
        if (isIP(next) === 0) break;
        client = next;
      }
    }
    return clientKey(client);
  };
}
