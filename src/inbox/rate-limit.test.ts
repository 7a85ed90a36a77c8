import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitKey } from './rate-limit.ts';

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

  it('counts IPv6 per /64, so one sender cannot rotate through its own block', () => {
    const limiter = new RateLimiter(2);
    expect(['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:0db8:0001:0002:abcd::9'].map((address) => limiter.allow(address, 0))).toEqual([true, true, false]);
    expect(limiter.allow('2001:db8:1:3::1', 0)).toBe(true);
  });
});

describe('rateLimitKey', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6 and reduces IPv6 to its /64', () => {
    expect(rateLimitKey('192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('2001:DB8:a:b:c:d:e:f')).toBe('2001:db8:a:b::/64');
    expect(rateLimitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitKey('not an address')).toBe('not an address');
  });
});
