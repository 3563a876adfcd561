/**
 * The guided editor's steps (issue 15 item 2): one section of the plan per page, in the order the plan is written.
 * A step's slug is its URL segment (/ke-hoach/[id]/sua/[buoc]).
 */
export const STEPS = [
  { slug: 'thong-tin', title: 'Thông tin chung và căn cứ' },
  { slug: 'muc-tieu', title: 'Mục tiêu' },
  { slug: 'tieu-de-an', title: 'Tiểu đề án và cơ quan' },
  { slug: 'hoat-dong', title: 'Hoạt động' },
  { slug: 'chi-tieu', title: 'Chỉ tiêu' },
  { slug: 'bao-cao', title: 'Báo cáo' },
] as const;

export type StepSlug = (typeof STEPS)[number]['slug'];

export const isStep = (slug: string): slug is StepSlug => STEPS.some((s) => s.slug === slug);

export const stepIndex = (slug: StepSlug) => STEPS.findIndex((s) => s.slug === slug);

/** The step after `slug`, or undefined after the last. */
export const nextStep = (slug: StepSlug) => STEPS[stepIndex(slug) + 1];

/** What the save buttons ask for after the save: the next step, the same step, or the plan page (last step). */
export type Then = 'next' | 'stay';
