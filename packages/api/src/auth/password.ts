import { hash, verify } from '@node-rs/argon2';
import { appError } from '../errors.js';
import { generatePassword } from '../seed/admin.js';

export { generatePassword };

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

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

/** Throws a field error when `password` breaks the policy (length only: NIST SP 800-63B, no composition rules). */
export function assertPasswordPolicy(password: string, field = 'newPassword'): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    const vi = `Mật khẩu phải có từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự`;
    const en = `The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;
    throw appError('BAD_REQUEST', 'PASSWORD_TOO_SHORT', { vi, en }, [{ path: field, vi, en }]);
  }
}
