import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, PASSWORD, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';

/** Issue 12.10: weak passwords were accepted — `aaaaaaaaaaaa`, `password1234`, the user's own e-mail. */

let t: AuthTestApi;
beforeAll(async () => {
  t = await startAuthTestApi();
});
afterAll(() => t.close());

async function refusal(
  newPassword: string,
  email = `nguyen.van.binh.${Math.random().toString(36).slice(2, 8)}@test.local`,
) {
  const u = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12', email });
  await t.db.user.update({ where: { id: u.id }, data: { displayName: 'Nguyễn Văn Bình' } });
  const { api } = await signIn(t, u.email);
  return apiError(api.auth.changePassword.mutate({ currentPassword: PASSWORD, newPassword }));
}

describe('auth.changePassword refuses weak passwords', () => {
  it('one character repeated', async () => {
    const e = await refusal('aaaaaaaaaaaa');
    expect(e).toMatchObject({ httpStatus: 400, appCode: 'PASSWORD_REPEATED' });
    expect(e.fields[0]).toMatchObject({ path: 'newPassword' });
  });

  it('a common or breached password, whatever its case', async () => {
    expect((await refusal('password1234')).appCode).toBe('PASSWORD_COMMON');
    expect((await refusal('PassWord1234')).appCode).toBe('PASSWORD_COMMON');
  });

  it('the e-mail address, its local part, or the name', async () => {
    const email = 'tranthihoa.lc@test.local';
    expect((await refusal(email, email)).appCode).toBe('PASSWORD_PERSONAL');
    const name = await refusal('nguyenvanbinh@@2026');
    expect(name.appCode).toBe('PASSWORD_PERSONAL');
    expect(name.messages.vi).toMatch(/tên/);
  });

  it('counts code points, not UTF-16 units: six emoji are six characters', async () => {
    const e = await refusal('🙂🙃😀😁😂🤣');
    expect(e.appCode).toBe('PASSWORD_TOO_SHORT');
  });

  it('accepts a long uncommon passphrase', async () => {
    const u = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const { api } = await signIn(t, u.email);
    await api.auth.changePassword.mutate({ currentPassword: PASSWORD, newPassword: 'mây trắng bay qua đèo Ô Quy Hồ' });
  });
});
