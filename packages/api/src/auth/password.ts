import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { hash, verify } from '@node-rs/argon2';
import { passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@pcmbn/domain';
import { appError } from '../errors.js';
import { generatePassword } from '../seed/admin.js';

export { generatePassword };

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

// data/common-passwords.txt.gz: 49,233 common and leaked passwords, lower-cased, one a line — the list of the npm
// package @zxcvbn-ts/language-common 4.1.3 (MIT; see data/README.md). Read once, offline; src/auth and dist/auth
// are both two levels below the package.
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!common) {
    const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/common-passwords.txt.gz');
    common = new Set(gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean));
  }
  return common;
}

/** argon2id (the @node-rs/argon2 default algorithm) with its default cost parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash for unknown e-mails keeps the response time the same, so timing does not tell
// which addresses have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hash(generatePassword());
  await verifyPassword(await dummyHash, password);
}

/** Throws a field error when `password` breaks the policy (domain passwordProblem: 12–200 code points, not one
 *  character repeated, not on the common/leaked list, not containing the e-mail or the name; no composition rules). */
export function assertPasswordPolicy(
  password: string,
  field = 'newPassword',
  who: { email?: string | null; name?: string | null } = {},
): void {
  const problem = passwordProblem(password, {
    email: who.email,
    name: who.name,
    isCommon: (p) => commonPasswords().has(p),
  });
  if (problem) {
    const vi = problem.message;
    const en = problem.messageEn;
    throw appError('BAD_REQUEST', problem.code, { vi, en }, [{ path: field, vi, en }]);
  }
}
