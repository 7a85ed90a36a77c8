/**
 * Submissions per address per minute, in memory: a sliding window of timestamps. Memory is
 * bounded: old windows are dropped, and past `maxAddresses` the oldest address is forgotten.
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
  allow(address: string, now = Date.now()): boolean {
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
