import {
  ACTIVITY_TYPE_LABELS,
  KIOSK_ONLINE_WINDOW_MS,
  addDays,
  distinctTitles,
  type ActivityType,
  type Plan,
  todayInHoChiMinh,
} from '@pcmbn/domain';
import { loadAgencies } from '../agencies/load.js';
import { agencyWorksOnActivity } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient, Prisma } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import { planFromRow } from '../db/mappers.js';
import { listPlans } from '../plans/queries.js';
import { planStatus } from '../plans/queries.js';
import { reportAgencyFilter } from '../reports/access.js';
import { dueItems } from '../reports/due.js';
import type { InboxRecord, InboxSummary } from './schemas.js';

/**
 * The officer's inbox (issue 15 item 1): what is waiting for them, in a handful of statements whatever the number of
 * records — counts and the five newest of each list through the records' indexes (status, author), reports from the
 * plan's rules and its submissions, targets from the kept evaluation (tallies), kiosks from their last-seen row.
 */

const SHOWN = 5;
/** Reports falling due within this many days are listed beside the late ones. */
const DUE_WITHIN_DAYS = 30;

type Where = Prisma.ActivityRecordWhereInput;

/** Records located in the user's area: its province, or its district and the district's communes. */
function areaScope(user: AuthUser): Where {
  const scope = user.scopeAreaCode;
  if (scope === null) return {};
  if (scope.length === 2) return { area: { provinceCode: scope } };
  return { area: { OR: [{ code: scope }, { parentCode: scope }] } };
}

const includeNames = {
  area: { select: { name: true } },
  createdBy: { select: { displayName: true } },
} as const;

export async function inboxSummary(db: DbClient, user: AuthUser, asOfInput?: string): Promise<InboxSummary> {
  const asOf = asOfInput ?? todayInHoChiMinh();
  const summaries = await listPlans(db, user, {});
  const rows = await db.plan.findMany({ where: { id: { in: summaries.map((p) => p.id) } } });
  const plans = new Map(rows.map((r) => [r.id, { row: r, plan: planFromRow(r) }]));
  const planIds = [...plans.keys()];
  const ended = (p: Plan, status: string) => status === 'archived' || p.period.to < asOf;
  const running = rows.filter((r) => !ended(plans.get(r.id)!.plan, r.status));
  // A plan's last yearly report falls due after it ends: reports stay in the inbox for a year after, never longer.
  const reporting = rows.filter(
    (r) => r.status !== 'archived' && addDays(plans.get(r.id)!.plan.period.to, 366) >= asOf,
  );

  const activityTitles = new Map<string, Map<string, string>>();
  const titleOf = (planId: string, activityId: string | null, type: string) => {
    const entry = plans.get(planId);
    if (entry && activityId) {
      let titles = activityTitles.get(planId);
      if (!titles) activityTitles.set(planId, (titles = distinctTitles(entry.plan.activities)));
      const title = titles.get(activityId);
      if (title) return title;
    }
    return ACTIVITY_TYPE_LABELS[type as ActivityType]?.vi ?? 'Hoạt động khác';
  };

  const mine: Where = { OR: [{ createdById: user.id }, { submittedById: user.id }, { editorIds: { has: user.id } }] };
  const reviewer = user.role === 'province_admin' || user.role === 'district_officer';
  const toApproveWhere: Where = {
    planId: { in: planIds },
    status: 'submitted',
    ...areaScope(user),
    AND: [
      { NOT: { editorIds: { has: user.id } } },
      { OR: [{ createdById: null }, { createdById: { not: user.id } }] },
      { OR: [{ submittedById: null }, { submittedById: { not: user.id } }] },
    ],
  };
  const lists: Record<'toApprove' | 'returned' | 'drafts' | 'awaitingOthers', Where | null> = {
    toApprove: reviewer ? toApproveWhere : null,
    returned: { planId: { in: planIds }, status: 'rejected', ...mine },
    drafts: { planId: { in: planIds }, status: 'draft', createdById: user.id },
    awaitingOthers: { planId: { in: planIds }, status: 'submitted', ...mine },
  };
  const recordLists = await Promise.all(
    Object.entries(lists).map(async ([key, where]) => {
      if (!where) return [key, { count: 0, items: [] as InboxRecord[] }] as const;
      const [count, found] = await Promise.all([
        db.activityRecord.count({ where }),
        db.activityRecord.findMany({
          where,
          include: includeNames,
          orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
          take: SHOWN,
        }),
      ]);
      const items = found.map((r) => ({
        id: r.id,
        planId: r.planId,
        planTitle: plans.get(r.planId)?.plan.title ?? '',
        date: fromDbDate(r.date),
        areaName: r.area.name,
        what: titleOf(r.planId, r.activityId, r.type),
        enteredBy: r.createdBy?.displayName ?? null,
        reason: r.reason,
      }));
      return [key, { count, items }] as const;
    }),
  );
  const records = Object.fromEntries(recordLists) as Pick<
    InboxSummary,
    'toApprove' | 'returned' | 'drafts' | 'awaitingOthers'
  >;

  const [reports, noDataTargets, kiosksOffline, homeArea] = await Promise.all([
    dueReports(db, user, reporting, plans, asOf),
    targetsWithoutData(db, user, running, plans, asOf),
    offlineKiosks(db, user),
    user.scopeAreaCode
      ? db.area
          .findFirst({
            where: { code: user.scopeAreaCode },
            orderBy: { structure: 'desc' },
            select: { code: true, name: true, provinceCode: true, structure: true },
          })
          .then((a) => (a ? { ...a, structure: fromDbDate(a.structure) } : null))
      : null,
  ]);

  return {
    asOf,
    ...records,
    reports,
    noDataTargets,
    kiosksOffline,
    endedPlans: rows.filter((r) => ended(plans.get(r.id)!.plan, r.status)).map((r) => ({ id: r.id, title: r.title })),
    homeArea,
  };
}

type Plans = Map<string, { row: { id: string; title: string; areaStructure: Date }; plan: Plan }>;

async function dueReports(db: DbClient, user: AuthUser, rows: { id: string }[], plans: Plans, asOf: string) {
  const own = reportAgencyFilter(user);
  if (user.role !== 'province_admin' && own === null) return { count: 0, items: [] };
  const submissions = await db.reportSubmission.findMany({
    where: { planId: { in: rows.map((r) => r.id) }, ...(own ? { agencyId: own } : {}) },
  });
  const all = [];
  for (const { id } of rows) {
    const { plan, row } = plans.get(id)!;
    const agencies = await loadAgencies(db, fromDbDate(row.areaStructure));
    const range = { from: addDays(asOf, -366), to: addDays(asOf, DUE_WITHIN_DAYS), asOf, agencyId: own };
    for (const item of dueItems(
      plan,
      agencies,
      submissions.filter((s) => s.planId === id),
      range,
    )) {
      if (item.group || item.state === 'submitted' || item.state === 'accepted') continue;
      all.push({
        planId: id,
        planTitle: plan.title,
        ruleId: item.ruleId,
        label: item.label,
        periodFrom: item.period.from,
        periodTo: item.period.to,
        dueDate: item.dueDate,
        agencyId: item.agencyId,
        agencyName: item.agencyName,
        toAgencyName: item.toAgencyName,
        late: item.late,
        daysLeft: item.daysLeft,
      });
    }
  }
  all.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.agencyName.localeCompare(b.agencyName, 'vi'));
  return { count: all.length, items: all.slice(0, SHOWN) };
}

async function targetsWithoutData(db: DbClient, user: AuthUser, rows: { id: string }[], plans: Plans, asOf: string) {
  if (user.role === 'viewer') return { count: 0, items: [] };
  const all = [];
  for (const { id } of rows) {
    const { plan } = plans.get(id)!;
    const { results } = await planStatus(db, user, { id, asOf });
    const titles = distinctTitles(plan.targets);
    for (const result of results) {
      if (result.status !== 'no_data') continue;
      const target = plan.targets.find((t) => t.id === result.targetId);
      if (!target) continue;
      // An agency supplies the targets of the activities it works on; area officers those of their area.
      if (user.role === 'agency_officer') {
        const agencyId = user.agencyId;
        const activities = target.activityIds ?? plan.activities.map((a) => a.id);
        if (!agencyId || !activities.some((a) => agencyWorksOnActivity(agencyId, plan, a))) continue;
      }
      all.push({
        planId: id,
        planTitle: plan.title,
        targetId: target.id,
        title: titles.get(target.id) ?? target.title,
      });
    }
  }
  return { count: all.length, items: all.slice(0, SHOWN) };
}

async function offlineKiosks(db: DbClient, user: AuthUser) {
  if (user.role !== 'province_admin' && user.role !== 'district_officer') return { count: 0, items: [] };
  const scope = user.scopeAreaCode;
  const where: Prisma.KioskDeviceWhereInput = {
    status: 'active',
    OR: [{ lastHeartbeatAt: null }, { lastHeartbeatAt: { lt: new Date(Date.now() - KIOSK_ONLINE_WINDOW_MS) } }],
    ...(scope === null
      ? {}
      : scope.length === 2
        ? { provinceCode: scope }
        : { area: { OR: [{ code: scope }, { parentCode: scope }] } }),
  };
  const [count, found] = await Promise.all([
    db.kioskDevice.count({ where }),
    db.kioskDevice.findMany({
      where,
      include: { area: { select: { name: true } } },
      orderBy: [{ lastHeartbeatAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
      take: SHOWN,
    }),
  ]);
  return {
    count,
    items: found.map((k) => ({
      id: k.id,
      name: k.name,
      areaName: k.area?.name ?? '',
      lastHeartbeatAt: k.lastHeartbeatAt,
    })),
  };
}
