import { ActivityTypeSchema, KNOWN_AREA_TAGS } from '@pcmbn/domain';
import { asAdmin, readyAccount, signInApi, type Account } from '@pcmbn/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { OFFICER_PASSWORD, officer, signIn } from './auth';

/**
 * Issue 15 item 3, done when: no page of the admin console shows a raw area code, agency id, activity-type key, area
 * tag key or ISO month. Crawls every page the navigation reaches, and one of each detail page (a plan, a record, a
 * report, an agency, an area, the account), as a national admin, a province admin, a province agency officer and a
 * district officer; English tags (lang="en"), small print (<small>: where administrators use the
 * codes) and a code in parentheses after a name (what officers search by) are left out.
 */
test.describe.configure({ timeout: 600_000 });

interface Codes {
  areas: string[];
  agencies: string[];
}

let codes: Promise<Codes> | undefined;

function loadCodes(): Promise<Codes> {
  codes ??= asAdmin(async (api) => {
    const areas = new Set<string>();
    for (const id of ['lc2228', 'tv651']) {
      const plan = await api.plan.get.query({ id });
      const structure = plan.plan.areaStructure;
      for (const a of await api.area.list.query({ provinceCode: plan.plan.provinceCode, structure })) {
        // Province codes are two digits, as common as any number: communes and districts are what pages leak.
        if (a.code.length >= 3) areas.add(a.code);
      }
    }
    // Agencies other tests make in the same stack carry their id in their test name: only real agencies count.
    const agencies = (await api.agency.list.query({})).map((a) => a.id).filter((id) => !id.includes('-e2e-'));
    return { areas: [...areas], agencies };
  });
  return codes;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a person reads on the page, without English tags, and the findings in it. */
async function findingsOn(page: Page, { areas, agencies }: Codes): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[lang="en"], small, script, style, template')) el.remove();
    document.body.append(clone);
    clone.style.position = 'absolute';
    const shown = clone.innerText;
    clone.remove();
    return shown;
  });
  // "Thị trấn Phong Thổ — Huyện Phong Thổ (03549)": the code as small print after its name is allowed.
  const plain = text.replace(/\s\(\d{3,5}\)/g, '');
  const found: string[] = [];
  const words = plain.match(/[\p{L}\p{N}_-]+/gu) ?? [];
  const areaSet = new Set(areas);
  const agencySet = new Set(agencies);
  const keys = new Set<string>([...ActivityTypeSchema.options, ...KNOWN_AREA_TAGS]);
  for (const w of words) {
    if (/^\d{5}$/.test(w) && areaSet.has(w)) found.push(`mã địa bàn ${w}`);
    if (agencySet.has(w)) found.push(`mã cơ quan ${w}`);
    if (keys.has(w) && w.includes('_')) found.push(`khóa ${w}`);
  }
  for (const m of plain.matchAll(/\b\d{4}-\d{2}\b/g)) found.push(`tháng ISO ${m[0]}`);
  for (const key of keys) {
    if (!key.includes('_') && new RegExp(`(?<![\\p{L}_-])${escape(key)}(?![\\p{L}_-])`, 'u').test(plain))
      found.push(`khóa ${key}`);
  }
  return [...new Set(found)];
}

/** Every page the navigation links to, and the links one level below each (lists to their items, first of each). */
async function crawl(page: Page, details: string[], codeList: Codes): Promise<string[]> {
  const findings: string[] = [];
  await page.goto('/');
  const nav = await page
    .getByRole('navigation', { name: 'Chức năng chính' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const sub = new Set<string>();
  for (const path of nav) {
    await page.goto(path);
    for (const f of await findingsOn(page, codeList)) findings.push(`${path}: ${f}`);
    const below = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const p of below) if (p.startsWith(`${path}/`) && !p.includes('dang-xuat')) sub.add(p);
  }
  // One page of each kind below a section (the first /ke-hoach/<id>, /quan-tri/co-quan/<id>…), and the details.
  const kinds = new Map<string, string>();
  for (const p of sub) {
    const kind = p.replace(/\/[^/]*\d[^/]*$/, '/:id');
    if (!kinds.has(kind)) kinds.set(kind, p);
  }
  for (const path of [...kinds.values(), ...details]) {
    const response = await page.goto(path);
    if (!response || response.status() >= 400) continue;
    for (const f of await findingsOn(page, codeList)) findings.push(`${path}: ${f}`);
  }
  return findings;
}

async function pageAs(browser: Browser, account: Account): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

async function officerOf(role: 'district_officer' | 'agency_officer', scopeAreaCode: string, agencyId: string) {
  const email = `e2e-names-${agencyId}-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
  const { temporaryPassword } = await asAdmin((api) =>
    api.user.create.mutate({
      email,
      displayName: `Cán bộ ${randomBytes(2).toString('hex')}`,
      role,
      scopeAreaCode,
      agencyId,
    }),
  );
  const api = await signInApi({ email, password: temporaryPassword });
  await api.auth.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: OFFICER_PASSWORD });
  return { email, password: OFFICER_PASSWORD, api };
}

const DETAILS = [
  '/ke-hoach/lc2228',
  '/ke-hoach/tv651',
  '/bao-cao/lap?plan=lc2228&rule=lc2228-r-yearly&period=2018&agency=lc-ubnd-107&asOf=2019-01-10',
  '/quan-tri/co-quan/lc-sldtbxh',
  '/quan-tri/dia-ban/2016-11-09/107',
  '/tai-khoan',
];

test('no page shows a raw area code, agency id, activity-type or tag key, or ISO month — as each role', async ({
  browser,
}) => {
  const codeList = await loadCodes();
  const muongTe = await officerOf('district_officer', '107', 'lc-ubnd-107');
  const labour = await officerOf('agency_officer', '12', 'lc-sldtbxh');
  const laiChauAdmin = await readyAccount({
    prefix: 'e2e-names-admin',
    password: OFFICER_PASSWORD,
    scopeAreaCode: '12',
  });
  // A record of Mường Tè with a note, to open its page.
  const record = await muongTe.api.record.create.mutate({
    planId: 'lc2228',
    type: 'training',
    date: '2018-05-10',
    areaCode: '03433',
    quantity: 1,
  });
  const details = [...DETAILS, `/ket-qua/${record.id}`];

  const findings: string[] = [];
  for (const [role, account] of [
    ['quản trị toàn quốc', await officer()],
    ['quản trị tỉnh Lai Châu', laiChauAdmin],
    ['cán bộ cơ quan Sở LĐTBXH', labour],
    ['cán bộ huyện Mường Tè', muongTe],
  ] as const) {
    const page = await pageAs(browser, account);
    for (const f of await crawl(page, details, codeList)) findings.push(`${role} — ${f}`);
    await page.context().close();
  }
  expect(findings).toEqual([]);
});
