import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Env, repoRoot } from '@attest/env';

export const devSecretFile = `${repoRoot}.data/auth-secret`;

/**
 * The secret that signs session cookies. Production must set ATTEST_AUTH_SECRET (shared by all
 * API nodes). A development machine gets one made on first start and kept, so sessions survive
 * restarts without anyone having to invent a secret.
 */
export function authSecret(env: Pick<Env, 'ATTEST_AUTH_SECRET'>, file = devSecretFile): string {
  if (env.ATTEST_AUTH_SECRET) return env.ATTEST_AUTH_SECRET;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
