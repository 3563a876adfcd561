import { readyAccount } from '@pcmbn/playwright';
import { ACTIVITY_TYPE_LABELS, AREA_TAG_LABELS, distinctTitles, formatMonthDayVi, type Plan } from '@pcmbn/domain';
import { expect, test } from '@playwright/test';
import { OFFICER_PASSWORD, signIn } from './auth';
import { hydrated } from './hydration';
import { previewsSettled } from './plans';

/**
 * Issue 15's done-when: "the new-plan flow creates a plan equal to a seed plan's structure in the guided editor",
 * without typing a code or an id. A province administrator of Trà Vinh makes the whole of Decision 651/QĐ-UBND —
 * the smaller seed plan by count (2 sub-projects, 38 activities without places, 6 targets of three kinds, 1
 * reporting rule, 5 legal bases; Lai Châu 2228 has 2, 17 activities with 41 places, 18 targets of four kinds, 2
 * rules, 3 bases) — and one of Lai Châu the whole of Plan 2228/KH-UBND too (places, twin names by year, counts
 * with required sites, deadlines, a half-yearly rule for the first half only, audiences holding a ';'), each step
 * by step, driven by the seed plan as the API serves it: every agency, area, area tag, activity
 * type, sub-project, objective and activity is chosen by its name, dates are typed dd/mm/yyyy, days of the year dd/mm. The saved plan is
 * then compared with the seed through the API, field by field, ignoring only ids (generated), the plan's own id
 * and number.
 */

/** The seed plans, each made by an administrator of its own province. */
const SEEDS = [
  { id: 'tv651', name: 'Trà Vinh 651', province: '84' },
  { id: 'lc2228', name: 'Lai Châu 2228', province: '12' },
];

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** A day of the year as officers type it: targets' windows as shown ('07-01' → '01/07'), observances short ('1/7'). */
const dayMonth = formatMonthDayVi;
const dayMonthShort = (md: string) => `${Number(md.slice(3, 5))}/${Number(md.slice(0, 2))}`;

/** The plan without its generated ids: references to sub-projects, objectives and activities become positions. */
function shape(p: Plan) {
  const at = (rows: readonly { id: string }[]) => (id: string | undefined) =>
    id === undefined ? undefined : rows.findIndex((r) => r.id === id);
  const component = at(p.components);
  const objective = at(p.objectives);
  const activity = at(p.activities);
  const { id: _id, code: _code, ...head } = p;
  const bare = <T extends { id: string }>({ id: _rowId, ...rest }: T) => rest;
  return {
    ...head,
    objectives: p.objectives.map(bare),
    components: p.components.map(bare),
    duties: p.duties.map((d) => ({ ...bare(d), componentIds: d.componentIds.map(component) })),
    activities: p.activities.map((a) => ({ ...bare(a), componentId: component(a.componentId) })),
    targets: p.targets.map((t) => ({
      ...bare(t),
      componentId: component(t.componentId),
      objectiveId: objective(t.objectiveId),
      activityIds: t.activityIds?.map(activity),
    })),
    reporting: p.reporting.map(bare),
    observances: p.observances.map(bare),
  };
}

// The words the editor shows for the plan's choices (its own option lists, as an officer reads them).
const KIND = {
  area_coverage: 'Tỷ lệ địa bàn được thực hiện',
  cadence: 'Tần suất (mỗi tháng/quý/năm)',
  population_reach: 'Tỷ lệ người dân được tiếp cận',
  output_count: 'Số lượng sản phẩm, hoạt động',
  deadline: 'Hoàn thành trước hạn',
} as const;
const ROLE = { lead: 'Chủ trì', cooperate: 'Phối hợp', implement: 'Thực hiện', fund: 'Kinh phí', report: 'Báo cáo' };
const LEVEL = { commune: 'xã, phường, thị trấn', district: 'huyện, thị xã, thành phố', province: 'tỉnh' };
const GROUP = {
  aged14to60: 'người từ 14 đến 60 tuổi',
  total: 'người dân',
  women: 'phụ nữ',
  children: 'trẻ em',
};
const EVERY = { month: 'Mỗi tháng', quarter: 'Mỗi quý', year: 'Mỗi năm' };
const EXPECTATION = { linear: 'dàn đều theo thời gian', by_due_date: 'chỉ tính khi đến hạn (cuối kỳ)' };
const CADENCE = { yearly: 'Hằng năm', half_yearly: '6 tháng', quarterly: 'Hằng quý', monthly: 'Hằng tháng' };
/** The parts of a year a reporting rule may be limited to, by name. */
const PART: Record<string, string> = {
  H1: '6 tháng đầu năm',
  H2: '6 tháng cuối năm',
  ...Object.fromEntries(['I', 'II', 'III', 'IV'].map((q, k) => [`Q${k + 1}`, `quý ${q}`])),
  ...Object.fromEntries(Array.from({ length: 12 }, (_, k) => [String(k + 1).padStart(2, '0'), `tháng ${k + 1}`])),
};
const DUE = { fixed_date: 'Ngày cố định (trước/đúng ngày)', after_period_end: 'Số ngày sau khi hết kỳ' };

for (const { id: SEED, name: seedName, province: scopeAreaCode } of SEEDS)
  test(`the guided editor makes the whole of ${seedName} by names, equal to the seed plan`, async ({ page }) => {
    // Some 850 fields and ticks, one by one: 1.1 min measured on the shared two-core machine (load average ~6); the
    // bound leaves room for a saturated one. Every step still waits only for states the page keeps.
    test.setTimeout(600_000);
    const account = await readyAccount({ prefix: `e2e-${SEED}-admin`, password: OFFICER_PASSWORD, scopeAreaCode });
    const api = account.api;
    const seed = (await api.plan.get.query({ id: SEED })).plan;
    expect(seed.provinceCode).toBe(scopeAreaCode);
    const agencies = new Map(
      (await api.agency.list.query({ asOf: seed.issuedOn })).map((a) => [a.id, a.name] as [string, string]),
    );
    const agency = (id: string) => agencies.get(id)!;
    const province = (await api.area.provinces.query()).find((p) => p.code === seed.provinceCode)!.name;
    const code = `${Date.now().toString(36).slice(-5)}/QĐ-UBND`;
    const field = (label: string) => page.getByLabel(label, { exact: true });
    const group = (name: string) => page.getByRole('group', { name, exact: true });
    const componentTitle = (id: string) => seed.components.find((c) => c.id === id)!.title;
    const objectiveText = (id: string) => {
      const text = seed.objectives.find((o) => o.id === id)!.text;
      return text.length > 80 ? `${text.slice(0, 80)}…` : text;
    };
    const activityNames = distinctTitles(seed.activities);
    // The province's units in the plan's structure, named as the editor names them (a commune with its district).
    const units = await api.area.list.query({ provinceCode: seed.provinceCode, structure: seed.areaStructure });
    const unitName = (areaCode: string) => {
      const unit = units.find((u) => u.code === areaCode)!;
      const parent = units.find((u) => u.code === unit.parentCode);
      return unit.level === 'commune' && parent ? `${unit.name} (${parent.name})` : unit.name;
    };
    /** Ticks `names` in a checkbox list, in order (the order is kept). */
    async function tick(list: string, names: readonly string[]) {
      const boxes = group(list);
      for (const n of names) await boxes.getByLabel(n, { exact: true }).check();
    }
    // How long each step took to fill and save, in the test's annotations (where the editor is slow).
    let started = Date.now();
    const took = (step: string) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      test.info().annotations.push({ type: 'step', description: `${step}: ${seconds} s` });
      started = Date.now();
    };
    /** After a step's save: the next step's address, and its summary line counting what was saved. */
    async function saved(step: string, summary: string) {
      await expect(page).toHaveURL(new RegExp(`/ke-hoach/[a-z0-9-]+/sua/${step}$`));
      await expect(page.getByRole('navigation', { name: 'Các bước soạn kế hoạch' })).toContainText(summary);
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(fits, `step ${step}: no horizontal overflow at 1366×768`).toBe(true);
      took(`filled and saved before ${step}`);
    }
    const next = () => page.getByRole('button', { name: /^Lưu và sang bước tiếp/ }).click();

    await signIn(page, account);
    started = Date.now();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/ke-hoach');
    await page
      .getByRole('link', { name: /Tạo kế hoạch/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/ke-hoach\/moi$/);
    await hydrated(page);

    // 1. General information and legal bases.
    await field('Tỉnh, thành phố').selectOption({ label: province });
    await field('Cơ cấu hành chính (danh mục địa bàn theo ngày)').selectOption({ label: dmy(seed.areaStructure) });
    await field('Số, ký hiệu').fill(code);
    await field('Cơ quan ban hành').fill(seed.issuer);
    await field('Ngày ban hành').fill(dmy(seed.issuedOn));
    if (seed.signer) await field('Người ký').fill(seed.signer);
    await field('Thực hiện từ ngày').fill(dmy(seed.period.from));
    await field('Đến ngày').fill(dmy(seed.period.to));
    await field('Tên kế hoạch').fill(seed.title);
    if (seed.parentProgramme?.code)
      await field('Chương trình, đề án cấp trên — số hiệu').fill(seed.parentProgramme.code);
    if (seed.parentProgramme) await field('Chương trình, đề án cấp trên — tên').fill(seed.parentProgramme.title);
    if (seed.funding) await field('Kinh phí').fill(seed.funding);
    for (const [i, basis] of seed.legalBases.entries()) {
      await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
      const n = `Căn cứ ${i + 1}`;
      if (basis.code) await field(`${n} — số hiệu`).fill(basis.code);
      if (basis.issuer) await field(`${n} — cơ quan ban hành`).fill(basis.issuer);
      if (basis.issuedOn) await field(`${n} — ngày ban hành`).fill(dmy(basis.issuedOn));
      await field(`${n} — tên văn bản`).fill(basis.title);
    }
    await page.getByRole('button', { name: /^Tạo kế hoạch và sang bước tiếp/ }).click();
    await saved('muc-tieu', `${seed.legalBases.length} căn cứ`);
    const id = /\/ke-hoach\/([a-z0-9-]+)\/sua/.exec(page.url())![1]!;

    // 2. Objectives.
    for (const [i, objective] of seed.objectives.entries()) {
      await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
      await field(`Mục tiêu ${i + 1} — nội dung`).fill(objective.text);
      if (objective.sourceRef) await field(`Mục tiêu ${i + 1} — mục trong văn bản`).fill(objective.sourceRef);
    }
    await next();
    await saved('tieu-de-an', `${seed.objectives.length} mục tiêu`);

    // 3. Sub-projects with their lead and cooperating agencies, and every duty of every agency.
    for (const [i, component] of seed.components.entries()) {
      await page.getByRole('button', { name: 'Thêm tiểu đề án' }).click();
      const n = `Tiểu đề án ${i + 1}`;
      await field(`${n} — tên`).fill(component.title);
      if (component.description) await field(`${n} — mô tả`).fill(component.description);
      if (component.sourceRef) await field(`${n} — mục trong văn bản`).fill(component.sourceRef);
      await field(`${n} — cơ quan chủ trì`).selectOption({ label: agency(component.leadAgencyId) });
      await tick(`${n} — cơ quan phối hợp`, component.cooperatingAgencyIds.map(agency));
    }
    for (const [i, duty] of seed.duties.entries()) {
      await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
      const n = `Nhiệm vụ ${i + 1}`;
      await field(`${n} — cơ quan`).selectOption({ label: agency(duty.agencyId) });
      await field(`${n} — vai trò`).selectOption({ label: ROLE[duty.role] });
      await tick(`${n} — tiểu đề án`, duty.componentIds.map(componentTitle));
      await field(`${n} — nội dung`).fill(duty.text);
      if (duty.sourceRef) await field(`${n} — mục trong văn bản`).fill(duty.sourceRef);
    }
    await next();
    await saved('hoat-dong', `${seed.components.length} tiểu đề án`);

    // 4. Activities: type, agencies, period, places, audiences.
    for (const [i, a] of seed.activities.entries()) {
      await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
      const n = `Hoạt động ${i + 1}`;
      if (a.componentId) await field(`${n} — tiểu đề án`).selectOption({ label: componentTitle(a.componentId) });
      await field(`${n} — loại`).selectOption({ label: ACTIVITY_TYPE_LABELS[a.type].vi });
      if (a.leadAgencyId) await field(`${n} — cơ quan chủ trì`).selectOption({ label: agency(a.leadAgencyId) });
      await tick(`${n} — cơ quan phối hợp`, a.cooperatingAgencyIds.map(agency));
      await field(`${n} — từ ngày`).fill(dmy(a.period.from));
      await field(`${n} — đến ngày`).fill(dmy(a.period.to));
      if (a.plannedQuantity !== undefined) await field(`${n} — số lượng dự kiến`).fill(String(a.plannedQuantity));
      if (a.unit) await field(`${n} — đơn vị tính`).fill(a.unit);
      if (a.description) await field(`${n} — mô tả`).fill(a.description);
      if (a.sourceRef) await field(`${n} — mục trong văn bản`).fill(a.sourceRef);
      if (a.audiences.length > 0) await field(`${n} — đối tượng`).fill(a.audiences.join('\n'));
      for (const [j, place] of a.places.entries()) {
        await page.getByRole('button', { name: `Thêm địa bàn cho hoạt động ${i + 1}` }).click();
        await field(`${n} — địa bàn ${j + 1} — tên`).fill(place.name);
        if (place.areaCode)
          await field(`${n} — địa bàn ${j + 1} — đơn vị hành chính`).selectOption({ label: unitName(place.areaCode) });
        if (place.areaTag)
          await field(`${n} — địa bàn ${j + 1} — nhãn`).selectOption({ label: AREA_TAG_LABELS[place.areaTag]! });
      }
      // The name last: a named activity folds away.
      await field(`${n} — tên`).fill(a.title);
    }
    await next();
    await saved('chi-tieu', `${seed.activities.length} hoạt động`);

    // 5. Targets, each written as its sentence.
    for (const [i, t] of seed.targets.entries()) {
      await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      const n = `Chỉ tiêu ${i + 1}`;
      await field(`${n} — cách đo`).selectOption({ label: KIND[t.kind] });
      await field(`${n} — nội dung (câu trong kế hoạch)`).fill(t.title);
      if (t.componentId) await field(`${n} — tiểu đề án`).selectOption({ label: componentTitle(t.componentId) });
      if (t.objectiveId) await field(`${n} — mục tiêu`).selectOption({ label: objectiveText(t.objectiveId) });
      await field(`${n} — từ ngày`).fill(dmy(t.period.from));
      await field(`${n} — đến ngày`).fill(dmy(t.period.to));
      const types = group(`${n} — loại hoạt động được tính`);
      await types.getByLabel(ACTIVITY_TYPE_LABELS.community_event.vi, { exact: true }).uncheck();
      await tick(
        `${n} — loại hoạt động được tính`,
        t.activityTypes.map((type) => ACTIVITY_TYPE_LABELS[type].vi),
      );
      await tick(
        `${n} — chỉ tính các hoạt động`,
        (t.activityIds ?? []).map((a) => activityNames.get(a)!),
      );
      switch (t.kind) {
        case 'area_coverage':
          await field(`${n} — tỷ lệ (%)`).fill(String(t.thresholdPercent));
          await field(`${n} — cấp địa bàn`).selectOption({ label: LEVEL[t.level] });
          if (t.withinAreaCode)
            await field(`${n} — chỉ trong địa bàn`).selectOption({ label: unitName(t.withinAreaCode) });
          await field(`${n} — số kết quả tối thiểu mỗi địa bàn`).fill(String(t.minRecordsPerArea));
          await tick(
            `${n} — nhãn địa bàn`,
            t.areaTags.map((tag) => AREA_TAG_LABELS[tag]!),
          );
          break;
        case 'population_reach':
          await field(`${n} — tỷ lệ (%)`).fill(String(t.thresholdPercent));
          await field(`${n} — nhóm dân số`).selectOption({ label: GROUP[t.group] });
          await tick(
            `${n} — nhãn địa bàn`,
            t.areaTags.map((tag) => AREA_TAG_LABELS[tag]!),
          );
          break;
        case 'cadence':
          await field(`${n} — chu kỳ`).selectOption({ label: EVERY[t.every] });
          await field(`${n} — số kết quả tối thiểu mỗi kỳ`).fill(String(t.minPerPeriod));
          if (t.window) {
            await field(`${n} — khoảng hằng năm từ (ngày/tháng)`).fill(dayMonth(t.window.from));
            await field(`${n} — khoảng hằng năm đến (ngày/tháng)`).fill(dayMonth(t.window.to));
          }
          break;
        case 'output_count':
          await field(`${n} — số lượng tối thiểu`).fill(String(t.minQuantity));
          await tick(`${n} — chỉ tính ở các địa bàn`, (t.areaCodes ?? []).map(unitName));
          await tick(`${n} — địa bàn bắt buộc phải có`, (t.requiredAreaCodes ?? []).map(unitName));
          break;
        case 'deadline':
          await field(`${n} — hạn hoàn thành`).fill(dmy(t.dueDate));
          break;
      }
      if ('expectation' in t && t.expectation) {
        expect(t.expectation.kind).not.toBe('milestones');
        await field(`${n} — tiến độ cần đạt`).selectOption({
          label: EXPECTATION[t.expectation.kind as keyof typeof EXPECTATION],
        });
      }
      if ('audiences' in t && t.audiences) await field(`${n} — đối tượng`).fill(t.audiences.join('\n'));
      if (t.reading || t.sourceRef || t.baseline) {
        await page.locator(`[data-target-row="${i}"] summary`).filter({ hasText: 'giá trị ban đầu, cách đọc' }).click();
        if (t.reading) await field(`${n} — cách đọc để đo được`).fill(t.reading);
        if (t.sourceRef) await field(`${n} — mục trong văn bản`).fill(t.sourceRef);
        expect(t.baseline).toBeUndefined();
      }
      // The live preview: the domain's evaluation of the target as typed, before any save.
      await expect(page.locator(`[data-target-row="${i}"] [data-preview] [data-status]`)).toBeVisible();
    }
    await previewsSettled(page);
    await next();
    await saved('bao-cao', `${seed.targets.length} chỉ tiêu`);

    // 6. Reporting duties and observances; the last save ends on the plan page.
    for (const [i, r] of seed.reporting.entries()) {
      await page.getByRole('button', { name: 'Thêm chế độ báo cáo' }).click();
      const n = `Báo cáo ${i + 1}`;
      await field(`${n} — định kỳ`).selectOption({ label: CADENCE[r.cadence] });
      await field(`${n} — cách tính hạn`).selectOption({ label: DUE[r.due.kind] });
      if (r.due.kind === 'fixed_date') {
        await field(`${n} — ngày`).fill(String(r.due.day));
        if (r.due.month !== undefined) await field(`${n} — tháng (báo cáo năm)`).fill(String(r.due.month));
        await field(`${n} — “trước ngày” (hạn là ngày hôm trước)`).setChecked(r.due.before);
      } else {
        await field(`${n} — số ngày sau khi hết kỳ`).fill(String(r.due.days));
      }
      await tick(
        `${n} — chỉ các kỳ`,
        (r.periods ?? []).map((k) => PART[k]!),
      );
      await tick(`${n} — cơ quan gửi (để trống: mọi cơ quan)`, r.fromAgencyIds.map(agency));
      await field(`${n} — gửi đến`).selectOption({ label: agency(r.toAgencyId) });
      if (r.consolidatedForAgencyId)
        await field(`${n} — tổng hợp báo cáo cho`).selectOption({ label: agency(r.consolidatedForAgencyId) });
      if (r.note) await field(`${n} — ghi chú`).fill(r.note);
      if (r.sourceRef) await field(`${n} — mục trong văn bản`).fill(r.sourceRef);
    }
    for (const [i, o] of seed.observances.entries()) {
      await page.getByRole('button', { name: 'Thêm ngày hưởng ứng' }).click();
      const n = `Ngày hưởng ứng ${i + 1}`;
      await field(`${n} — tên`).fill(o.name);
      await field(`${n} — ngày trong năm`).fill(dayMonthShort(o.date));
      if (o.window) {
        await field(`${n} — hưởng ứng từ`).fill(dayMonthShort(o.window.from));
        await field(`${n} — hưởng ứng đến`).fill(dayMonthShort(o.window.to));
      }
      if (o.peak) {
        await field(`${n} — cao điểm từ`).fill(dayMonthShort(o.peak.from));
        await field(`${n} — cao điểm đến`).fill(dayMonthShort(o.peak.to));
      }
      if (o.sourceRef) await field(`${n} — mục trong văn bản`).fill(o.sourceRef);
    }
    await page.getByRole('button', { name: 'Lưu và hoàn tất' }).click();
    await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}\\?saved=1$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    took('reporting');
    console.log(
      `${seedName}: ${test
        .info()
        .annotations.map((a) => a.description)
        .join('; ')}`,
    );

    const made = await api.plan.get.query({ id });
    expect(made.status).toBe('draft');
    expect(made.plan.code).toBe(code);
    expect(shape(made.plan)).toEqual(shape(seed));
    // Every id was made by the editor, inside the plan's own id space.
    const rows = [
      ...made.plan.objectives,
      ...made.plan.components,
      ...made.plan.duties,
      ...made.plan.activities,
      ...made.plan.targets,
      ...made.plan.reporting,
      ...made.plan.observances,
    ];
    for (const row of rows) expect(row.id.startsWith(`${id}-`)).toBe(true);
  });
