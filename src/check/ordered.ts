/**
 * Models measured concurrently, told in order. Each model's log lines are held until every
 * model before it is done, then written together, so the log reads as if the models had been
 * measured one after another (grouped per model, in the budget file's order). The model at
 * the head of the order writes through at once: a fit, which waits for its turn (`turn`), is
 * always at the head, so its progress streams live, inside its log group.
 */
export class OrderedLog {
  private head = 0;
  private readonly held = new Map<number, string[]>();
  private readonly done = new Set<number>();
  private readonly waiting = new Map<number, () => void>();

  constructor(private readonly write: (line: string) => void) {}

  log(i: number, line: string): void {
    if (i === this.head) return this.write(line);
    let lines = this.held.get(i);
    if (!lines) this.held.set(i, (lines = []));
    lines.push(line);
  }

  /** Model `i` is finished: it, and whatever finished behind it, is written out. */
  finish(i: number): void {
    this.done.add(i);
    while (this.done.has(this.head)) {
      this.done.delete(this.head);
      this.head++;
      for (const line of this.held.get(this.head) ?? []) this.write(line);
      this.held.delete(this.head);
      this.waiting.get(this.head)?.();
      this.waiting.delete(this.head);
    }
  }

  /** Resolves when every model before `i` is finished (its lines then write through). */
  turn(i: number): Promise<void> {
    if (i === this.head) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(i, resolve));
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
