import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('allows `perMinute` submissions per address in any 60 seconds', () => {
    const limiter = new RateLimiter(3);
    const t0 = 1_000_000;
    expect([0, 10, 20, 30].map((s) => limiter.allow('10.0.0.1', t0 + s * 1000))).toEqual([true, true, true, false]);
    expect(limiter.allow('10.0.0.2', t0 + 30_000)).toBe(true);
    // The first submission leaves the window after 60 s, which frees one place.
    expect(limiter.allow('10.0.0.1', t0 + 60_001)).toBe(true);
    expect(limiter.allow('10.0.0.1', t0 + 60_002)).toBe(false);
  });

  it('forgets the oldest address when it tracks too many', () => {
    const limiter = new RateLimiter(1, 2);
    expect(limiter.allow('a', 0)).toBe(true);
    expect(limiter.allow('b', 1)).toBe(true);
    expect(limiter.allow('c', 2)).toBe(true);
    expect(limiter.allow('b', 3)).toBe(false);
    expect(limiter.allow('a', 4)).toBe(true);
  });
});
