import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { FlopgateError } from '../errors.js';

/** The CLI's cache: `$XDG_CACHE_HOME/flopgate`, else `~/.cache/flopgate`. */
export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'flopgate');
}

/** An HTTP answer other than 200, kept apart so that callers can try the next URL on a 404. */
export class HttpStatusError extends FlopgateError {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

export interface DownloadOptions {
  maxBytes: number;
  /** Abort when no byte arrives for this long. */
  idleTimeoutMs?: number;
}

/**
 * The whole body of `url` in memory, or an error: a non-200 answer, a body larger than
 * `maxBytes`, a connection that stalls or closes before Content-Length bytes arrived.
 * Nothing is written here, so a failed download cannot leave a file behind.
 */
export async function download(url: string, opts: DownloadOptions): Promise<Buffer> {
  const ctrl = new AbortController();
  const idle = opts.idleTimeoutMs ?? 60_000;
  let timer = setTimeout(() => ctrl.abort(), idle);
  const poke = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => ctrl.abort(), idle);
  };
  const fail = (why: string): FlopgateError => new FlopgateError(`download of ${url} failed: ${why}`);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: ctrl.signal, redirect: 'follow' });
    } catch (e) {
      throw fail(ctrl.signal.aborted ? `no answer within ${idle / 1000} s` : cause(e));
    }
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => {});
      throw new HttpStatusError(`download of ${url} failed: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status);
    }
    const declared = res.headers.get('content-length');
    const expected = declared !== null && /^\d+$/.test(declared) ? Number(declared) : undefined;
    if (expected !== undefined && expected > opts.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw fail(`${expected} bytes is more than the ${opts.maxBytes} allowed`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          step = await reader.read();
        } catch (e) {
          throw fail(ctrl.signal.aborted ? `stalled after ${total} bytes` : `connection lost after ${total} bytes (${cause(e)})`);
        }
        if (step.done) break;
        total += step.value.byteLength;
        if (total > opts.maxBytes) {
          await reader.cancel().catch(() => {});
          throw fail(`more than the ${opts.maxBytes} bytes allowed`);
        }
        chunks.push(step.value);
        poke();
      }
    }
    if (expected !== undefined && total !== expected) throw fail(`connection closed after ${total} of ${expected} bytes`);
    return Buffer.concat(chunks, total);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Writes `bytes` to `path` through a temporary file in the same directory and a rename, so
 * that readers see either no file or the whole file, and a failure leaves neither behind.
 */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.part`);
  try {
    const fh = await open(tmp, 'wx', 0o644);
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw new FlopgateError(`cannot write ${path}: ${(e as Error).message}`);
  }
}

function cause(e: unknown): string {
  const c = (e as { cause?: { code?: string; message?: string } }).cause;
  if (c?.code) return c.message && !c.message.includes(c.code) ? `${c.code}: ${c.message}` : c.message ?? c.code;
  return c?.message ?? (e as Error).message ?? String(e);
}
