/**
 * The link that lets one person see and cancel their event sign-up: `<id>.<mac>`, the mac an
 * HMAC-SHA256 over the sign-up's id and the moment it arrived, with the server's secret. Nobody
 * without the secret can make one, a token of a purged sign-up does not fit a later one with the
 * same id (another moment), and tokens are compared in constant time.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** A secret given in the environment must be at least this long. */
const MIN_SECRET_LENGTH = 32;
export const SECRET_ENV = 'WEGWIJZER_SECRET';

function mac(secret: Buffer, id: number, receivedAt: string): Buffer {
  return createHmac('sha256', secret).update(`wegwijzer sign-up\n${id}\n${receivedAt}`).digest();
}

export function signUpToken(secret: Buffer, id: number, receivedAt: string): string {
  return `${id}.${mac(secret, id, receivedAt).toString('base64url')}`;
}

/** The id a token claims, before it is checked; undefined when it has not the shape of a token. */
export function tokenId(token: string): number | undefined {
  const match = /^([1-9][0-9]{0,15})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match === null ? undefined : Number(match[1]);
}

/** Whether `token` was made with `secret` for the sign-up with this id and arrival. */
export function isSignUpToken(secret: Buffer, token: string, id: number, receivedAt: string): boolean {
  const given = Buffer.from(token.slice(token.indexOf('.') + 1), 'base64url');
  const expected = mac(secret, id, receivedAt);
  return tokenId(token) === id && given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The server's secret: `WEGWIJZER_SECRET` from the environment (at least 32 characters), or else
 * 32 random bytes kept in `file` (beside the lead store), made on first use, readable by the
 * server's user only. Two processes starting at once agree: only one creates the file.
 */
export function serverSecret(file: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const given = env[SECRET_ENV];
  if (given !== undefined && given !== '') {
    if (given.length < MIN_SECRET_LENGTH) throw new Error(`${SECRET_ENV} is ${given.length} characters long: use at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -base64 32\`), or leave it unset to have one made in ${file}.`);
    return Buffer.from(given, 'utf8');
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(32).toString('base64url'));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot create the sign-up secret ${file}: ${(error as Error).message}. Make its folder writable, or set ${SECRET_ENV}.`, { cause: error });
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`the sign-up secret ${file} is too short (or was being written): delete it to have a new one made, or set ${SECRET_ENV}. Cancel links given out before stop working.`);
  return Buffer.from(secret, 'utf8');
}
