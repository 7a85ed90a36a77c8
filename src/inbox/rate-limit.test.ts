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

  it('forgets the least recently seen address when it tracks too many', () => {
    const limiter = new RateLimiter(1, 2);
    expect(limiter.allow('10.0.0.1', 0)).toBe(true);
    expect(limiter.allow('10.0.0.2', 1)).toBe(true);
    expect(limiter.allow('10.0.0.3', 2)).toBe(true);
    expect(limiter.allow('10.0.0.2', 3)).toBe(false);
    expect(limiter.allow('10.0.0.1', 4)).toBe(true);
    expect(limiter.size).toBe(2);
  });

  it('counts IPv6 per /64, so one sender cannot rotate through its own block', () => {
    const limiter = new RateLimiter(2);
    expect(['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:0db8:0001:0002:abcd::9'].map((address) => limiter.allow(address, 0))).toEqual([true, true, false]);
    expect(limiter.allow('2001:db8:1:3::1', 0)).toBe(true);
  });

  it('stays bounded under 15,000 unique 8 KB keys: invalid ones share one key, stale ones are swept', () => {
    const limiter = new RateLimiter(10, 5_000);
    for (let index = 0; index < 15_000; index++) limiter.allow(`${index}-${'x'.repeat(8 * 1024)}`, index);
    expect(limiter.size).toBe(1);
    for (let index = 0; index < 15_000; index++) limiter.allow(`10.${index >> 16}.${(index >> 8) & 255}.${index & 255}`, 100_000 + index);
    expect(limiter.size).toBe(5_000);
    // A minute later, one request sweeps every key whose window is empty.
    limiter.allow('192.0.2.1', 100_000 + 15_000 + 60_001);
    expect(limiter.size).toBe(1);
  });
});

describe('rateLimitKey', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6, reduces IPv6 to its /64 and refuses anything else', () => {
    expect(rateLimitKey('192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8::/64');
    expect(rateLimitKey('2001:DB8:a:b:c:d:e:f')).toBe('2001:db8:a:b::/64');
    expect(rateLimitKey('fe80::1%eth0')).toBe('fe80::/64');
    expect(rateLimitKey('::1')).toBe('::/64');
    for (const invalid of ['not an address', '127.1', '1.2.3.4, 5.6.7.8', '', '999.1.1.1']) expect(rateLimitKey(invalid), invalid).toBeUndefined();
  });
});
