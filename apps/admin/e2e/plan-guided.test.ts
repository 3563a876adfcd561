import AxeBuilder from '@axe-core/playwright';
import { ACTIVITY_TYPE_LABELS, type Plan } from '@pcmbn/domain';
import { expect, test, type Page } from '@playwright/test';
import { officerApi, signIn } from './auth';
import { hydrated } from './hydration';
import { previewsSettled } from './plans';

/**
 * The guided plan editor (issue 15 item 2): a plan made step by step, choosing agencies, areas, tags and activity
 * types by their names, never typing a code or an id, then compared through the API with the structure it copies.
 *
 * The structure is a representative subset of Lai Châu's Plan 2228/KH-UBND (the whole plan has 40 activities and
 * 20 targets — too long for one test on a loaded machine): its first two legal bases and objectives, both
 * sub-projects with their lead and cooperating agencies, its first duty, three activities (a 2016 guidance document,
 * the 2017 billboards with their three sites, the 2017 leaflets), three targets — the 2017 billboards (a count, with
 * its three required sites), the 2018 loudspeaker coverage (a coverage %, here limited to border communes at 30 %
 * so that a tag is chosen) and a frequency target the plan does not have (each quarter, the hotline promoted) — and
 * both reporting duties (the half-yearly one limited to the first half-year, ticked by its name).
 */

const SEED = 'lc2228';

/** The parts of a plan the guided editor writes, with ids replaced by positions (ids are generated). */
function shape(p: Plan) {
  const component = (id: string | undefined) => p.components.findIndex((c) => c.id === id);
  const objective = (id: string | undefined) => p.objectives.findIndex((o) => o.id === id);
  const sorted = (ids: readonly string[] | undefined) => [...(ids ?? [])].sort();
  return {
    head: [p.code, p.title, p.issuer, p.issuedOn, p.signer, p.provinceCode, p.areaStructure, p.period],
    legalBases: p.legalBases,
    objectives: p.objectives.map((o) => o.text),
    components: p.components.map((c) => [c.title, c.leadAgencyId, sorted(c.cooperatingAgencyIds)]),
    duties: p.duties.map((d) => [d.agencyId, d.role, (d.componentIds ?? []).map(component), d.text]),
    activities: p.activities.map((a) => ({
      component: component(a.componentId),
      type: a.type,
      title: a.title,
      lead: a.leadAgencyId,
      cooperating: sorted(a.cooperatingAgencyIds),
      period: a.period,
      planned: [a.plannedQuantity, a.unit],
      places: a.places.map((x) => [x.name, x.areaCode]),
    })),
    targets: p.targets.map((t) => {
      const common = {
        kind: t.kind,
        title: t.title,
        component: component(t.componentId),
        objective: objective(t.objectiveId),
        period: t.period,
        types: sorted(t.activityTypes),
      };
      switch (t.kind) {
        case 'area_coverage':
          return { ...common, m: [t.level, t.thresholdPercent, t.minRecordsPerArea, sorted(t.areaTags)] };
        case 'output_count':
          return { ...common, m: [t.minQuantity, sorted(t.areaCodes), sorted(t.requiredAreaCodes)] };
        case 'cadence':
          return { ...common, m: [t.every, t.minPerPeriod] };
        default:
          return common;
      }
    }),
    reporting: p.reporting.map((r) => [
      r.cadence,
      r.periods,
      r.due,
      sorted(r.fromAgencyIds),
      r.toAgencyId,
      r.consolidatedForAgencyId,
    ]),
  };
}

/** Axe finds nothing, and the step fits a laptop and a phone without scrolling sideways. */
async function checkStep(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  for (const size of [
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
  ]) {
    await page.setViewportSize(size);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits, `no horizontal overflow at ${size.width}×${size.height}`).toBe(true);
  }
}

/** Dates are typed as an officer reads them, dd/mm/yyyy, whatever the browser's language. */
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

test('a plan made in the guided editor, by names only, has the structure of Lai Châu 2228', async ({ page }) => {
  test.setTimeout(240_000);
  const api = await officerApi();
  const seed = (await api.plan.get.query({ id: SEED })).plan;
  const agencies = new Map(
    (await api.agency.list.query({ asOf: seed.issuedOn })).map((a) => [a.id, a.name] as [string, string]),
  );
  const name = (id: string) => agencies.get(id)!;
  const activity = (id: string) => seed.activities.find((a) => a.id === id)!;
  const target = (id: string) => seed.targets.find((t) => t.id === id)!;
  const code = `${Date.now().toString(36).slice(-5)}/KH-UBND`;
  const [c1, c2] = seed.components;
  const activities = [
    activity('lc2228-a-2016-1-1-1'),
    activity('lc2228-a-2017-2-1-1'),
    activity('lc2228-a-2017-2-1-2'),
  ];
  const billboards = target('lc2228-t-2017-billboards');
  const loudspeaker = { ...target('lc2228-t-2018-loudspeaker'), thresholdPercent: 30, areaTags: ['border'] };
  const hotline = {
    id: 'lc2228-t-quarterly-hotline',
    kind: 'cadence' as const,
    title: 'Mỗi quý giới thiệu đường dây nóng 18001567 ít nhất một lần',
    componentId: c1!.id,
    objectiveId: seed.objectives[1]!.id,
    period: { from: '2017-01-01', to: '2017-12-31' },
    activityTypes: ['hotline_promotion' as const],
    every: 'quarter' as const,
    minPerPeriod: 1,
    // Typed as officers write it, '1/7' and '30/9' (issue 15: days of the year are dd/mm, stored MM-DD).
    window: { from: '07-01', to: '09-30' },
  };
  const expected: Plan = {
    ...seed,
    code,
    legalBases: seed.legalBases.slice(0, 2),
    objectives: seed.objectives.slice(0, 2),
    duties: seed.duties.slice(0, 1),
    activities,
    targets: [billboards, loudspeaker, hotline] as Plan['targets'],
    reporting: seed.reporting,
  };

  await signIn(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/ke-hoach');
  await page
    .getByRole('link', { name: /Tạo kế hoạch/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/ke-hoach\/moi$/);
  await hydrated(page);

  // 1. General information and legal bases.
  await checkStep(page);
  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Tỉnh Lai Châu' });
  await page.getByLabel('Cơ cấu hành chính (danh mục địa bàn theo ngày)').selectOption({ label: '09/11/2016' });
  await page.getByLabel('Số, ký hiệu').fill(code);
  await page.getByLabel('Cơ quan ban hành').fill(seed.issuer);
  await page.getByLabel('Ngày ban hành').fill(vnDate(seed.issuedOn));
  await page.getByLabel('Người ký').fill(seed.signer!);
  await page.getByLabel('Thực hiện từ ngày').fill(vnDate(seed.period.from));
  await page.getByLabel('Đến ngày').fill(vnDate(seed.period.to));
  await page.getByLabel('Tên kế hoạch').fill(seed.title);
  await page.getByLabel('Chương trình, đề án cấp trên — số hiệu').fill(seed.parentProgramme!.code!);
  await page.getByLabel('Chương trình, đề án cấp trên — tên').fill(seed.parentProgramme!.title);
  await page.getByLabel('Kinh phí').fill(seed.funding!);
  for (const [i, basis] of expected.legalBases.entries()) {
    await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
    const n = `Căn cứ ${i + 1}`;
    if (basis.code) await page.getByLabel(`${n} — số hiệu`).fill(basis.code);
    if (basis.issuer) await page.getByLabel(`${n} — cơ quan ban hành`).fill(basis.issuer);
    if (basis.issuedOn) await page.getByLabel(`${n} — ngày ban hành`).fill(vnDate(basis.issuedOn));
    await page.getByLabel(`${n} — tên văn bản`).fill(basis.title);
  }
  await page.getByRole('button', { name: /^Tạo kế hoạch và sang bước tiếp/ }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/[a-z0-9-]+\/sua\/muc-tieu$/);
  const id = /\/ke-hoach\/([a-z0-9-]+)\/sua/.exec(page.url())![1]!;
  expect((await api.plan.get.query({ id })).status).toBe('draft');

  // 2. Objectives.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('bước 2 — Mục tiêu');
  await checkStep(page);
  for (const [i, objective] of expected.objectives.entries()) {
    await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    await page.getByLabel(`Mục tiêu ${i + 1} — nội dung`).fill(objective.text);
  }
  await page.getByRole('button', { name: /^Lưu và sang bước tiếp/ }).click();

  // 3. Sub-projects with their lead and cooperating agencies, and the agencies' duties.
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/tieu-de-an$`));
  await checkStep(page);
  for (const [i, component] of [c1!, c2!].entries()) {
    await page.getByRole('button', { name: 'Thêm tiểu đề án' }).click();
    const n = `Tiểu đề án ${i + 1}`;
    await page.getByLabel(`${n} — tên`).fill(component.title);
    await page.getByLabel(`${n} — mô tả`).fill(component.description ?? '');
    await page.getByLabel(`${n} — cơ quan chủ trì`).selectOption({ label: name(component.leadAgencyId) });
    const cooperating = page.getByRole('group', { name: `${n} — cơ quan phối hợp` });
    for (const agency of component.cooperatingAgencyIds) {
      await cooperating.getByRole('searchbox').fill(name(agency).slice(0, 12));
      await cooperating.getByLabel(name(agency), { exact: true }).check();
    }
  }
  const duty = expected.duties[0]!;
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await page.getByLabel('Nhiệm vụ 1 — cơ quan').selectOption({ label: name(duty.agencyId) });
  await page.getByLabel('Nhiệm vụ 1 — vai trò').selectOption({ label: 'Chủ trì' });
  const dutyComponents = page.getByRole('group', { name: 'Nhiệm vụ 1 — tiểu đề án' });
  for (const c of [c1!, c2!]) await dutyComponents.getByLabel(c.title, { exact: true }).check();
  await page.getByLabel('Nhiệm vụ 1 — nội dung').fill(duty.text);
  await page.getByRole('button', { name: /^Lưu và sang bước tiếp/ }).click();

  // 4. Activities, the billboards' sites chosen by name.
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/hoat-dong$`));
  await checkStep(page);
  for (const [i, a] of activities.entries()) {
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    const n = `Hoạt động ${i + 1}`;
    const c = seed.components.find((x) => x.id === a.componentId)!;
    await page.getByLabel(`${n} — tiểu đề án`).selectOption({ label: c.title });
    await page.getByLabel(`${n} — loại`).selectOption({ label: ACTIVITY_TYPE_LABELS[a.type].vi });
    await page.getByLabel(`${n} — cơ quan chủ trì`).selectOption({ label: name(a.leadAgencyId!) });
    const cooperating = page.getByRole('group', { name: `${n} — cơ quan phối hợp` });
    for (const agency of a.cooperatingAgencyIds) await cooperating.getByLabel(name(agency), { exact: true }).check();
    await page.getByLabel(`${n} — từ ngày`).fill(vnDate(a.period.from));
    await page.getByLabel(`${n} — đến ngày`).fill(vnDate(a.period.to));
    if (a.plannedQuantity !== undefined)
      await page.getByLabel(`${n} — số lượng dự kiến`).fill(String(a.plannedQuantity));
    if (a.unit) await page.getByLabel(`${n} — đơn vị tính`).fill(a.unit);
    for (const [j, place] of a.places.entries()) {
      await page.getByRole('button', { name: `Thêm địa bàn cho hoạt động ${i + 1}` }).click();
      await page.getByLabel(`${n} — địa bàn ${j + 1} — tên`).fill(place.name);
      const unit = page.getByLabel(`${n} — địa bàn ${j + 1} — đơn vị hành chính`);
      const label = await unit.locator(`option[value="${place.areaCode}"]`).textContent();
      await unit.selectOption({ label: label! });
    }
    // The title last: a named activity folds away.
    await page.getByLabel(`${n} — tên`).fill(a.title);
  }
  await page.getByRole('button', { name: /^Lưu và sang bước tiếp/ }).click();

  // 5. Targets, each written as its sentence, with its evaluation previewed.
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/chi-tieu$`));
  // Checked before typing: a resize just before a click moved the save buttons under the pointer.
  await checkStep(page);
  const componentTitle = (cid: string | undefined) => seed.components.find((x) => x.id === cid)!.title;
  const objectiveText = (oid: string | undefined) => {
    const text = seed.objectives.find((x) => x.id === oid)!.text;
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  };
  const kinds = {
    output_count: 'Số lượng sản phẩm, hoạt động',
    area_coverage: 'Tỷ lệ địa bàn được thực hiện',
    cadence: 'Tần suất (mỗi tháng/quý/năm)',
  } as const;
  const typeLabels: Record<string, string> = {
    billboard: 'Pano, áp phích cỡ lớn',
    loudspeaker_broadcast: 'Bài phát trên loa truyền thanh cơ sở',
    hotline_promotion: 'Giới thiệu đường dây nóng',
    community_event: 'Cuộc truyền thông tại cộng đồng',
  };
  for (const [i, t] of expected.targets.entries()) {
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const n = `Chỉ tiêu ${i + 1}`;
    await page.getByLabel(`${n} — cách đo`).selectOption({ label: kinds[t.kind as keyof typeof kinds] });
    await page.getByLabel(`${n} — nội dung (câu trong kế hoạch)`).fill(t.title);
    await page.getByLabel(`${n} — tiểu đề án`).selectOption({ label: componentTitle(t.componentId) });
    await page.getByLabel(`${n} — mục tiêu`).selectOption({ label: objectiveText(t.objectiveId) });
    await page.getByLabel(`${n} — từ ngày`).fill(vnDate(t.period.from));
    await page.getByLabel(`${n} — đến ngày`).fill(vnDate(t.period.to));
    const types = page.getByRole('group', { name: `${n} — loại hoạt động được tính` });
    await types.getByLabel(typeLabels.community_event!, { exact: true }).uncheck();
    for (const type of t.activityTypes) await types.getByLabel(typeLabels[type]!, { exact: true }).check();
    if (t.kind === 'output_count') {
      await page.getByLabel(`${n} — số lượng tối thiểu`).fill(String(t.minQuantity));
      const required = page.getByRole('group', { name: `${n} — địa bàn bắt buộc phải có` });
      for (const code of t.requiredAreaCodes ?? []) {
        const box = required.locator(`input[value="${code}"]`);
        const label = (await required.locator(`label[for="${await box.getAttribute('id')}"]`).textContent())!;
        // Found by typing part of its name in the filter box, then ticked by its name.
        await required.getByRole('searchbox').fill(label.split(' (')[0]!.split(' ').slice(1).join(' '));
        await required.getByLabel(label, { exact: true }).check();
      }
      await expect(page.locator(`[data-target-row="${i}"] [data-sentence]`)).toContainText(
        `Đạt ít nhất ${t.minQuantity} (số lượng) pano, áp phích cỡ lớn`,
      );
    } else if (t.kind === 'area_coverage') {
      await page.getByLabel(`${n} — tỷ lệ (%)`).fill(String(t.thresholdPercent));
      await page.getByLabel(`${n} — cấp địa bàn`).selectOption({ value: t.level });
      await page
        .getByRole('group', { name: `${n} — nhãn địa bàn` })
        .getByLabel('biên giới', { exact: true })
        .check();
      await expect(page.locator(`[data-target-row="${i}"] [data-sentence]`)).toContainText(
        'Ít nhất 30 % số xã có nhãn “biên giới” có ít nhất 1 lần bài phát trên loa truyền thanh cơ sở, từ ngày 01/01/2018 đến ngày 31/12/2018.',
      );
    } else if (t.kind === 'cadence') {
      await page.getByLabel(`${n} — chu kỳ`).selectOption({ value: t.every });
      await page.getByLabel(`${n} — số kết quả tối thiểu mỗi kỳ`).fill(String(t.minPerPeriod));
    }
    // The live preview: the domain's evaluation of the target as typed, before any save.
    await expect(page.locator(`[data-target-row="${i}"] [data-preview] [data-status]`)).toBeVisible();
  }
  // The quarterly target's yearly window, first from a day February does not have: the save is refused beside the
  // field, in Vietnamese, and what was typed stays; then typed right.
  const windowFrom = page.getByLabel('Chỉ tiêu 3 — khoảng hằng năm từ (ngày/tháng)');
  await windowFrom.fill('31/02');
  await page.getByLabel('Chỉ tiêu 3 — khoảng hằng năm đến (ngày/tháng)').fill('30/9');
  await previewsSettled(page);
  await page.getByRole('button', { name: 'Lưu bước này' }).click();
  await expect(windowFrom).toHaveAccessibleDescription(
    /Ngày “31\/02” không có trong năm; hãy nhập ngày\/tháng, ví dụ 01\/07 hoặc 30\/7\./,
  );
  await expect(windowFrom).toHaveValue('31/02');
  await expect(page.getByLabel('Chỉ tiêu 3 — khoảng hằng năm đến (ngày/tháng)')).toHaveValue('30/9');
  await windowFrom.fill('1/7');
  await previewsSettled(page);
  await page.getByRole('button', { name: 'Lưu bước này' }).click();
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/chi-tieu\\?saved=1$`));
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu bước “Chỉ tiêu”' })).toBeVisible();
  // After the save the preview is the stored targets' evaluation (as without JavaScript).
  await expect(page.locator('[data-preview] [data-status]')).toHaveCount(3);
  await page
    .getByRole('navigation', { name: 'Các bước soạn kế hoạch' })
    .getByRole('link', { name: /Báo cáo/ })
    .click();

  // 6. Reporting duties; the last save ends on the plan page.
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/bao-cao$`));
  await checkStep(page);
  const cadences: Record<string, string> = { yearly: 'Hằng năm', half_yearly: '6 tháng' };
  for (const [i, r] of expected.reporting.entries()) {
    await page.getByRole('button', { name: 'Thêm chế độ báo cáo' }).click();
    const n = `Báo cáo ${i + 1}`;
    await page.getByLabel(`${n} — định kỳ`).selectOption({ label: cadences[r.cadence]! });
    await page.getByLabel(`${n} — cách tính hạn`).selectOption({ label: 'Số ngày sau khi hết kỳ' });
    const halves: Record<string, string> = { H1: '6 tháng đầu năm', H2: '6 tháng cuối năm' };
    for (const p of r.periods ?? [])
      await page
        .getByRole('group', { name: `${n} — chỉ các kỳ` })
        .getByLabel(halves[p]!, { exact: true })
        .check();
    if (r.due.kind === 'after_period_end')
      await page.getByLabel(`${n} — số ngày sau khi hết kỳ`).fill(String(r.due.days));
    const from = page.getByRole('group', { name: `${n} — cơ quan gửi (để trống: mọi cơ quan)` });
    for (const agency of r.fromAgencyIds) await from.getByLabel(name(agency), { exact: true }).check();
    await page.getByLabel(`${n} — gửi đến`).selectOption({ label: name(r.toAgencyId) });
    await page.getByLabel(`${n} — tổng hợp báo cáo cho`).selectOption({ label: name(r.consolidatedForAgencyId!) });
    if (r.note) await page.getByLabel(`${n} — ghi chú`).fill(r.note);
  }
  await page.getByRole('button', { name: 'Lưu và hoàn tất' }).click();
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}\\?saved=1$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);

  const made = (await api.plan.get.query({ id })).plan;
  expect(shape(made)).toEqual(shape(expected));
  // Every id was made by the editor, inside the plan's own id space.
  for (const row of [...made.objectives, ...made.components, ...made.activities, ...made.targets, ...made.reporting])
    expect(row.id.startsWith(`${id}-`)).toBe(true);
});
