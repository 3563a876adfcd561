import { z } from 'zod';
import { IsoDateSchema } from '@pcmbn/domain';

const IsoDate = IsoDateSchema;

/** A record in one of the inbox's lists: what an officer reads to know which one it is, never a code. */
export const InboxRecordSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  date: IsoDate,
  areaName: z.string(),
  /** The plan's activity title (with its year when two activities share it), or the kind of work. */
  what: z.string(),
  /** Who entered it (the approval list) — a name. */
  enteredBy: z.string().nullable(),
  /** Why it was returned (the returned list). */
  reason: z.string().nullable(),
});

export const InboxReportSchema = z.object({
  planId: z.string(),
  planTitle: z.string(),
  ruleId: z.string(),
  label: z.string(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  dueDate: IsoDate,
  agencyId: z.string(),
  agencyName: z.string(),
  toAgencyName: z.string(),
  late: z.boolean(),
  daysLeft: z.number().int(),
});

export const InboxTargetSchema = z.object({
  planId: z.string(),
  planTitle: z.string(),
  targetId: z.string(),
  title: z.string(),
});

export const InboxKioskSchema = z.object({
  id: z.string(),
  name: z.string(),
  areaName: z.string(),
  lastHeartbeatAt: z.date().nullable(),
});

const list = <T extends z.ZodType>(item: T) => z.object({ count: z.number().int(), items: z.array(item) });

export const InboxSummarySchema = z.object({
  asOf: IsoDate,
  /** Submitted records of my scope that I may approve (four eyes: someone else entered and submitted them). */
  toApprove: list(InboxRecordSchema),
  /** My records sent back to me, with the reason. */
  returned: list(InboxRecordSchema),
  /** My drafts, not yet submitted. */
  drafts: list(InboxRecordSchema),
  /** My submitted records, waiting for another officer. */
  awaitingOthers: list(InboxRecordSchema),
  /** Reports of my agency (all senders for a province admin) due within 30 days or late, of running plans. */
  reports: list(InboxReportSchema),
  /** Targets of running plans with no data yet, which I can supply. */
  noDataTargets: list(InboxTargetSchema),
  /** Paired kiosks in my area that have not been heard from. */
  kiosksOffline: list(InboxKioskSchema),
  /** Plans that ended (or were archived): left out of the lists above, still reachable. */
  endedPlans: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The officer's own area (a district officer's district), for pages that default to it. */
  homeArea: z.object({ code: z.string(), name: z.string(), provinceCode: z.string(), structure: IsoDate }).nullable(),
});

export type InboxSummary = z.infer<typeof InboxSummarySchema>;
export type InboxRecord = z.infer<typeof InboxRecordSchema>;
