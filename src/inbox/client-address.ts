/**
 * Who sent a request: the socket's address, unless that socket belongs to a reverse proxy the
 * site trusts (`leads.trustProxy`); then the `X-Forwarded-For` chain is walked from the right,
 * hop by hop, for as long as each hop is trusted (proxy-addr does the walking). The result is
 * always a valid IP address: a forwarded value that is not one is never used.
 */
import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/** `false`: no proxy; a number: that many proxies in front; a list: their addresses or CIDR ranges. */
export type TrustProxy = false | number | readonly string[];

/** The names proxy-addr accepts for whole address groups. */
const PRESETS = ['loopback', 'linklocal', 'uniquelocal'];

/** Why `entry` is not an address, a CIDR range or a preset name, or undefined when it is fine. */
export function trustProxyProblem(entry: string): string | undefined {
  try {
    proxyaddr.compile(entry);
    return undefined;
  } catch {
    return `\`${entry}\` is not an IP address, a CIDR range like \`10.0.0.0/8\`, or one of ${PRESETS.map((name) => `\`${name}\``).join(', ')}`;
  }
}

type TrustFunction = (address: string, hop: number) => boolean;

export function trustFunction(trust: TrustProxy): TrustFunction {
  if (trust === false) return () => false;
  // Hop 0 is the socket; with N proxies in front, the socket and the N-1 hops behind it are proxies.
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyaddr.compile([...trust]);
}

export interface ClientAddress {
  /** The visitor's address, normalised (`::ffff:192.0.2.1` → `192.0.2.1`). */
  address: string;
  /** The socket is a trusted proxy: the forwarded headers of this request are believed. */
  viaTrustedProxy: boolean;
}

/**
 * The visitor's address for `request`. Behind trusted proxies it is the nearest address in the
 * forwarded chain that is not itself trusted; when that entry is not a valid IP address (a
 * misconfigured proxy), the last trusted hop is taken instead.
 */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): ClientAddress {
  // proxy-addr hands each hop over as written; a hop with a port (`10.0.0.2:443`) must still be
  // recognised as the trusted proxy it is, so each hop is judged by its address alone.
  const trustAddress: TrustFunction = (hop, index) => {
    const address = normalise(hop);
    return address !== undefined && trust(address, index);
  };
  const chain = proxyaddr.all(request, trustAddress);
  const socket = normalise(chain[0] ?? '') ?? '0.0.0.0';
  const viaTrustedProxy = trustAddress(chain[0] ?? '', 0);
  if (!viaTrustedProxy) return { address: socket, viaTrustedProxy };
  for (let index = chain.length - 1; index >= 0; index--) {
    const address = normalise(chain[index] ?? '');
    if (address !== undefined) return { address, viaTrustedProxy };
  }
  return { address: socket, viaTrustedProxy };
}

/**
 * An X-Forwarded-For entry with a port, as some proxies and load balancers write it:
 * `192.0.2.1:51234`, `[2001:db8::1]:443` or `[2001:db8::1]`. (node:net's SocketAddress.parse
 * would also take `127.1:80` for 127.0.0.1.) The address part is checked by `normalise`.
 */
const WITH_PORT = /^(?:\[([^\]]+)\]|([\d.]+))(?::(\d{1,5}))?$/;

/** A valid IPv4 or IPv6 address in its canonical form, without a port a proxy wrote after it; or undefined. */
export function normalise(address: string): string | undefined {
  const entry = address.trim();
  const withPort = WITH_PORT.exec(entry);
  if (withPort !== null && Number(withPort[3] ?? 0) <= 65535) return bareAddress(withPort[1] ?? withPort[2] ?? '');
  return bareAddress(entry);
}

function bareAddress(address: string): string | undefined {
  const plain = address.replace(/%.*$/, '');
  // Four-part decimal only: ipaddr.js would also read `127.1` or `0x7f.0.0.1` as IPv4.
  if (!ipaddr.IPv4.isValidFourPartDecimal(plain) && !ipaddr.IPv6.isValid(plain)) return undefined;
  return ipaddr.process(plain).toString();
}

/** Request headers only a proxy should set: removed from requests that do not come from a trusted one. */
export const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip'] as const;

/** The request carries headers that a reverse proxy would add. */
export function looksProxied(request: IncomingMessage): boolean {
  return FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined);
}
