import { AreaCodeSchema, RoleSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { generatePassword, hashPassword } from '../auth/password.js';
import { revokeSessions, type AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { appError, forbidden, notFound } from '../errors.js';
import type { User } from '../generated/prisma/client.js';
import { createRouter, permittedProcedure } from '../trpc.js';
import { provinceOfArea, scopeCodesOfUserProvince } from '../auth/provinces.js';

export const UserSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  agencyId: z.string().nullable(),
  scopeAreaCode: z.string().nullable(),
  mustChangePassword: z.boolean(),
  disabledAt: z.date().nullable(),
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
});

function summary(row: User): z.infer<typeof UserSummarySchema> {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    agencyId: row.agencyId,
    scopeAreaCode: row.scopeAreaCode,
    mustChangePassword: row.mustChangePassword,
    disabledAt: row.disabledAt,
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  };
}

const USER = { vi: 'người dùng', en: 'User' };

/** An admin scoped to a province manages only accounts inside it; an admin without scope manages all. */
async function manages(db: DbClient, admin: AuthUser, scopeAreaCode: string | null): Promise<boolean> {
  if (admin.scopeAreaCode === null) return true;
  if (scopeAreaCode === null) return false;
  return (await provinceOfArea(db, scopeAreaCode)) === (await provinceOfArea(db, admin.scopeAreaCode));
}

function field(path: string, vi: string, en: string) {
  return appError('BAD_REQUEST', 'INVALID_INPUT', { vi, en }, [{ path, vi, en }]);
}

/** Role, agency and scope fit together and name things that exist. */
async function checkAssignment(
  db: DbClient,
  admin: AuthUser,
  value: { role: User['role']; agencyId: string | null; scopeAreaCode: string | null },
): Promise<void> {
  if (value.scopeAreaCode !== null) {
    const area = await db.area.findFirst({ where: { code: value.scopeAreaCode }, orderBy: { structure: 'desc' } });
    if (!area)
      throw field(
        'scopeAreaCode',
        `Không có địa bàn mã "${value.scopeAreaCode}"`,
        `No area with code "${value.scopeAreaCode}"`,
      );
    if (value.role === 'district_officer' && area.level !== 'district') {
      throw field('scopeAreaCode', 'Cán bộ huyện phải gắn với một huyện', 'A district officer is scoped to a district');
    }
    if (value.role !== 'district_officer' && area.level !== 'province') {
      throw field('scopeAreaCode', 'Vai trò này gắn với một tỉnh', 'This role is scoped to a province');
    }
  } else if (admin.scopeAreaCode !== null || value.role === 'district_officer') {
    throw field('scopeAreaCode', 'Chọn địa bàn của tài khoản', 'Choose the account’s area');
  }
  if (value.role === 'agency_officer' && !value.agencyId) {
    throw field('agencyId', 'Cán bộ cơ quan phải thuộc một cơ quan', 'An agency officer belongs to an agency');
  }
  if (value.agencyId) {
    const agency = await db.agency.findUnique({ where: { id: value.agencyId }, select: { provinceCode: true } });
    if (!agency) throw field('agencyId', `Không có cơ quan "${value.agencyId}"`, `No agency "${value.agencyId}"`);
    // The agency is national or of the account's own province (a Trà Vinh account never acts for Lai Châu's).
    const province = value.scopeAreaCode === null ? null : await provinceOfArea(db, value.scopeAreaCode);
    if (agency.provinceCode !== null && province !== null && agency.provinceCode !== province) {
      throw field(
        'agencyId',
        `Cơ quan "${value.agencyId}" không thuộc tỉnh của tài khoản (phải là cơ quan trung ương hoặc của tỉnh đó)`,
        `Agency "${value.agencyId}" is not of the account’s province (it must be national or of that province)`,
      );
    }
  }
  if (!(await manages(db, admin, value.scopeAreaCode)))
    throw forbidden({ vi: 'Địa bàn ngoài phạm vi quản lý của bạn', en: 'That area is outside your scope' });
}

async function loadManaged(db: DbClient, admin: AuthUser, id: string): Promise<User> {
  const row = await db.user.findUnique({ where: { id } });
  if (!row || !(await manages(db, admin, row.scopeAreaCode))) throw notFound(USER, id);
  return row;
}

const IdInput = z.object({ id: z.uuid() });

export const userRouter = createRouter({
  list: permittedProcedure('admin.manage')
    .input(z.object({ includeDisabled: z.boolean().default(true) }).default({ includeDisabled: true }))
    .output(z.array(UserSummarySchema))
    .query(async ({ ctx, input }) => {
      const codes = await scopeCodesOfUserProvince(ctx.db, ctx.user);
      const rows = await ctx.db.user.findMany({
        where: {
          ...(codes ? { scopeAreaCode: { in: codes } } : {}),
          ...(input.includeDisabled ? {} : { disabledAt: null }),
        },
        orderBy: [{ email: 'asc' }],
      });
      return rows.map(summary);
    }),

  /** Creates an account with a random temporary password, returned once; the user must change it at first sign-in. */
  create: permittedProcedure('admin.manage')
    .input(
      z.object({
        email: z
          .string()
          .trim()
          .toLowerCase()
          .pipe(z.email({ error: 'Email không hợp lệ' })),
        displayName: z.string().trim().min(1).max(200),
        role: RoleSchema,
        agencyId: z.string().min(1).nullable().default(null),
        scopeAreaCode: AreaCodeSchema.nullable().default(null),
      }),
    )
    .output(z.object({ user: UserSummarySchema, temporaryPassword: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await checkAssignment(ctx.db, ctx.user, input);
      if (await ctx.db.user.findUnique({ where: { email: input.email } })) {
        const messages = {
          vi: `Email "${input.email}" đã có tài khoản`,
          en: `"${input.email}" already has an account`,
        };
        throw appError('CONFLICT', 'EMAIL_TAKEN', messages, [{ path: 'email', ...messages }]);
      }
      const temporaryPassword = generatePassword();
      const row = await ctx.db.user.create({
        data: { ...input, passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true },
      });
      ctx.audit({ entity: 'user', entityId: row.id, after: summary(row) });
      return { user: summary(row), temporaryPassword };
    }),

  update: permittedProcedure('admin.manage')
    .input(
      z.object({
        id: z.uuid(),
        displayName: z.string().trim().min(1).max(200).optional(),
        role: RoleSchema.optional(),
        agencyId: z.string().min(1).nullable().optional(),
        scopeAreaCode: AreaCodeSchema.nullable().optional(),
      }),
    )
    .output(UserSummarySchema)
    .mutation(async ({ ctx, input }) => {
      const before = await loadManaged(ctx.db, ctx.user, input.id);
      const next = {
        role: input.role ?? before.role,
        agencyId: input.agencyId === undefined ? before.agencyId : input.agencyId,
        scopeAreaCode: input.scopeAreaCode === undefined ? before.scopeAreaCode : input.scopeAreaCode,
      };
      if (before.id === ctx.user.id && next.role !== 'province_admin') {
        throw forbidden({
          vi: 'Bạn không thể tự bỏ quyền quản trị của mình',
          en: 'You cannot remove your own admin role',
        });
      }
      await checkAssignment(ctx.db, ctx.user, next);
      const row = await ctx.db.user.update({
        where: { id: input.id },
        data: { ...next, ...(input.displayName ? { displayName: input.displayName } : {}) },
      });
      // A changed role or scope takes effect now: sessions carry no cached rights, but sign the user out anyway.
      if (next.role !== before.role || next.scopeAreaCode !== before.scopeAreaCode)
        await revokeSessions(ctx.db, row.id);
      ctx.audit({ entity: 'user', entityId: row.id, before: summary(before), after: summary(row) });
      return summary(row);
    }),

  /** Disables (or re-enables) an account; disabling signs it out everywhere. */
  disable: permittedProcedure('admin.manage')
    .input(IdInput.extend({ disabled: z.boolean().default(true) }))
    .output(UserSummarySchema)
    .mutation(async ({ ctx, input }) => {
      const before = await loadManaged(ctx.db, ctx.user, input.id);
      if (before.id === ctx.user.id)
        throw forbidden({
          vi: 'Bạn không thể tự vô hiệu hoá tài khoản của mình',
          en: 'You cannot disable your own account',
        });
      const row = await ctx.db.user.update({
        where: { id: input.id },
        data: { disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null },
      });
      if (input.disabled) await revokeSessions(ctx.db, row.id);
      ctx.audit({ entity: 'user', entityId: row.id, before: summary(before), after: summary(row) });
      return summary(row);
    }),

  /** Sets a random temporary password (returned once), requires a change at next sign-in, signs the user out, unlocks. */
  resetPassword: permittedProcedure('admin.manage')
    .input(IdInput)
    .output(z.object({ temporaryPassword: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const before = await loadManaged(ctx.db, ctx.user, input.id);
      const temporaryPassword = generatePassword();
      const row = await ctx.db.user.update({
        where: { id: input.id },
        data: {
          passwordHash: await hashPassword(temporaryPassword),
          mustChangePassword: true,
          failedLoginCount: 0,
          lockedUntil: null,
        },
      });
      await revokeSessions(ctx.db, row.id);
      ctx.audit({ entity: 'user', entityId: row.id, before: summary(before), after: summary(row) });
      return { temporaryPassword };
    }),
});
