import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FlopgateError } from '../src/errors.js';
import { KNOWN_DATASETS, ROLES } from '../src/fit/datasets/known.js';
import { runFit } from '../src/fit/run.js';
import type { FitConfig, FitResult } from '../src/fit/types.js';
import { inlineSpec } from '../src/keras/inline.js';

// Debian's dataset-fashion-mnist (CI installs it). Its gzip files carry no file name in their
// header, so they differ from the published ones byte-wise while holding the same IDX data.
const DEBIAN = '/usr/share/datasets/fashion-mnist';
const FILES = ROLES.map((r) => `${KNOWN_DATASETS['fashion-mnist'].files[r].name}.gz`);
const have = FILES.every((f) => existsSync(join(DEBIAN, f)));
if (!have) console.warn(`fit-fashion: SKIPPED, ${DEBIAN} is missing (apt-get install -y dataset-fashion-mnist)`);

type Mode = 'ok' | 'corrupt' | 'cut' | 'plain';

/** Serves the Debian files on 127.0.0.1, with one file corrupted or cut on demand. */
class IdxServer {
  requests: string[] = [];
  mode: Mode = 'ok';
  target = '';
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const name = (req.url ?? '/').replace(/^\/fm\//, '');
      this.requests.push(name);
      if (this.mode === 'plain') {
        // A mirror holding the IDX files uncompressed, under their plain names only.
        const gz = join(DEBIAN, `${name}.gz`);
        if (!FILES.includes(`${name}.gz`)) res.writeHead(404).end();
        else res.writeHead(200).end(gunzipSync(readFileSync(gz)));
        return;
      }
      const path = join(DEBIAN, name);
      if (!FILES.includes(name) || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      let body = readFileSync(path);
      if (this.mode === 'corrupt' && name === this.target) {
        body = Buffer.from(body);
        body[body.length >> 1] ^= 0xff;
      }
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length });
      if (this.mode === 'cut' && name === this.target) {
        res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => res.socket?.destroy(), 20));
        return;
      }
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/fm/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

const spec = inlineSpec(
  [{ flatten: { input_shape: [28, 28] } }, { dense: { units: 32, activation: 'relu' } }, { dense: { units: 10, activation: 'softmax' } }],
  'inline',
);

function ok(r: FitResult): Extract<FitResult, { status: 'ok' }> {
  if (r.status !== 'ok') throw new Error(`fit skipped: ${r.reason}`);
  return r;
}

/** Every file in the cache, temporary ones included (they start with a dot). */
const cached = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe.skipIf(!have)('fit: fashion-mnist downloaded from a local mirror into the cache', () => {
  const server = new IdxServer();
  let base = '';
  let cacheDir = '';
  let cfg: FitConfig;

  beforeAll(async () => {
    base = await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'flopgate-fit-cache-'));
    server.requests = [];
    server.mode = 'ok';
    cfg = {
      dataset: 'fashion-mnist',
      url: base,
      epochs: 1,
      batch_size: 32,
      train_samples: 1000,
      validation_samples: 500,
      seed: 4,
      optimizer: 'adam',
      loss: 'categorical_crossentropy',
      backend: 'auto',
    };
    return () => rmSync(cacheDir, { recursive: true, force: true });
  });

  it('downloads the four files once, verified, then trains from the cache with no request', async () => {
    const lines: string[] = [];
    const first = ok(await runFit(spec, [[28, 28]], cfg, (l) => lines.push(l), { cacheDir }));
    expect(server.requests.sort()).toEqual([...FILES].sort());
    expect(cached(join(cacheDir, 'fashion-mnist'))).toEqual([...FILES].sort());
    for (const f of FILES) {
      // Stored byte for byte as served, after verification.
      expect(readFileSync(join(cacheDir, 'fashion-mnist', f)).equals(readFileSync(join(DEBIAN, f)))).toBe(true);
    }
    expect(lines.filter((l) => l.includes('SHA-256 verified'))).toHaveLength(4);
    expect(first.dataset).toBe('fashion-mnist');
    expect(first.train_samples).toBe(1000);
    expect(first.validation_samples).toBe(500);
    // Clothes, not digits: well above chance (0.1) after one short epoch, below digit accuracy.
    expect(first.accuracy).toBeGreaterThan(0.55);

    server.requests = [];
    const second = ok(await runFit(spec, [[28, 28]], cfg, () => {}, { cacheDir }));
    expect(server.requests).toEqual([]);
    expect(second.accuracy).toBe(first.accuracy);
  });

  it('a file with a wrong checksum is an error naming it, and nothing of it reaches the cache', async () => {
    server.mode = 'corrupt';
    server.target = 't10k-labels-idx1-ubyte.gz';
    const err = await runFit(spec, [[28, 28]], cfg, () => {}, { cacheDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlopgateError);
    const known = KNOWN_DATASETS['fashion-mnist'].files.testLabels;
    const served = Buffer.from(readFileSync(join(DEBIAN, server.target)));
    served[served.length >> 1] ^= 0xff;
    const actual = createHash('sha256').update(served).digest('hex');
    expect((err as Error).message).toBe(
      `fit: fashion-mnist: ${base}t10k-labels-idx1-ubyte.gz: SHA-256 mismatch: expected ${known.gz} (gzipped, or ${known.raw} uncompressed), got ${actual}`,
    );
    const left = cached(join(cacheDir, 'fashion-mnist'));
    expect(left.filter((f) => f.includes('t10k-labels'))).toEqual([]);
    expect(left.filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a connection cut mid-file is an error and leaves no file behind', async () => {
    server.mode = 'cut';
    server.target = 'train-images-idx3-ubyte.gz';
    const err = await runFit(spec, [[28, 28]], cfg, () => {}, { cacheDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlopgateError);
    expect((err as Error).message).toMatch(
      new RegExp(`^fit: fashion-mnist: download of ${base}train-images-idx3-ubyte\\.gz failed: (connection lost|connection closed) after \\d+`),
    );
    expect(server.requests).toContain('train-images-idx3-ubyte.gz');
    const left = cached(join(cacheDir, 'fashion-mnist'));
    expect(left.filter((f) => f.includes('train-images'))).toEqual([]);
    expect(left.filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a cached file that no longer verifies is fetched again', async () => {
    ok(await runFit(spec, [[28, 28]], { ...cfg, train_samples: 200, validation_samples: 100 }, () => {}, { cacheDir }));
    const victim = join(cacheDir, 'fashion-mnist', 'train-labels-idx1-ubyte.gz');
    writeFileSync(victim, 'not the labels');
    server.requests = [];
    const lines: string[] = [];
    ok(await runFit(spec, [[28, 28]], { ...cfg, train_samples: 200, validation_samples: 100 }, (l) => lines.push(l), { cacheDir }));
    expect(server.requests).toEqual(['train-labels-idx1-ubyte.gz']);
    expect(lines.some((l) => l.includes('SHA-256 mismatch') && l.includes('downloading it again'))).toBe(true);
    expect(readFileSync(victim).equals(readFileSync(join(DEBIAN, 'train-labels-idx1-ubyte.gz')))).toBe(true);
  });

  it('falls back to the plain name when the gzipped one is not found, and verifies the IDX bytes', async () => {
    server.mode = 'plain';
    const r = ok(await runFit(spec, [[28, 28]], { ...cfg, train_samples: 200, validation_samples: 100 }, () => {}, { cacheDir }));
    expect(r.dataset).toBe('fashion-mnist');
    const plain = FILES.map((f) => f.replace(/\.gz$/, ''));
    expect(server.requests).toEqual(FILES.flatMap((f, i) => [f, plain[i]]));
    expect(cached(join(cacheDir, 'fashion-mnist'))).toEqual([...plain].sort());
  });

  it('reads the files from a directory (path) without any request', async () => {
    const r = ok(await runFit(spec, [[28, 28]], { ...cfg, url: undefined, path: DEBIAN, train_samples: 300, validation_samples: 200 }, () => {}, { cacheDir }));
    expect(r.validation_samples).toBe(200);
    expect(server.requests).toEqual([]);
    expect(cached(join(cacheDir, 'fashion-mnist'))).toEqual([]);
  });
});

describe.skipIf(!have)('fashion-mnist digests in code', () => {
  /**
   * The published files differ from Debian's only in the gzip header (a file name and the
   * original time stamp); putting those back must reproduce the published SHA-256 exactly.
   */
  it('match the published files rebuilt from the Debian ones', () => {
    const originals: Record<string, number> = {
      'train-images-idx3-ubyte': 1504176606,
      'train-labels-idx1-ubyte': 1504176606,
      't10k-images-idx3-ubyte': 1504176627,
      't10k-labels-idx1-ubyte': 1504176627,
    };
    for (const role of ROLES) {
      const file = KNOWN_DATASETS['fashion-mnist'].files[role];
      const deb = readFileSync(join(DEBIAN, `${file.name}.gz`));
      expect(deb[3]).toBe(0); // no FNAME flag in Debian's header
      const head = Buffer.from([0x1f, 0x8b, 8, 8, 0, 0, 0, 0, deb[8], deb[9]]);
      head.writeUInt32LE(originals[file.name], 4);
      const rebuilt = Buffer.concat([head, Buffer.from(`${file.name}\0`, 'latin1'), deb.subarray(10)]);
      expect(createHash('sha256').update(rebuilt).digest('hex')).toBe(file.gz);
    }
  });
});
