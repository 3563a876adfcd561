import { RoleSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { login } from '../auth/login.js';
import { assertPasswordPolicy, hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from '../auth/password.js';
import { revokeSessions, SESSION_COOKIE, SESSION_MAX_MS } from '../auth/session.js';
import { appError } from '../errors.js';
import { serializeCookie } from '../server/request.js';
import { LIMITS } from '../server/rate-limit.js';
import { authedProcedure, createRouter, publicProcedure, rateLimit } from '../trpc.js';

export const MeSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  agencyId: z.string().nullable(),
  scopeAreaCode: z.string().nullable(),
  mustChangePassword: z.boolean(),
});

const EmailSchema = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .pipe(z.email({ error: 'Email không hợp lệ' }));
const PasswordInput = z.string().min(1, { error: 'Nhập mật khẩu' }).max(PASSWORD_MAX_LENGTH);

export const authRouter = createRouter({
  /**
   * Sign in. `transport: 'cookie'` (default, for browsers) sets the httpOnly cookie and returns no token;
   * `'token'` (for the apps' servers, which keep it in their own cookie) returns it and sets no cookie.
   */
  // Not a mutationProcedure: sign-in must record failures (attempts, counters, audit) that survive its error, so
  // it writes on the root client itself, without holding a transaction (src/auth/login.ts).
  login: publicProcedure
    .use(rateLimit('auth.login', LIMITS.login))
    .input(
      z.object({
        email: EmailSchema,
        password: PasswordInput,
        transport: z.enum(['cookie', 'token']).default('cookie'),
      }),
    )
    .output(z.object({ token: z.string().nullable(), expiresAt: z.date(), user: MeSchema }))
    .mutation(async ({ ctx, input }) => {
      const { token, session, user } = await login(ctx, input.email, input.password);
      if (input.transport === 'token') return { token, expiresAt: session.expiresAt, user };
      ctx.setCookie(
        serializeCookie(SESSION_COOKIE, token, { maxAgeSeconds: SESSION_MAX_MS / 1000, secure: ctx.https }),
      );
      return { token: null, expiresAt: session.expiresAt, user };
    }),

  /** Ends this session (the token stops working at once). */
  logout: authedProcedure
    .input(z.void())
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      await ctx.db.session.update({ where: { id: ctx.session.id }, data: { revokedAt: new Date() } });
      if (ctx.tokenSource === 'cookie')
        ctx.setCookie(serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: ctx.https }));
      ctx.audit({ entity: 'session', entityId: ctx.session.id });
      return { ok: true as const };
    }),

  me: authedProcedure
    .input(z.void())
    .output(MeSchema.extend({ sessionExpiresAt: z.date() }))
    .query(({ ctx }) => ({ ...ctx.user, sessionExpiresAt: ctx.session.expiresAt })),

  /** Needs the current password; the new one has 12+ characters and differs. Other sessions are signed out. */
  changePassword: authedProcedure
    .input(z.object({ currentPassword: PasswordInput, newPassword: z.string().max(PASSWORD_MAX_LENGTH) }))
    .output(z.object({ ok: z.literal(true), revokedSessions: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
      if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
        ctx.auditFailure({
          entity: 'user',
          entityId: ctx.user.id,
          action: 'auth.changePassword.failed',
          after: { reason: 'wrong_current_password' },
        });
        const messages = { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' };
        throw appError('BAD_REQUEST', 'WRONG_CURRENT_PASSWORD', messages, [{ path: 'currentPassword', ...messages }]);
      }
      assertPasswordPolicy(input.newPassword, 'newPassword', { email: row.email, name: row.displayName });
      if (input.newPassword === input.currentPassword) {
        const messages = {
          vi: 'Mật khẩu mới phải khác mật khẩu hiện tại',
          en: 'The new password must differ from the current one',
        };
        throw appError('BAD_REQUEST', 'PASSWORD_UNCHANGED', messages, [{ path: 'newPassword', ...messages }]);
      }
      const now = new Date();
      await ctx.db.user.update({
        where: { id: ctx.user.id },
        data: {
          passwordHash: await hashPassword(input.newPassword),
          mustChangePassword: false,
          passwordChangedAt: now,
        },
      });
      const revokedSessions = await revokeSessions(ctx.db, ctx.user.id, ctx.session.id, now);
      ctx.audit({ entity: 'user', entityId: ctx.user.id, after: { mustChangePassword: false, revokedSessions } });
      return { ok: true as const, revokedSessions };
    }),
});
