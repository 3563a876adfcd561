import { expect, test } from '@playwright/test';
import {
  PageCache,
  chooseEncoding,
  dependencies,
  notModified,
  preparePage,
  servePage,
  stampOf,
  vietnamDay,
} from '../src/lib/server/page-cache';

// The pure parts of src/lib/server/page-cache.ts, run without a browser.

const html = (text: string) => new TextEncoder().encode(`<!doctype html><p>${text}</p>`);

test('only listed pages are kept, each with the kinds it shows; search and the safety page never', () => {
  expect(dependencies('/kien-thuc/goi-tro-giup')).toEqual(['content', 'contacts']);
  expect(dependencies('/km/tinh/84')).not.toContain('content');
  expect(dependencies('/en')).toContain('content');
  for (const path of ['/tim-kiem', '/en/tim-kiem', '/an-toan', '/km/an-toan', '/khong-co-trang-nay', '/tinh/abc']) {
    expect(dependencies(path), path).toBeNull();
  }
});

test('the stamp names the day in Vietnam (UTC+7) and each kind’s version', () => {
  expect(vietnamDay(Date.UTC(2026, 6, 29, 17, 0))).toBe('2026-07-30');
  expect(vietnamDay(Date.UTC(2026, 6, 29, 16, 59))).toBe('2026-07-29');
  expect(stampOf(['content', 'contacts'], { content: '3', contacts: '9' }, '2026-07-30')).toBe(
    '2026-07-30|content:3,contacts:9',
  );
});

test('encoding: br before gzip, q=0 refuses, nothing compressed for a small page', () => {
  expect(chooseEncoding('gzip, deflate, br', true)).toBe('br');
  expect(chooseEncoding('gzip', true)).toBe('gzip');
  expect(chooseEncoding('br;q=0, gzip', true)).toBe('gzip');
  expect(chooseEncoding('*', true)).toBe('br');
  expect(chooseEncoding('identity', true)).toBe('identity');
  expect(chooseEncoding(null, true)).toBe('identity');
  expect(chooseEncoding('br', false)).toBe('identity');
});

test('a page under 1 KB is sent as it is, never labelled with an encoding it does not have', async () => {
  const page = await preparePage('s', Infinity, new Headers({ 'content-type': 'text/plain' }), html('robots'));
  const response = servePage(page, new Request('http://x/robots.txt', { headers: { 'accept-encoding': 'br' } }));
  expect(response.headers.get('content-encoding')).toBeNull();
  expect(await response.text()).toBe('<!doctype html><p>robots</p>');
});

test('If-None-Match: any encoding’s tag of the page, weak or strong, or *; another page’s tag is no match', () => {
  expect(notModified('"abc"', 'abc')).toBe(true);
  expect(notModified('W/"abc-gzip"', 'abc')).toBe(true);
  expect(notModified('"x", "abc-br"', 'abc')).toBe(true);
  expect(notModified('*', 'abc')).toBe(true);
  expect(notModified('"abcd"', 'abc')).toBe(false);
  expect(notModified(null, 'abc')).toBe(false);
});

test('readers arriving during a render share it; a moved stamp or an old page renders again', async () => {
  const cache = new PageCache(2);
  let renders = 0;
  const produce = async () => {
    renders++;
    await new Promise((resolve) => setImmediate(resolve));
    return preparePage('v1', Infinity, new Headers(), html('home'));
  };
  const together = await Promise.all([cache.render('/', 'v1', produce), cache.render('/', 'v1', produce)]);
  expect(renders).toBe(1);
  expect(together[0]).toBe(together[1]);
  expect(cache.get('/', 'v1')).toBe(together[0]);
  expect(cache.get('/', 'v2')).toBeUndefined();
  const renewing = await cache.render('/a', 'v1', () => preparePage('v1', 1_000, new Headers(), html('a')));
  expect(cache.get('/a', 'v1', 999)).toBe(renewing);
  expect(cache.get('/a', 'v1', 1_000)).toBeUndefined();
  // At most two pages: the least recently used goes.
  cache.get('/', 'v1');
  await cache.render('/b', 'v1', () => preparePage('v1', Infinity, new Headers(), html('b')));
  expect(cache.size).toBe(2);
  expect(cache.get('/a', 'v1', 0)).toBeUndefined();
  expect(cache.get('/', 'v1')).toBeDefined();
  // An answer that may not be kept is not kept.
  expect(await cache.render('/c', 'v1', () => Promise.resolve(null))).toBeNull();
  expect(cache.get('/c', 'v1')).toBeUndefined();
});
