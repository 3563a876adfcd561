/**
 * Device settings, given once in the start URL (e.g. `/?idle=120`) by whoever sets the kiosk up and kept in
 * localStorage, since the kiosk itself navigates away from that URL. Tests use short values the same way.
 *
 * idle   seconds without a touch before the session is forgotten (default 90)
 * batch  usage events per upload (default 500, the API's maximum)
 * sync   seconds between content checks while online (default 300)
 * beat   seconds between heartbeats (default 180)
 * poll   seconds between pairing status checks (default 2)
 */
import { idleSecondsFrom } from '@pcmbn/domain';

const KEY = 'pcmbn.kiosk.settings';
export interface KioskSettings {
  idleSeconds: number;
  batchSize: number;
  syncSeconds: number;
  heartbeatSeconds: number;
  pollSeconds: number;
}

const intIn = (value: string | null | undefined, fallback: number, min: number, max: number) => {
  const n = value ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
};

export function loadSettings(url: URL): KioskSettings {
  let stored: Record<string, string>;
  try {
    stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
  } catch {
    stored = {};
  }
  for (const name of ['idle', 'batch', 'sync', 'beat', 'poll']) {
    const value = url.searchParams.get(name);
    if (value !== null) stored[name] = value;
  }
  localStorage.setItem(KEY, JSON.stringify(stored));
  return {
    idleSeconds: idleSecondsFrom(stored['idle']),
    batchSize: intIn(stored['batch'], 500, 1, 500),
    syncSeconds: intIn(stored['sync'], 300, 2, 86_400),
    heartbeatSeconds: intIn(stored['beat'], 180, 2, 86_400),
    pollSeconds: intIn(stored['poll'], 2, 1, 60),
  };
}
