/**
 * Password policy (NIST SP 800-63B: length and a blocklist, no composition rules). Pure: the list of common and
 * breached passwords is the caller's (the API ships one offline), as a lookup of lower-cased passwords.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblemCode = 'PASSWORD_TOO_SHORT' | 'PASSWORD_REPEATED' | 'PASSWORD_COMMON' | 'PASSWORD_PERSONAL';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
  messageEn: string;
}

export interface PasswordContext {
  email?: string | null | undefined;
  name?: string | null | undefined;
  /** Is this lower-cased password on the list of common or breached ones? */
  isCommon: (lowerCased: string) => boolean;
}

/** Lower case without Vietnamese diacritics ("Nguyễn Đức" → "nguyen duc"), to compare with what people type. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Why `password` may not be used, or null. Length counts Unicode code points (an emoji is one character). */
export function passwordProblem(password: string, context: PasswordContext): PasswordProblem | null {
  const chars = [...password.normalize('NFC')];
  if (chars.length < PASSWORD_MIN_LENGTH || chars.length > PASSWORD_MAX_LENGTH) {
    return {
      code: 'PASSWORD_TOO_SHORT',
      message: `Mật khẩu phải có từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự`,
      messageEn: `The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
    };
  }
  // One character, or a group of up to 4, repeated ("aaaaaaaaaaaa", "abababababab", "123412341234").
  for (let unit = 1; unit <= 4; unit++) {
    if (chars.length % unit !== 0 && unit > 1) continue;
    if (chars.every((c, i) => c === chars[i % unit])) {
      return {
        code: 'PASSWORD_REPEATED',
        message: 'Mật khẩu không được chỉ gồm một ký tự (hoặc một nhóm ký tự ngắn) lặp lại',
        messageEn: 'The password must not be one character (or a short group of characters) repeated',
      };
    }
  }
  const lower = password.toLowerCase();
  // The whole password, or it without a short tail of digits and signs ("password1234!" → "password").
  const stem = lower.replace(/[\d\s!@#$%^&*.,;:?_+=~-]{1,6}$/, '');
  if (context.isCommon(lower) || (stem.length >= 4 && stem !== lower && context.isCommon(stem))) {
    return {
      code: 'PASSWORD_COMMON',
      message:
        'Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ; hãy chọn mật khẩu khác (ví dụ một câu dễ nhớ)',
      messageEn: 'This password is on a list of common or leaked passwords; choose another (a memorable sentence, say)',
    };
  }
  const folded = fold(password).replace(/\s+/g, '');
  const personal: string[] = [];
  const email = fold(context.email ?? '').trim();
  if (email) {
    personal.push(email);
    const local = email.split('@')[0] ?? '';
    if (local.length >= 3) personal.push(local);
    personal.push(...local.split(/[._+-]+/).filter((p) => p.length >= 4));
  }
  const name = fold(context.name ?? '').trim();
  if (name) {
    const words = name.split(/\s+/).filter(Boolean);
    if (words.join('').length >= 3) personal.push(words.join(''));
    personal.push(...words.filter((w) => w.length >= 4));
  }
  if (personal.some((p) => folded.includes(p.replace(/\s+/g, '')))) {
    return {
      code: 'PASSWORD_PERSONAL',
      message: 'Mật khẩu không được chứa địa chỉ thư điện tử hay tên của bạn',
      messageEn: 'The password must not contain your e-mail address or your name',
    };
  }
  return null;
}
