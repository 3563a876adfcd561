import { z } from 'zod';
import { scopeCodesOfUserProvince } from '../auth/provinces.js';
import { createRouter, permittedProcedure } from '../trpc.js';

const AuditRowSchema = z.object({
  id: z.string(),
  at: z.date(),
  userId: z.string().nullable(),
  userEmail: z.string().nullable(),
  /** The person's name, for the log in words (domain auditSentence). */
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});

export const auditRouter = createRouter({
  /**
   * Newest first. A province admin sees the entries made by users of its province and those about them (e.g. a
   * national admin resetting one's password); sign-in failures of its users are theirs (the row names the account).
   * Anonymous entries (a failed sign-in to an address without an account, an IP block, a kiosk asking for a code)
   * belong to no province: only admins without a scope see them.
   */
  list: permittedProcedure('admin.manage')
    .input(
      z
        .object({
          entity: z.string().max(100).optional(),
          entityId: z.string().max(200).optional(),
          userId: z.uuid().optional(),
          action: z.string().max(200).optional(),
          from: z.date().optional(),
          to: z.date().optional(),
          page: z.number().int().min(1).default(1),
          pageSize: z.number().int().min(1).max(200).default(50),
        })
        .default({ page: 1, pageSize: 50 }),
    )
    .output(
      z.object({
        items: z.array(AuditRowSchema),
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const codes = await scopeCodesOfUserProvince(ctx.db, ctx.user);
      const ownUsers = codes
        ? (await ctx.db.user.findMany({ where: { scopeAreaCode: { in: codes } }, select: { id: true } })).map(
            (u) => u.id,
          )
        : [];
      const where = {
        ...(input.entity ? { entity: input.entity } : {}),
        ...(input.entityId ? { entityId: input.entityId } : {}),
        ...(input.userId ? { userId: input.userId } : {}),
        ...(input.action ? { action: { startsWith: input.action } } : {}),
        ...(input.from || input.to
          ? { at: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lte: input.to } : {}) } }
          : {}),
        ...(codes ? { OR: [{ userId: { in: ownUsers } }, { entity: 'user', entityId: { in: ownUsers } }] } : {}),
      };
      const [rows, total] = await Promise.all([
        ctx.db.auditLog.findMany({
          where,
          orderBy: [{ at: 'desc' }, { id: 'asc' }],
          skip: (input.page - 1) * input.pageSize,
          take: input.pageSize,
          include: { user: { select: { email: true, displayName: true } } },
        }),
        ctx.db.auditLog.count({ where }),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at,
          userId: r.userId,
          userEmail: r.user?.email ?? null,
          userName: r.user?.displayName ?? null,
          action: r.action,
          entity: r.entity,
          entityId: r.entityId,
          before: r.before,
          after: r.after,
          requestId: r.requestId,
          ip: r.ip,
        })),
        total,
        page: input.page,
        pageSize: input.pageSize,
      };
    }),
});
