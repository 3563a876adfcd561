import { AUDIT_ACTION_LABELS } from '@pcmbn/domain';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../root.js';

/**
 * Issue 15 item 3: the audit log reads in words. Every action the API writes has a label in the domain — a mutation's
 * procedure path (the default action) and every action a handler names itself (`action: 'auth.login.failed'`).
 */

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('audit action labels', () => {
  it('every mutation of the router has a label', () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const mutations = Object.entries(procedures)
      .filter(([, p]) => p._def.type === 'mutation')
      .map(([path]) => path);
    expect(mutations.length).toBeGreaterThan(30);
    expect(mutations.filter((m) => !(m in AUDIT_ACTION_LABELS))).toEqual([]);
  });

  it('every action a handler names has a label', () => {
    const named = new Set<string>();
    for (const file of sources(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/action: '([a-z]+\.[A-Za-z_.]+)'/g)) named.add(m[1]!);
    }
    expect(named.size).toBeGreaterThan(3);
    expect([...named].filter((a) => !(a in AUDIT_ACTION_LABELS))).toEqual([]);
  });
});
