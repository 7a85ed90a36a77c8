/**
 * A strict parser for the combined log format, as nginx (`log_format combined`, the default) and
 * Apache (`LogFormat "%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-Agent}i\"" combined`)
 * write it. Fields appended after the user agent (request time, forwarded-for) are allowed and
 * ignored. No maintained JavaScript library parses this format; it is one regular expression.
 *
 * Only what counting needs leaves this module: method, target, status, Referer and user agent, and
 * the time of the request. The address and user name in the line are matched and dropped.
 */
import type { ObservedRequest } from './classify.ts';

export interface LogEntry {
  time: Date;
  request: ObservedRequest;
}

export class AccessLogError extends Error {
  override name = 'AccessLogError';
}

// A quoted field: anything but an unescaped quote; nginx writes `\x22`, Apache `\"`. Written as
// runs of plain characters between escapes: an alternation repeated per character made V8's
// regular expressions overflow the stack on a line of megabytes.
const QUOTED = String.raw`"([^"\\]*(?:\\.[^"\\]*)*)"`;
const LINE = new RegExp(String.raw`^\S+ \S+ \S+ \[([^\]]+)\] ${QUOTED} (\d{3}) (?:\d+|-) ${QUOTED} ${QUOTED}(?: .*)?$`);
const TIME = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What a line in another format should look like, and how to get it. */
export const FORMAT_HINT =
  'Expected: <address> - <user> [10/Oct/2026:13:55:36 +0200] "GET /path/ HTTP/1.1" 200 2326 "<referer>" "<user agent>". ' +
  "Configure the web server's access log with nginx's `combined` format or Apache's `combined` LogFormat.";

/**
 * The longest line read. nginx and Apache refuse request lines and headers over 8 KB by default,
 * so a longer log line is not a request they answered; it is not matched at all.
 */
export const MAX_LINE_LENGTH = 64 * 1024;

/**
 * One line of a log: its entry, `undefined` for a line that is empty or whose request line is not
 * `METHOD target HTTP/x` (a scanner's garbage, which counts for nothing), or an AccessLogError
 * naming the line and what is wrong (its message's first line says which line and why).
 */
export function parseLogLine(text: string, lineNumber: number, file = 'access log'): LogEntry | undefined {
  if (text.trim() === '') return undefined;
  if (text.length > MAX_LINE_LENGTH) {
    throw new AccessLogError(`${file}:${lineNumber}: ${text.length.toLocaleString('en')} characters long, more than any web server writes in the combined log format (at most ${MAX_LINE_LENGTH.toLocaleString('en')}).`);
  }
  const match = LINE.exec(text);
  if (match === null) {
    throw new AccessLogError(`${file}:${lineNumber}: not in the combined log format: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}\n${FORMAT_HINT}`);
  }
  const [, time = '', requestLine = '', status = '', referer = '', agent = ''] = match;
  const moment = parseTime(time);
  if (moment === undefined) {
    throw new AccessLogError(`${file}:${lineNumber}: the time [${time}] is not like [10/Oct/2026:13:55:36 +0200].`);
  }
  const request = /^([A-Z]+) (\S+) HTTP\/[\d.]+$/.exec(unescape(requestLine));
  if (request === null) return undefined;
  const headers: Record<string, string> = {};
  if (referer !== '-' && referer !== '') headers.referer = unescape(referer);
  if (agent !== '-' && agent !== '') headers['user-agent'] = unescape(agent);
  return { time: moment, request: { method: request[1] ?? '', target: request[2] ?? '', status: Number(status), headers } };
}

function parseTime(text: string): Date | undefined {
  const match = TIME.exec(text);
  if (match === null) return undefined;
  const [, day, monthName, year, hour, minute, second, sign, offsetHours, offsetMinutes] = match;
  const month = MONTHS.indexOf(monthName ?? '');
  if (month < 0) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const utc = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second)) - offset * 60_000;
  const moment = new Date(utc);
  // 31/Feb would roll over into March: only a date that exists is a date.
  const local = new Date(utc + offset * 60_000);
  return local.getUTCDate() === Number(day) && local.getUTCMonth() === month ? moment : undefined;
}

/** Undoes the servers' escaping: `\xHH` bytes (nginx, Apache), `\"` and `\\`; bytes are read as UTF-8. */
function unescape(text: string): string {
  if (!text.includes('\\')) return text;
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of text.matchAll(/\\x([0-9a-fA-F]{2})|\\([\s\S])/g)) {
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'));
    parts.push(match[1] === undefined ? Buffer.from(match[2] ?? '', 'utf8') : Buffer.from([parseInt(match[1], 16)]));
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}
