/**
 * At most PCMBN_HEAVY_WORK (default 2) heavy reads or evaluations of a plan's records at once; the others wait
 * their turn, never fail. Two dashboards over a million records once took the API down (issue 18): whatever the
 * number of officers, memory is bounded by this many evaluations, and the event loop keeps answering public pages
 * between them.
 */

function limitFromEnv(): number {
  const n = Number(process.env['PCMBN_HEAVY_WORK'] ?? 2);
  return Number.isInteger(n) && n >= 1 ? n : 2;
}

class Semaphore {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T> | T): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next in line (running stays the same), or is freed.
      if (next) next();
      else this.running--;
    }
  }
}

const gate = new Semaphore(limitFromEnv());

export function heavyWork<T>(work: () => Promise<T> | T): Promise<T> {
  return gate.run(work);
}
