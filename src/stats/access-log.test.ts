import { describe, expect, it } from 'vitest';
import { AccessLogError, parseLogLine } from './access-log.ts';

const NGINX = '203.0.113.7 - - [01/Mar/2027:23:30:05 +0100] "GET /bus/proefreis/?utm_source=poster HTTP/2.0" 200 5120 "https://www.voorbeeldstad.nl/bus/" "Mozilla/5.0 (X11; Linux x86_64) Chrome/141.0"';

describe('parseLogLine', () => {
  it('reads an nginx combined line: method, target, status, Referer, user agent, time (and drops the address)', () => {
    const entry = parseLogLine(NGINX, 1);
    expect(entry).toEqual({
      time: new Date('2027-03-01T22:30:05Z'),
      request: {
        method: 'GET',
        target: '/bus/proefreis/?utm_source=poster',
        status: 200,
        headers: { referer: 'https://www.voorbeeldstad.nl/bus/', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/141.0' },
      },
    });
    expect(JSON.stringify(entry)).not.toContain('203.0.113.7');
  });

  it('reads Apache\'s and nginx\'s escapes, "-" for a missing header or size, and fields appended after the user agent', () => {
    const apache = parseLogLine('::1 - jan [10/Oct/2026:13:55:36 -0700] "GET /a/ HTTP/1.1" 304 - "-" "Agent \\"quoted\\" \\\\ end" 0.004 "-"', 7);
    expect(apache?.request).toEqual({ method: 'GET', target: '/a/', status: 304, headers: { 'user-agent': 'Agent "quoted" \\ end' } });
    expect(apache?.time).toEqual(new Date('2026-10-10T20:55:36Z'));
    const nginx = parseLogLine('1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] "GET /caf\\xC3\\xA9/ HTTP/1.1" 200 1 "-" "Agent \\x22x\\x22"', 8);
    expect(nginx?.request.target).toBe('/café/');
    expect(nginx?.request.headers['user-agent']).toBe('Agent "x"');
  });

  it('skips empty lines and request lines that are not `METHOD target HTTP/x` (scanners)', () => {
    expect(parseLogLine('', 1)).toBeUndefined();
    expect(parseLogLine('1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] "\\x16\\x03\\x01\\x00" 400 157 "-" "-"', 2)).toBeUndefined();
    expect(parseLogLine('1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] "-" 408 0 "-" "-"', 3)).toBeUndefined();
  });

  it('names the file and line of a line in another format, and of an impossible time', () => {
    expect(() => parseLogLine('1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 12', 12, 'access.log')).toThrow(AccessLogError);
    expect(() => parseLogLine('1.2.3.4 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 12', 12, 'access.log')).toThrow(/^access\.log:12: not in the combined log format: .*\nExpected: .*combined/);
    expect(() => parseLogLine('1.2.3.4 - - [31/Feb/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 12 "-" "-"', 4, 'access.log')).toThrow(/^access\.log:4: the time \[31\/Feb\/2026:13:55:36 \+0000\]/);
    expect(() => parseLogLine('1.2.3.4 - - [2026-10-10T13:55:36Z] "GET / HTTP/1.1" 200 12 "-" "-"', 5)).toThrow(/:5: the time/);
  });
});
