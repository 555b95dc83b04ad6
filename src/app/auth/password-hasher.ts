import { hash, verify } from '@node-rs/argon2';

/** argon2id (algorithm 2) with OWASP's recommended cost: 19 MiB, 2 iterations, 1 lane. */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/** Verifies a password; with no hash (unknown user) it still spends the same time, so timing tells nothing. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const target = passwordHash ?? (await (dummy ??= hashPassword('cchc-dummy-password-for-timing')));
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}
