/**
 * Models measured concurrently, told in order. Each model's log lines (and log groups, such
 * as a fit's) are held until every model before it is told, then written out in place, so
 * the log reads as if the models had been measured one after another: grouped per model, in
 * the budget file's order. The model at the head of the order, with nothing held, writes
 * through at once, and its groups are opened live: a fit that waits for its turn (`turn`)
 * streams its progress as it runs.
 */
type Entry = { line: string } | { title: string; lines: string[]; open: boolean };

type Group = <T>(title: string, fn: () => Promise<T>) => Promise<T>;

export class OrderedLog {
  private head = 0;
  private readonly held = new Map<number, Entry[]>();
  private readonly done = new Set<number>();
  private readonly waiting = new Map<number, () => void>();
  private readonly capturing = new Map<number, Entry & { lines: string[] }>();
  private flushing: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly write: (line: string) => void,
    private readonly group: Group = (_title, fn) => fn(),
  ) {}

  private queue(i: number): Entry[] {
    let q = this.held.get(i);
    if (!q) this.held.set(i, (q = []));
    return q;
  }

  /** Whether model i may write straight through: at the head, nothing of it held, nothing being written. */
  private live(i: number): boolean {
    return i === this.head && !this.flushing && (this.held.get(i)?.length ?? 0) === 0;
  }

  log(i: number, line: string): void {
    const open = this.capturing.get(i);
    if (open) return void open.lines.push(line);
    if (this.live(i)) return this.write(line);
    this.queue(i).push({ line });
    this.flush();
  }

  /** `fn`'s lines in a group: opened live when model i may write through, else held and written in its place. */
  async inGroup<T>(i: number, title: string, fn: () => Promise<T>): Promise<T> {
    if (this.live(i)) return this.group(title, fn);
    const entry = { title, lines: [] as string[], open: true };
    this.queue(i).push(entry);
    this.capturing.set(i, entry);
    try {
      return await fn();
    } finally {
      this.capturing.delete(i);
      entry.open = false;
      this.flush();
    }
  }

  /** Model i is finished: it, and whatever finished behind it, is written out. */
  finish(i: number): void {
    this.done.add(i);
    this.flush();
  }

  /** Resolves when every model before i is told and i may write through. */
  turn(i: number): Promise<void> {
    if (this.live(i)) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.set(i, resolve);
      this.flush();
    });
  }

  /** Settles when everything held has been written. */
  async drained(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private flush(): void {
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = (async () => {
      do {
        this.again = false;
        for (;;) {
          const q = this.held.get(this.head) ?? [];
          while (q.length && !('open' in q[0]! && q[0].open)) {
            const e = q.shift()!;
            if ('line' in e) this.write(e.line);
            else await this.group(e.title, async () => e.lines.forEach((l) => this.write(l)));
          }
          if (q.length || !this.done.has(this.head)) break;
          this.held.delete(this.head);
          this.done.delete(this.head);
          this.head++;
        }
      } while (this.again);
    })().finally(() => {
      this.flushing = undefined;
      // Lines that came while the last of it was being written.
      if (this.again) return this.flush();
      // Whoever waits for its turn gets it once nothing of it is held and nothing is being written.
      const resolve = this.waiting.get(this.head);
      if (resolve && this.live(this.head)) {
        this.waiting.delete(this.head);
        resolve();
      }
    });
  }
}

/**
 * `fn` over `items` with at most `limit` running at once, results in the items' order. The
 * work is started in order, so the first items finish first as far as their costs allow.
 */
export async function mapOrdered<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/**
 * A weighted semaphore granting in the order asked: a request waits until it is first in line
 * and its weight fits. A large model asks for the whole capacity and is measured alone, so
 * concurrency never multiplies the memory of the models that need the most.
 */
export class Gate {
  private used = 0;
  private readonly line: { weight: number; go: () => void }[] = [];

  constructor(private readonly capacity: number) {}

  async run<T>(weight: number, fn: () => Promise<T>): Promise<T> {
    const w = Math.min(Math.max(1, weight), this.capacity);
    if (this.line.length > 0 || this.used + w > this.capacity) await new Promise<void>((go) => this.line.push({ weight: w, go }));
    else this.used += w;
    try {
      return await fn();
    } finally {
      this.used -= w;
      while (this.line.length > 0 && this.used + this.line[0]!.weight <= this.capacity) {
        const next = this.line.shift()!;
        this.used += next.weight;
        next.go();
      }
    }
  }
}
