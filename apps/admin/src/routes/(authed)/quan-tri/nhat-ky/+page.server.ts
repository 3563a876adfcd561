import { AUDIT_ENTITY_LABELS, auditActionLabel, auditSentence } from '@pcmbn/domain';
import { fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';
import { auditChanges } from './diff';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENTITIES = [
  ['user', 'Người dùng'],
  ['auth', 'Đăng nhập'],
  ['agency', 'Cơ quan'],
  ['area', 'Địa bàn'],
  ['plan', 'Kế hoạch'],
  ['record', 'Kết quả thực hiện'],
  ['report', 'Báo cáo (lập văn bản)'],
  ['report_submission', 'Báo cáo (nộp)'],
  ['content', 'Nội dung'],
  ['kiosk', 'Kiosk'],
] as const;

const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

export const load: PageServerLoad = async ({ url }) => {
  const p = url.searchParams;
  const entity = p.get('entity') ?? '';
  const userId = p.get('user') ?? '';
  const from = p.get('from') ?? '';
  const to = p.get('to') ?? '';
  const page = Math.max(1, Number(p.get('page')) || 1);
  const [result, users] = await Promise.all([
    fromApi((a) =>
      a.audit.list.query({
        page,
        pageSize: 50,
        ...(entity ? { entity } : {}),
        ...(UUID.test(userId) ? { userId } : {}),
        // Days are Vietnamese calendar days: from 00:00 to 23:59:59 in Asia/Ho_Chi_Minh.
        ...(ISO.test(from) ? { from: new Date(`${from}T00:00:00+07:00`) } : {}),
        ...(ISO.test(to) ? { to: new Date(`${to}T23:59:59.999+07:00`) } : {}),
      }),
    ),
    fromApi((a) => a.user.list.query({ includeDisabled: true })),
  ]);
  return {
    filters: { entity, userId, from, to },
    entities: ENTITIES.map(([value, label]) => ({ value, label })),
    users: users.map((u) => ({ id: u.id, email: u.email, name: u.displayName })),
    page: result.page,
    pages: Math.max(1, Math.ceil(result.total / result.pageSize)),
    total: result.total,
    items: result.items.map((r) => ({
      id: r.id,
      at: TIME.format(r.at).replace(',', ''),
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
