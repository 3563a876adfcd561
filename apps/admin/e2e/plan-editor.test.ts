import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { officerApi, signIn } from './auth';
import { hydrated } from './hydration';
import { freshPlan } from './plans';

/** The guided plan editor beyond plans.test.ts: axe over a whole seed plan's steps, and the editor without JavaScript. */

const STEPS = ['thong-tin', 'muc-tieu', 'tieu-de-an', 'hoat-dong', 'chi-tieu', 'bao-cao'];

/**
 * Saves a copy of a seed plan in the editor, every step in turn, without touching a field ("Lưu và sang bước
 * tiếp" from the first step to "Lưu và hoàn tất" on the last), and expects the stored plan unchanged: targets of
 * every kind, reporting rules of both due kinds and with periods, observances, duties, lists whose items hold a ';'.
 */
async function expectUnchangedSave(page: Page, seedId: string): Promise<void> {
  const api = await officerApi();
  const id = `e2e-${seedId}-${Date.now().toString(36)}`;
  const seed = (await api.plan.get.query({ id: seedId })).plan;
  await api.plan.create.mutate({ document: JSON.parse(JSON.stringify(seed).replaceAll(seedId, id)) });
  const before = (await api.plan.get.query({ id })).plan;
  await page.goto(`/ke-hoach/${id}/sua`);
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/thong-tin$`));
  for (const step of STEPS.slice(1)) {
    await page.getByRole('button', { name: /^Lưu và sang bước tiếp/ }).click();
    // A save and the next step's load: a navigation, bounded as one (60 s) on a saturated machine.
    await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/${step}$`), { timeout: 60_000 });
  }
  await page.getByRole('button', { name: 'Lưu và hoàn tất' }).click();
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}\\?saved=1$`), { timeout: 60_000 });
  const after = await api.plan.get.query({ id });
  expect(after.version).toBe(STEPS.length + 1);
  expect(after.plan).toEqual(before);
}

test('axe finds no violations in any step of the editor of a seed plan, every activity open', async ({ page }) => {
  // The longest plan (Trà Vinh 651: every target, activity and reporting rule as fields), six pages of it.
  test.setTimeout(600_000);
  await signIn(page);
  for (const step of STEPS) {
    await page.goto(`/ke-hoach/tv651/sua/${step}`);
    await expect(page.getByRole('navigation', { name: 'Các bước soạn kế hoạch' })).toBeVisible();
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${step} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('with JavaScript the row buttons change the page without a request, and Enter in a field saves', async ({
  page,
}) => {
  const id = await freshPlan();
  await signIn(page);
  await page.goto(`/ke-hoach/${id}/sua/thong-tin`);
  // A click before hydration would post the form, as without JavaScript.
  await hydrated(page);
  const posts: string[] = [];
  page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())));
  await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
  await page.getByLabel('Căn cứ 1 — tên văn bản').fill('Luật Phòng, chống mua bán người');
  await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
  await page.getByRole('button', { name: 'Xóa căn cứ 2' }).click();
  await expect(page.getByLabel('Căn cứ 2 — tên văn bản')).toHaveCount(0);
  expect(posts).toEqual([]);

  // Enter in a field saves the step and opens the next one.
  await page.getByLabel('Số, ký hiệu').fill('13/KH-UBND');
  await page.getByLabel('Số, ký hiệu').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/muc-tieu$`));
  expect(posts).toEqual([expect.stringMatching(/\?\/save$/)]);
  await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
  await page.getByRole('button', { name: 'Xóa mục tiêu 1' }).click();
  await expect(page.getByLabel('Mục tiêu 1 — nội dung')).toHaveCount(0);
  expect(posts).toHaveLength(1);
  const saved = await (await officerApi()).plan.get.query({ id });
  expect(saved.plan).toMatchObject({
    code: '13/KH-UBND',
    legalBases: [{ title: 'Luật Phòng, chống mua bán người' }],
    objectives: [],
  });
});

test('with JavaScript a copy of a seed plan saved unchanged stays the same', async ({ page }) => {
  await signIn(page);
  await expectUnchangedSave(page, 'lc2228');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('rows are added and removed, a refused save keeps the text, and a save reaches the plan page', async ({
    page,
  }) => {
    const id = await freshPlan();
    await signIn(page);
    await page.goto(`/ke-hoach/${id}/sua/thong-tin`);
    await page.getByLabel('Tên kế hoạch').fill('Sửa không cần JavaScript');

    // A row button posts the form: the server adds the row and shows the draft again, what was typed included.
    await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
    await expect(page.getByLabel('Tên kế hoạch')).toHaveValue('Sửa không cần JavaScript');
    await page.getByLabel('Căn cứ 1 — tên văn bản').fill('Luật Phòng, chống mua bán người');
    await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
    await page.getByRole('button', { name: 'Xóa căn cứ 2' }).click();
    await expect(page.getByLabel('Căn cứ 2 — tên văn bản')).toHaveCount(0);
    await page.getByRole('button', { name: /^Lưu và sang bước tiếp/ }).click();
    await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/muc-tieu$`));

    // The targets step: its evaluation as stored (computed on the server), a sentence read back in words.
    await page.goto(`/ke-hoach/${id}/sua/chi-tieu`);
    await expect(page.locator('[data-target-row="0"] [data-preview] [data-status]')).toBeVisible();
    await expect(page.locator('[data-target-row="0"] [data-sentence]')).toContainText('Đạt ít nhất 1.000 (số lượng)');
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await page.getByLabel('Chỉ tiêu 2 — nội dung (câu trong kế hoạch)').fill('Tổ chức ít nhất 01 hội nghị');
    await page.getByLabel('Chỉ tiêu 2 — số lượng tối thiểu').fill('0');

    // Refused by the API (a quantity must be positive): the error beside its field, nothing typed lost.
    await page.getByRole('button', { name: 'Lưu bước này' }).click();
    await expect(page.getByRole('alert')).toContainText('Chưa lưu được kế hoạch');
    await expect(page.locator('#f-targets-1-minQuantity')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Chỉ tiêu 2 — nội dung (câu trong kế hoạch)')).toHaveValue(
      'Tổ chức ít nhất 01 hội nghị',
    );
    expect((await (await officerApi()).plan.get.query({ id })).version).toBe(2);

    // Another measure for target 2: its own fields appear first, to be filled in before the save.
    await page.getByLabel('Chỉ tiêu 2 — cách đo').selectOption('cadence');
    await page.getByRole('button', { name: 'Lưu bước này' }).click();
    await expect(page.getByRole('alert')).toContainText('Chỉ tiêu 2 đã đổi cách đo');
    await page.getByLabel('Chỉ tiêu 2 — chu kỳ').selectOption('quarter');
    await page.getByLabel('Chỉ tiêu 2 — số kết quả tối thiểu mỗi kỳ').fill('2');
    // Activity types and area tags are checkboxes with their names: posted without JavaScript.
    const types = page.getByRole('group', { name: 'Chỉ tiêu 2 — loại hoạt động được tính' });
    await types.getByLabel('Hội nghị truyền thông', { exact: true }).check();
    // Enter in a field saves the step and goes on (the form's first submit button is the save, not a row button).
    await page.getByLabel('Chỉ tiêu 2 — số kết quả tối thiểu mỗi kỳ').press('Enter');

    await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}/sua/bao-cao$`));
    await page.getByRole('button', { name: 'Lưu và hoàn tất' }).click();
    await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}\\?saved=1$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa không cần JavaScript');
    await expect(page.getByText('Tổ chức ít nhất 01 hội nghị')).toBeVisible();
    const saved = await (await officerApi()).plan.get.query({ id });
    expect(saved.version).toBe(4);
    expect(saved.plan.legalBases.map((b) => b.title)).toEqual(['Luật Phòng, chống mua bán người']);
    expect(saved.plan.targets[1]).toMatchObject({
      kind: 'cadence',
      every: 'quarter',
      minPerPeriod: 2,
      activityTypes: ['community_event', 'conference'],
    });
    expect(saved.plan.targets[1]!.id.startsWith(`${id}-`)).toBe(true);
    // Fields the form left alone are as they were.
    expect(saved.plan.components[0]).toMatchObject({ leadAgencyId: 'lc-sldtbxh', cooperatingAgencyIds: ['lc-bao'] });
    expect(saved.plan.activities[0]).toMatchObject({ plannedQuantity: 1000, unit: 'tờ' });
  });

  test('copies of the seed plans saved unchanged stay the same, every list and option included', async ({ page }) => {
    await signIn(page);
    for (const seed of ['tv651', 'lc2228']) await expectUnchangedSave(page, seed);
  });

  test('a new plan is created from the first step, its id made for it, and is a draft', async ({ page }) => {
    await signIn(page);
    await page.goto('/ke-hoach/moi');
    await page.getByLabel('Số, ký hiệu').fill('99/KH-UBND');
    await page.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Lai Châu');
    await page.getByLabel('Tên kế hoạch').fill('Kế hoạch tạo không cần JavaScript');
    await page.getByRole('button', { name: /^Tạo kế hoạch và sang bước tiếp/ }).click();
    await expect(page).toHaveURL(/\/ke-hoach\/[a-z0-9-]+\/sua\/muc-tieu$/);
    const id = /\/ke-hoach\/([a-z0-9-]+)\/sua/.exec(page.url())![1]!;
    await expect(page.getByRole('heading', { level: 1 })).toContainText('99/KH-UBND');
    const made = await (await officerApi()).plan.get.query({ id });
    expect(made).toMatchObject({ status: 'draft', plan: { title: 'Kế hoạch tạo không cần JavaScript' } });
  });
});
