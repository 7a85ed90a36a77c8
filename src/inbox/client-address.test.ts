import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, trustFunction, trustProxyProblem } from './client-address.ts';

const request = (socket: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: socket }, connection: { remoteAddress: socket }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('takes the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    const none = trustFunction(false);
    expect(clientAddress(request('::ffff:192.0.2.9', '203.0.113.5'), none)).toEqual({ address: '192.0.2.9', viaTrustedProxy: false });
    expect(clientAddress(request('192.0.2.9', '203.0.113.5'), trustFunction(['10.0.0.0/8']))).toEqual({ address: '192.0.2.9', viaTrustedProxy: false });
  });

  it('walks the chain from the right through trusted proxies only, so a forged left part is ignored', () => {
    const trusted = trustFunction(['127.0.0.1', '10.0.0.0/8']);
    expect(clientAddress(request('127.0.0.1', '6.6.6.6, 203.0.113.5'), trusted).address).toBe('203.0.113.5');
    expect(clientAddress(request('127.0.0.1', '6.6.6.6, 203.0.113.5, 10.1.2.3'), trusted).address).toBe('203.0.113.5');
    expect(clientAddress(request('127.0.0.1', '2001:db8::1'), trusted).address).toBe('2001:db8::1');
  });

  it('never returns something that is not an address: junk from a proxy falls back to the last trusted hop', () => {
    const trusted = trustFunction(['127.0.0.1']);
    expect(clientAddress(request('127.0.0.1', `x${'y'.repeat(8000)}`), trusted).address).toBe('127.0.0.1');
    expect(clientAddress(request('127.0.0.1'), trusted).address).toBe('127.0.0.1');
  });

  it('reads an entry with a port (ip:port, [v6]:port) as its address, so one visitor never stands for everyone behind the proxy', () => {
    const trusted = trustFunction(['127.0.0.1', '10.0.0.0/8']);
    expect(clientAddress(request('127.0.0.1', '203.0.113.5:51234'), trusted).address).toBe('203.0.113.5');
    expect(clientAddress(request('127.0.0.1', '[2001:db8::1]:443'), trusted).address).toBe('2001:db8::1');
    expect(clientAddress(request('127.0.0.1', '[2001:db8::2]'), trusted).address).toBe('2001:db8::2');
    // A trusted proxy that writes its own port is still a trusted hop: the visitor is the one before it.
    expect(clientAddress(request('127.0.0.1', '6.6.6.6, 203.0.113.5:1, 10.1.2.3:8080'), trusted).address).toBe('203.0.113.5');
    expect(clientAddress(request('127.0.0.1', '1.2.3.4, 10.1.2.3:8080'), trustFunction(1)).address).toBe('10.1.2.3');
    // Not addresses: a port out of range, a short IPv4 form, a host name.
    for (const junk of ['203.0.113.5:70000', '127.1:80', 'proxy.example:80']) expect(clientAddress(request('127.0.0.1', junk), trusted).address, junk).toBe('127.0.0.1');
  });

  it('trusts a number of hops regardless of their addresses', () => {
    expect(clientAddress(request('192.0.2.1', '203.0.113.5, 198.51.100.7'), trustFunction(1)).address).toBe('198.51.100.7');
    expect(clientAddress(request('192.0.2.1', '203.0.113.5, 198.51.100.7'), trustFunction(2)).address).toBe('203.0.113.5');
  });
});

describe('trustProxyProblem', () => {
  it('accepts addresses, CIDR ranges and presets, and says what is wrong otherwise', () => {
    for (const entry of ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback', 'uniquelocal']) expect(trustProxyProblem(entry), entry).toBeUndefined();
    expect(trustProxyProblem('10.0.0.0/33')).toBe('`10.0.0.0/33` is not an IP address, a CIDR range like `10.0.0.0/8`, or one of `loopback`, `linklocal`, `uniquelocal`');
    expect(trustProxyProblem('proxy.example')).toMatch(/^`proxy.example` is not an IP address/);
  });
});
