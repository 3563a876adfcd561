import { api, fromApi, formErrors } from '$lib/server/api';
import { areaOptions } from '$lib/server/areas';
import { ROLE_LABELS, ROLES, type Role } from '@pcmbn/domain';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

export const load: PageServerLoad = async () => {
  const [users, agencies, { provinces: scopes }] = await Promise.all([
    fromApi((a) => a.user.list.query({ includeDisabled: true })),
    fromApi((a) => a.agency.list.query({})),
    // The provinces and districts the admin may scope an account to (a 2016 plan's districts included).
    fromApi((a) => areaOptions(a, { purpose: 'user-scope' })),
  ]);
  const scopeName = new Map(
    scopes.flatMap((s) => [
      [s.code, s.name] as const,
      ...s.districts.map((d) => [d.code, `${d.name} (${s.name})`] as const),
    ]),
  );
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  return {
    users: users.map((u) => ({
      ...u,
      roleLabel: ROLE_LABELS[u.role].vi,
      agencyName: u.agencyId ? (agencyName.get(u.agencyId) ?? u.agencyId) : '',
      scopeName: u.scopeAreaCode ? (scopeName.get(u.scopeAreaCode) ?? u.scopeAreaCode) : 'Mọi tỉnh',
    })),
    agencies: agencies.map((a) => ({ id: a.id, name: a.name, provinceCode: a.provinceCode ?? '' })),
    scopes,
    roles: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r].vi, en: ROLE_LABELS[r].en })),
  };
};

const text = (form: FormData, name: string) => field(form, name).trim();

export const actions: Actions = {
  create: async ({ request }) => {
    const form = await request.formData();
    const values = {
      email: text(form, 'email'),
      displayName: text(form, 'displayName'),
      role: text(form, 'role') as Role,
      agencyId: text(form, 'agencyId') || null,
      scopeAreaCode: text(form, 'scopeAreaCode') || null,
    };
    try {
      const created = await api().user.create.mutate(values);
      return {
        action: 'create' as const,
        created: { email: created.user.email, temporaryPassword: created.temporaryPassword },
      };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { action: 'create' as const, message: e.message, fields: e.fields, values });
    }
  },
  disable: async ({ request }) => {
    const form = await request.formData();
    const id = text(form, 'id');
    const disabled = text(form, 'disabled') !== 'false';
    try {
      const user = await api().user.disable.mutate({ id, disabled });
      return {
        action: 'disable' as const,
        done: `${disabled ? 'Đã vô hiệu hoá' : 'Đã kích hoạt lại'} tài khoản ${user.email}.`,
      };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { action: 'disable' as const, message: e.message });
    }
  },
  reset: async ({ request }) => {
    const form = await request.formData();
    const id = text(form, 'id');
    const email = text(form, 'email');
    try {
      const { temporaryPassword } = await api().user.resetPassword.mutate({ id });
      return { action: 'reset' as const, created: { email, temporaryPassword } };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { action: 'reset' as const, message: e.message });
    }
  },
};
