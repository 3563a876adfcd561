/**
 * The content bundle a kiosk keeps for offline use: everything it shows, in vi/en/km, with the hotline of the day
 * already substituted and articles rendered to safe HTML, so the kiosk needs no server to render a page.
 */
import { isLanguage, todayInHoChiMinh } from '@pcmbn/domain';
import { createHash } from 'node:crypto';
import { toDbDate } from '../db/dates.js';
import type { DbClient } from '../db/client.js';
import { substituteHotline, substituteHotlineDeep } from '../content/hotline.js';
import { renderMarkdown } from '../content/markdown.js';
import type { Contact } from '../generated/prisma/client.js';
import { scheduleOf } from './ops.js';
import type { KioskDeviceContext } from './procedure.js';
import type { Bundle } from './schemas.js';

function contactView(row: Contact) {
  return {
    kind: row.kind,
    number: row.number,
    label: {
      vi: row.labelVi,
      ...(row.labelEn ? { en: row.labelEn } : {}),
      ...(row.labelKm ? { km: row.labelKm } : {}),
    },
    free: row.free,
    ...(row.hours ? { hours: row.hours } : {}),
  };
}

interface QuizData {
  questions?: {
    id: string;
    text: string;
    choices: { id: string; text: string }[];
    answer: string;
    explanation: string;
  }[];
}
interface ArticleData {
  order?: number;
  tags?: string[];
  /** Optional illustrations: `{ url, kind }`. */
  media?: { url: string; kind?: string }[];
}

export async function contentVersion(db: DbClient, provinceCode: string): Promise<number> {
  const releases = await db.contentRelease.findMany({ where: { scope: { in: ['all', provinceCode] } } });
  return releases.reduce((sum, r) => sum + r.version, 0);
}

export async function buildBundle(db: DbClient, device: KioskDeviceContext, now = new Date()): Promise<Bundle> {
  const asOf = todayInHoChiMinh(now);
  const day = toDbDate(asOf);
  const [contacts, commune, province, rows, version] = await Promise.all([
    db.contact.findMany({
      where: {
        AND: [
          { OR: [{ provinceCode: null }, { provinceCode: device.provinceCode }] },
          { OR: [{ validFrom: null }, { validFrom: { lte: day } }] },
          { OR: [{ validTo: null }, { validTo: { gte: day } }] },
        ],
      },
      orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }],
    }),
    db.area.findUnique({ where: { code_structure: { code: device.areaCode, structure: device.areaStructure } } }),
    db.area.findFirst({ where: { code: device.provinceCode, level: 'province' }, orderBy: { structure: 'desc' } }),
    db.content.findMany({
      where: {
        status: 'published',
        kind: { in: ['article', 'quiz', 'media'] },
        OR: [{ provinceCode: null }, { provinceCode: device.provinceCode }],
      },
      orderBy: [{ slug: 'asc' }, { lang: 'asc' }],
      include: { audio: { select: { id: true, part: true, source: true }, orderBy: { part: 'asc' } } },
    }),
    contentVersion(db, device.provinceCode),
  ]);

  const hotlineRow = contacts.find((c) => c.kind === 'national_hotline' && c.provinceCode === null) ?? null;
  // Never a number of our own: without a hotline in force the placeholder stays visible rather than wrong.
  const hotline = hotlineRow?.number ?? '{{hotline}}';

  const articles: Bundle['articles'] = [];
  const quiz: Bundle['quiz'] = [];
  const media: Bundle['media'] = [];
  const audio: Bundle['audio'] = [];
  for (const row of rows) {
    if (!isLanguage(row.lang)) continue;
    const lang = row.lang;
    const withAudio = (kind: 'article' | 'quiz') => {
      for (const a of row.audio) audio.push({ id: a.id, kind, slug: row.slug, lang, part: a.part, source: a.source });
    };
    if (row.kind === 'article') {
      const data = (row.data ?? {}) as ArticleData;
      // A content set other than 'default' shows the articles tagged with its name.
      if (device.contentSet !== 'default' && !(data.tags ?? []).includes(device.contentSet)) continue;
      articles.push({
        slug: row.slug,
        lang: row.lang,
        title: row.title,
        summary: row.summary,
        category: row.category,
        order: data.order ?? 0,
        html: renderMarkdown(substituteHotline(row.body, hotline)),
        reviewNeeded: row.reviewNeeded,
        schedule: scheduleOf(row.data),
      });
      withAudio('article');
      for (const m of data.media ?? [])
        media.push({ url: m.url, kind: m.kind === 'video' ? 'video' : 'image', slug: row.slug });
    } else if (row.kind === 'quiz') {
      const data = substituteHotlineDeep((row.data ?? {}) as QuizData, hotline);
      quiz.push({
        lang: row.lang,
        id: row.slug,
        title: row.title,
        reviewNeeded: row.reviewNeeded,
        questions: data.questions ?? [],
      });
      withAudio('quiz');
    } else if (row.kind === 'media') {
      const data = (row.data ?? {}) as { url?: string; kind?: string };
      if (data.url) media.push({ url: data.url, kind: data.kind === 'video' ? 'video' : 'image', slug: row.slug });
    }
  }
  articles.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

  const body = {
    version,
    asOf,
    kiosk: {
      name: device.name,
      commune: commune?.name ?? device.areaCode,
      province: province?.name ?? device.provinceCode,
      contentSet: device.contentSet,
    },
    hotline: hotlineRow ? contactView(hotlineRow) : null,
    emergency: contacts.filter((c) => c.kind === 'emergency').map(contactView),
    local: contacts.filter((c) => c.provinceCode === device.provinceCode).map(contactView),
    articles,
    quiz,
    media: [...new Map(media.map((m) => [m.url, m])).values()],
    audio,
  };
  const etag = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22);
  return { ...body, etag, generatedAt: now.toISOString() };
}
