import ipaddr from 'ipaddr.js';
import { normalise } from './client-address.ts';

/**
 * Submissions per address per minute, in memory: a sliding window of timestamps per key. A key
 * is a valid address (IPv4) or an IPv6 /64 block, the block one household or server gets;
 * otherwise one sender could pick a fresh address for every post. Memory is bounded: keys whose
 * window is empty are swept once a minute, and past `maxKeys` the least recently seen is dropped.
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  #sweptAt = 0;
  readonly perMinute: number;
  readonly maxKeys: number;

  constructor(perMinute: number, maxKeys = 20_000) {
    this.perMinute = perMinute;
    this.maxKeys = maxKeys;
  }

  /** Keys tracked right now (for tests and the benchmark). */
  get size(): number {
    return this.#hits.size;
  }

  /**
   * Records a submission from `clientAddress`; false when its key already used up its minute.
   * An address that is not valid IP is a programming error upstream: all such requests share
   * one key, so they can never grow the map.
   */
  allow(clientAddress: string, now = Date.now()): boolean {
    const since = now - 60_000;
    if (now - this.#sweptAt >= 60_000) this.#sweep(since, now);
    const key = rateLimitKey(clientAddress) ?? 'invalid';
    const recent = (this.#hits.get(key) ?? []).filter((time) => time > since);
    const allowed = recent.length < this.perMinute;
    if (allowed) recent.push(now);
    // Re-inserting keeps the map ordered by last use, so the first key is the least recently seen.
    this.#hits.delete(key);
    this.#hits.set(key, recent);
    while (this.#hits.size > this.maxKeys) {
      const oldest = this.#hits.keys().next().value;
      if (oldest === undefined) break;
      this.#hits.delete(oldest);
    }
    return allowed;
  }

  #sweep(since: number, now: number): void {
    this.#sweptAt = now;
    for (const [key, times] of this.#hits) if ((times.at(-1) ?? 0) <= since) this.#hits.delete(key);
  }
}

/** An IPv4 address as is (also when written IPv4-mapped); IPv6 by its /64; undefined when not an address. */
export function rateLimitKey(address: string): string | undefined {
  const valid = normalise(address);
  if (valid === undefined) return undefined;
  const parsed = ipaddr.parse(valid);
  if (parsed.kind() === 'ipv4') return valid;
  const bytes = parsed.toByteArray().slice(0, 8).concat(Array<number>(8).fill(0));
  return `${ipaddr.fromByteArray(bytes).toString()}/64`;
}
