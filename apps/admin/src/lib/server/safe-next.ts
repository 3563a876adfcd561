/**
 * Where to send someone after signing in (or changing the password): only a page of this site.
 *
 * `next` comes from the address bar (`/dang-nhap?next=…`) or a form, so an attacker chooses it. Prefix checks on the
 * raw string are not enough — browsers drop tabs and newlines and read `\` as `/`, so `/\t/evil.example` is
 * `//evil.example`, another host. Instead `next` is parsed the way a browser would, against this site's origin, and
 * kept only when the result has the same origin; the answer is the parsed path, query and fragment, never the raw
 * input, and never a path that a browser could read as another host (`//…`).
 */
export function safeNext(next: string | null | undefined, origin: string | URL, fallback = '/'): string {
  // Only absolute paths: 'ke-hoach' would be relative to the current page, ' javascript:…' is no path at all.
  if (!next || !next.startsWith('/')) return fallback;
  const site = new URL(origin).origin;
  let target: URL;
  try {
    target = new URL(next, site);
  } catch {
    return fallback;
  }
  if (target.origin !== site) return fallback;
  const path = target.pathname + target.search + target.hash;
  // '/.//evil.example' parses to the path '//evil.example', which a browser would take for a host.
  if (!path.startsWith('/') || path.startsWith('//')) return fallback;
  return path;
}
