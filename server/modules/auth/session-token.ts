import crypto from 'node:crypto';

/** 256 random bits: the cookie carries the token, the database only its hash. */
export function newSessionToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
