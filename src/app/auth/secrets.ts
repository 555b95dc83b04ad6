import { createHash, randomBytes } from 'node:crypto';

/** A new random secret (256 bits, base64url) with an optional prefix. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The SHA-256 (hex) under which a secret is stored; the secret itself never is. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
