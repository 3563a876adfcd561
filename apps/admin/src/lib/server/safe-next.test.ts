import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

const ORIGIN = 'https://admin.pcmbn.example';

describe('safeNext (where to go after sign-in)', () => {
  it.each([
    // A tab (and CR/LF) are dropped by URL parsers: "/\t/evil.example" is "//evil.example", another host.
    '/\t/evil.example',
    '/\t/evil.example/dang-nhap',
    '/\r\n/evil.example',
    '//evil.example',
    '//evil.example/ke-hoach',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    'https://evil.example',
    'https://evil.example/ke-hoach',
    'http://admin.pcmbn.example/ke-hoach', // same host, other scheme: another origin
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '',
    'ke-hoach',
    '  //evil.example',
    '/.//evil.example', // parses to the path '//evil.example'
    '/..//evil.example',
  ])('refuses %j', (next) => {
    expect(safeNext(next, ORIGIN)).toBe('/');
  });

  it('refuses the attack as it arrives in the query string (%09 decoded by URLSearchParams)', () => {
    const url = new URL('/dang-nhap?next=/%09/evil.example', ORIGIN);
    expect(safeNext(url.searchParams.get('next'), url)).toBe('/');
  });

  it.each([
    ['/ke-hoach', '/ke-hoach'],
    ['/ke-hoach?trang=2&tinh=12', '/ke-hoach?trang=2&tinh=12'],
    ['/ket-qua#ban-ghi', '/ket-qua#ban-ghi'],
    ['/k%E1%BA%BF-ho%E1%BA%A1ch', '/k%E1%BA%BF-ho%E1%BA%A1ch'],
    ['/a/../tai-khoan', '/tai-khoan'],
    ['/', '/'],
  ])('keeps the same-origin path %j', (next, expected) => {
    expect(safeNext(next, ORIGIN)).toBe(expected);
  });

  it('answers the fallback for nothing, and for a refused value', () => {
    expect(safeNext(null, ORIGIN)).toBe('/');
    expect(safeNext(undefined, ORIGIN, '/tai-khoan')).toBe('/tai-khoan');
    expect(safeNext('//evil.example', ORIGIN, '/tai-khoan')).toBe('/tai-khoan');
  });
});
