import { expect, test } from '@playwright/test';
import { annotateOldNumbers, linkPhoneNumbers, numberSuccessors } from '../src/lib/phone';

// The pure helpers of src/lib/phone.ts, run without a browser.

const then = [
  { kind: 'national_hotline', number: '18001567' },
  { kind: 'emergency', number: '113' },
  { kind: 'support', number: '04.39719913' },
];
const now = [
  { kind: 'national_hotline', number: '111' },
  { kind: 'emergency', number: '113' },
];

test('an old number is followed by the one number of its kind in force today; one with no successor is not', () => {
  const successors = numberSuccessors(then, now);
  expect([...successors]).toEqual([['18001567', '111']]);
  expect(numberSuccessors(now, now).size).toBe(0);
  // Two numbers of the kind today: no single successor, no note.
  expect(numberSuccessors(then, [...now, { kind: 'national_hotline', number: '112' }]).size).toBe(0);
});

test('annotateOldNumbers finds the old number however it is written, never inside a longer one', () => {
  const successors = numberSuccessors(then, now);
  expect(annotateOldNumbers('Tuyên truyền đường dây nóng 18001567 đến người dân', successors)).toEqual([
    { text: 'Tuyên truyền đường dây nóng ' },
    { old: '18001567', now: '111' },
    { text: ' đến người dân' },
  ]);
  expect(annotateOldNumbers('gọi 1800 1567 hoặc 1800.1567.', successors)).toEqual([
    { text: 'gọi ' },
    { old: '1800 1567', now: '111' },
    { text: ' hoặc ' },
    { old: '1800.1567', now: '111' },
    { text: '.' },
  ]);
  expect(annotateOldNumbers('mã 918001567 và 180015670', successors)).toEqual([{ text: 'mã 918001567 và 180015670' }]);
  expect(annotateOldNumbers('18001567 và 04.39719913', successors)).toEqual([
    { old: '18001567', now: '111' },
    { text: ' và 04.39719913' },
  ]);
  expect(annotateOldNumbers('không có số', new Map())).toEqual([{ text: 'không có số' }]);
});

test('linkPhoneNumbers links numbers in text only: not in tags, links, longer numbers, dates or law articles', () => {
  const numbers = ['111', '113', '114', '115'];
  expect(linkPhoneNumbers('<li><strong>113</strong>: Công an.</li>', numbers)).toBe(
    '<li><strong><a class="tel" href="tel:113">113</a></strong>: Công an.</li>',
  );
  expect(linkPhoneNumbers('<p>hãy gọi ngay 111, miễn phí</p>', numbers)).toBe(
    '<p>hãy gọi ngay <a class="tel" href="tel:111">111</a>, miễn phí</p>',
  );
  expect(linkPhoneNumbers('<p><a href="tel:111">111</a> 1113 11/11 1.115 Điều 113</p>', numbers)).toBe(
    '<p><a href="tel:111">111</a> 1113 11/11 1.115 Điều 113</p>',
  );
  expect(linkPhoneNumbers('<p title="113">x</p>', numbers)).toBe('<p title="113">x</p>');
});
