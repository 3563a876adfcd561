import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';

export const ADMIN_EMAIL = 'admin@pcmbn.local';

/** 20 characters from 120 random bits, URL-safe alphabet. Never a fixed default. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

/** argon2id (the @node-rs/argon2 default algorithm) with its default cost parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
