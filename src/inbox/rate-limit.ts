import { isIPv4, isIPv6 } from 'node:net';

/**
 * Submissions per address per minute, in memory: a sliding window of timestamps. Memory is
 * bounded: old windows are dropped, and past `maxAddresses` the oldest address is forgotten.
 * IPv6 addresses count per /64, the block one household or server gets; otherwise a single
 * sender could pick a fresh address for every post.
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  readonly perMinute: number;
  readonly maxAddresses: number;

  constructor(perMinute: number, maxAddresses = 50_000) {
    this.perMinute = perMinute;
    this.maxAddresses = maxAddresses;
  }

  /** Records a submission; false when the address already used up its minute. */
  allow(clientAddress: string, now = Date.now()): boolean {
    const address = rateLimitKey(clientAddress);
    const since = now - 60_000;
    const recent = (this.#hits.get(address) ?? []).filter((time) => time > since);
    if (recent.length >= this.perMinute) {
      this.#hits.set(address, recent);
      return false;
    }
    recent.push(now);
    this.#hits.delete(address);
    this.#hits.set(address, recent);
    if (this.#hits.size > this.maxAddresses) {
      const oldest = this.#hits.keys().next().value;
      if (oldest !== undefined) this.#hits.delete(oldest);
    }
    return true;
  }
}

/** An IPv4 address as is (also when written IPv4-mapped, `::ffff:192.0.2.1`); IPv6 by its /64. */
export function rateLimitKey(address: string): string {
  const plain = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain)?.[1];
  if (mapped !== undefined && isIPv4(mapped)) return mapped;
  if (!isIPv6(plain)) return address;
  const [head = '', tail] = plain.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
