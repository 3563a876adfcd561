import { AUDIT_ENTITY_LABELS, auditActionLabel, auditSentence, formatDateTimeVi, parseDateCell } from '@pcmbn/domain';
import { fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';
import { auditChanges } from './diff';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The filter's choices, worded as the log's own entity column (the domain's labels). */
const ENTITIES = [
  'user',
  'auth',
  'agency',
  'area',
  'plan',
  'record',
  'report',
  'report_submission',
  'content',
  'kiosk',
];
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const load: PageServerLoad = async ({ url }) => {
  const p = url.searchParams;
  const entity = p.get('entity') ?? '';
  const userId = p.get('user') ?? '';
  const from = p.get('from') ?? '';
  const to = p.get('to') ?? '';
  // Typed dd/mm/yyyy in the filter (an old link may carry yyyy-mm-dd).
  const fromDay = parseDateCell(from);
  const toDay = parseDateCell(to);
  const page = Math.max(1, Number(p.get('page')) || 1);
  const [result, users] = await Promise.all([
    fromApi((a) =>
      a.audit.list.query({
        page,
        pageSize: 50,
        ...(entity ? { entity } : {}),
        ...(UUID.test(userId) ? { userId } : {}),
        // Days are Vietnamese calendar days: from 00:00 to 23:59:59 in Asia/Ho_Chi_Minh.
        ...(fromDay ? { from: new Date(`${fromDay}T00:00:00+07:00`) } : {}),
        ...(toDay ? { to: new Date(`${toDay}T23:59:59.999+07:00`) } : {}),
      }),
    ),
    fromApi((a) => a.user.list.query({ includeDisabled: true })),
  ]);
  return {
    filters: { entity, userId, from, to },
    entities: ENTITIES.map((value) => ({ value, label: capitalised(AUDIT_ENTITY_LABELS[value]?.vi ?? value) })),
    users: users.map((u) => ({ id: u.id, email: u.email, name: u.displayName })),
    page: result.page,
    pages: Math.max(1, Math.ceil(result.total / result.pageSize)),
    total: result.total,
    items: result.items.map((r) => ({
      id: r.id,
      at: formatDateTimeVi(r.at),
      user: r.userName ?? r.userEmail ?? '(không đăng nhập)',
      userEmail: r.userEmail ?? '',
      sentence: auditSentence(r.userName ?? r.userEmail, r.action),
      actionLabel: auditActionLabel(r.action).vi,
      action: r.action,
      entity: AUDIT_ENTITY_LABELS[r.entity]?.vi ?? r.entity,
      entityId: r.entityId ?? '',
      requestId: r.requestId ?? '',
      ip: r.ip ?? '',
      changes: auditChanges(r.before, r.after),
    })),
  };
};
