import {
  AreaCodeSchema,
  IsoDateSchema,
  LanguageSchema,
  ProvinceCodeSchema,
  type Language,
  todayInHoChiMinh,
} from '@pcmbn/domain';
import { z } from 'zod';
import { provinceStatuses, ProvinceStatusSchema, successionOf, SuccessionSchema } from '../areas/successions.js';
import { publicPlanProgress, PublicPlanProgressSchema } from '../content/progress.js';
import { ContactSchema, currentContacts } from '../content/contacts.js';
import { eventInYear, isPublicEvent, PublicEventSchema } from '../content/events.js';
import { nationalHotlineOn } from '../content/hotline.js';
import { SearchIndex, searchIndexOf } from '../content/search.js';
import { publicVersions, PublicVersionsSchema } from '../content/versions.js';
import {
  articleOf,
  ArticleSchema,
  ArticleSummarySchema,
  byOrder,
  plainTextOf,
  summaryOf,
  withFallback,
} from '../content/views.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import { notFound } from '../errors.js';
import { LIMITS } from '../server/rate-limit.js';
import { createRouter, publicCached, publicProcedure } from '../trpc.js';

/**
 * The public read API (issue 4): what the public site and the kiosks show. Published content only, the same answer
 * for everyone (so cacheable: src/content/cache.ts), rate-limited per IP when not answered from memory, and nothing personal — no user, record
 * note, attachment or e-mail is ever selected here.
 */
const publicRead = publicProcedure.use(publicCached('public', LIMITS.publicRead));

const SlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: 'Slug chỉ gồm chữ thường không dấu, số và "-"' });
const CategorySchema = z.string().regex(/^[a-z_]{1,40}$/);

/** Placeholder when no hotline row covers the day: the texts stay readable ("đường dây nóng"). */
const NO_HOTLINE = '111';

async function hotlineToday(db: DbClient, asOf = todayInHoChiMinh()) {
  return (await nationalHotlineOn(db, asOf)) ?? NO_HOTLINE;
}

function published(db: DbClient, where: { kind: string; lang: Language; category?: string; slug?: string }) {
  return db.content.findMany({
    where: {
      kind: where.kind,
      status: 'published',
      lang: where.lang === 'vi' ? 'vi' : { in: [where.lang, 'vi'] },
      ...(where.category ? { category: where.category } : {}),
      ...(where.slug ? { slug: where.slug } : {}),
    },
  });
}

async function eventsOf(db: DbClient, lang: Language, years: number[], hotline: string, provinceCode?: string) {
  const rows = withFallback(await published(db, { kind: 'event', lang }), lang).filter(
    (row) => isPublicEvent(row) && (row.provinceCode === null || !provinceCode || row.provinceCode === provinceCode),
  );
  return years
    .flatMap((year) => rows.map((row) => eventInYear(row, year, lang, hotline)))
    .filter((e): e is NonNullable<typeof e> => e !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'vi'));
}

const LangInput = { lang: LanguageSchema.default('vi') };

/** public.search's input; also read by src/server/prepared-search.ts, which answers it before tRPC. */
export const SearchInputSchema = z.object({ q: z.string().trim().min(1).max(200), ...LangInput });

export const SearchAnswerSchema = z.object({
  q: z.string(),
  hits: z.array(
    z.object({
      slug: z.string(),
      kind: z.string(),
      category: z.string().nullable(),
      title: z.string(),
      summary: z.string().nullable(),
      score: z.number(),
      snippet: z.string(),
      fallback: z.boolean(),
    }),
  ),
});

/**
 * A search of the published articles. A new term each time costs a lookup in the language's index, rebuilt only
 * when the published texts or the hotline written into them change (content and contacts versions, the day): no
 * query per search.
 */
export async function searchPublished(
  db: DbClient,
  input: z.output<typeof SearchInputSchema>,
): Promise<z.output<typeof SearchAnswerSchema>> {
  const versions = await publicVersions(db);
  const stamp = `${todayInHoChiMinh()}|${versions.content}|${versions.contacts}`;
  const { index, fallbackSlugs } = await searchIndexOf(db, input.lang, stamp, async () => {
    const [rows, hotline] = await Promise.all([published(db, { kind: 'article', lang: input.lang }), hotlineToday(db)]);
    const docs = withFallback(rows, input.lang);
    return {
      index: new SearchIndex(
        docs.map((r) => ({
          slug: r.slug,
          kind: r.kind,
          category: r.category,
          title: r.title,
          summary: r.summary,
          text: plainTextOf(r, hotline),
        })),
      ),
      fallbackSlugs: new Set(docs.filter((r) => r.lang !== input.lang).map((r) => r.slug)),
    };
  });
  const hits = index.search(input.q);
  return { q: input.q, hits: hits.map((h) => ({ ...h, fallback: fallbackSlugs.has(h.slug) })) };
}

export const publicRouter = createRouter({
  /**
   * One version per kind of public entity (content, contacts, areas, agencies, plans, progress): the public site
   * polls it and renders a page again only when a kind the page shows has moved. Not rate-limited and not in the
   * answer cache: one query per 100 ms however many ask (src/content/versions.ts).
   */
  version: publicProcedure
    .input(z.void())
    .output(z.object({ versions: PublicVersionsSchema }))
    .query(async ({ ctx }) => ({ versions: await publicVersions(ctx.db) })),

  home: publicRead
    .input(z.object({ ...LangInput, provinceCode: ProvinceCodeSchema.optional() }).default({ lang: 'vi' }))
    .output(
      z.object({
        asOf: IsoDateSchema,
        hotline: ContactSchema.nullable(),
        emergency: z.array(ContactSchema),
        featured: z.array(ArticleSummarySchema),
        upcomingEvents: z.array(PublicEventSchema),
      }),
    )
    .query(async ({ ctx, input }) => {
      const asOf = todayInHoChiMinh();
      const year = Number(asOf.slice(0, 4));
      const [contacts, articles, hotline] = await Promise.all([
        currentContacts(ctx.db, asOf, input.provinceCode),
        published(ctx.db, { kind: 'article', lang: input.lang }),
        hotlineToday(ctx.db, asOf),
      ]);
      const events = await eventsOf(ctx.db, input.lang, [year, year + 1], hotline, input.provinceCode);
      return {
        asOf,
        hotline: contacts.find((c) => c.kind === 'national_hotline') ?? null,
        emergency: contacts.filter((c) => c.kind === 'emergency'),
        featured: withFallback(articles, input.lang)
          .map((r) => summaryOf(r, input.lang))
          .sort(byOrder)
          .slice(0, 4),
        upcomingEvents: events.filter((e) => (e.window?.to ?? e.date) >= asOf).slice(0, 3),
      };
    }),

  articles: publicRead
    .input(z.object({ ...LangInput, category: CategorySchema.optional() }).default({ lang: 'vi' }))
    .output(z.array(ArticleSummarySchema))
    .query(async ({ ctx, input }) => {
      const rows = await published(ctx.db, {
        kind: 'article',
        lang: input.lang,
        ...(input.category ? { category: input.category } : {}),
      });
      return withFallback(rows, input.lang)
        .map((r) => summaryOf(r, input.lang))
        .sort(byOrder);
    }),

  /** The article in the asked language, else its Vietnamese version with `fallback: true`. */
  article: publicRead
    .input(z.object({ slug: SlugSchema, ...LangInput }))
    .output(ArticleSchema)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.content.findMany({
        where: { slug: input.slug, status: 'published', kind: { in: ['article', 'hotline_page'] } },
      });
      const row = rows.find((r) => r.lang === input.lang) ?? rows.find((r) => r.lang === 'vi');
      if (!row) throw notFound({ vi: 'bài viết', en: 'Article' }, input.slug);
      const languages = LanguageSchema.options.filter((l) => rows.some((r) => r.lang === l));
      return articleOf(row, input.lang, await hotlineToday(ctx.db), languages);
    }),

  search: publicRead
    .input(SearchInputSchema)
    .output(SearchAnswerSchema)
    .query(({ ctx, input }) => searchPublished(ctx.db, input)),

  events: publicRead
    .input(
      z
        .object({
          ...LangInput,
          year: z.number().int().min(2000).max(2100).optional(),
          provinceCode: ProvinceCodeSchema.optional(),
        })
        .default({ lang: 'vi' }),
    )
    .output(z.object({ year: z.number().int(), events: z.array(PublicEventSchema) }))
    .query(async ({ ctx, input }) => {
      const year = input.year ?? Number(todayInHoChiMinh().slice(0, 4));
      return {
        year,
        events: await eventsOf(ctx.db, input.lang, [year], await hotlineToday(ctx.db), input.provinceCode),
      };
    }),

  /**
   * Today's provinces, and former ones that have published plans (their plans stay under their own units), each
   * saying which province it is now part of or which former provinces it includes.
   */
  provinces: publicRead
    .input(z.void())
    .output(z.array(ProvinceStatusSchema.extend({ publishedPlans: z.number().int() })))
    .query(async ({ ctx }) => {
      const [statuses, plans] = await Promise.all([
        provinceStatuses(ctx.db, todayInHoChiMinh()),
        ctx.db.plan.groupBy({ by: ['provinceCode'], where: { status: 'published' }, _count: { _all: true } }),
      ]);
      const counts = new Map(plans.map((p) => [p.provinceCode, p._count._all]));
      return statuses
        .map((s) => ({ ...s, publishedPlans: counts.get(s.code) ?? 0 }))
        .filter((s) => s.current || s.publishedPlans > 0)
        .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    }),

  /** The administrative structures (dates) a province has units for, newest first, with their unit counts. */
  areaStructures: publicRead
    .input(z.object({ provinceCode: ProvinceCodeSchema }))
    .output(z.array(z.object({ structure: IsoDateSchema, districts: z.number().int(), communes: z.number().int() })))
    .query(async ({ ctx, input }) => {
      const groups = await ctx.db.area.groupBy({
        by: ['structure', 'level'],
        where: { provinceCode: input.provinceCode },
        _count: { _all: true },
      });
      const byStructure = new Map<string, { structure: string; districts: number; communes: number }>();
      for (const g of groups) {
        const structure = fromDbDate(g.structure);
        const entry = byStructure.get(structure) ?? { structure, districts: 0, communes: 0 };
        if (g.level === 'district') entry.districts = g._count._all;
        if (g.level === 'commune') entry.communes = g._count._all;
        byStructure.set(structure, entry);
      }
      return [...byStructure.values()].sort((a, b) => b.structure.localeCompare(a.structure));
    }),

  /** What a unit of any stored structure became by `asOf` (default today), following the stored links. */
  areaSuccessors: publicRead
    .input(z.object({ code: AreaCodeSchema, structure: IsoDateSchema, asOf: IsoDateSchema.optional() }))
    .output(SuccessionSchema)
    .query(async ({ ctx, input }) => {
      const view = await successionOf(ctx.db, input.code, input.structure, input.asOf ?? todayInHoChiMinh());
      if (!view) throw notFound({ vi: 'địa bàn', en: 'Area' }, `${input.code} (${input.structure})`);
      return view;
    }),

  planProgress: publicRead
    .input(z.object({ provinceCode: ProvinceCodeSchema, asOf: IsoDateSchema.optional() }))
    .output(PublicPlanProgressSchema)
    // asOf is snapped to a closed quarter (issue 12 item 5): asking for any other day gives the same answer.
    .query(({ ctx, input }) => {
      const today = todayInHoChiMinh();
      return publicPlanProgress(ctx.db, input.provinceCode, input.asOf ?? today, today);
    }),

  contacts: publicRead
    .input(z.object({ provinceCode: ProvinceCodeSchema.optional(), asOf: IsoDateSchema.optional() }).default({}))
    .output(z.object({ asOf: IsoDateSchema, contacts: z.array(ContactSchema) }))
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? todayInHoChiMinh();
      return { asOf, contacts: await currentContacts(ctx.db, asOf, input.provinceCode) };
    }),
});
