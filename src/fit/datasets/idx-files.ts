import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { FlopgateError } from '../../errors.js';
import { readRegularFile } from '../../io/byte-source.js';
import { download, HttpStatusError, writeAtomic } from '../cache.js';
import { inflate, isGzip, parseIdx, type IdxArray } from '../idx.js';
import { permutation, seededRng } from '../random.js';
import type { FitConfig } from '../types.js';
import { CLASSES, IMAGE_SIDE, pick, type DatasetSplit } from './digits.js';
import { IDX_NAMES, KNOWN_DATASETS, ROLES, type KnownDataset, type KnownFile, type Role } from './known.js';

/** Gzipped, the largest standard file is 26 MB; served uncompressed, 47 MB. */
const MAX_DOWNLOAD_BYTES = 128 * 1024 * 1024;

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/**
 * The IDX bytes of a downloaded or cached file when its digest is a known one (the published
 * gzip, or the IDX inside however it was packed); otherwise an error naming the file, the
 * expected digest and the actual one.
 */
export function verifyKnown(bytes: Uint8Array, file: KnownFile, label: string): Uint8Array {
  const actual = sha256(bytes);
  if (actual === file.gz) return inflate(bytes, label);
  let payload: Uint8Array | undefined;
  try {
    payload = inflate(bytes, label);
  } catch {
    payload = undefined;
  }
  if (payload && sha256(payload) === file.raw) return payload;
  throw new FlopgateError(`${label}: SHA-256 mismatch: expected ${file.gz} (gzipped, or ${file.raw} uncompressed), got ${actual}`);
}

/** File names a directory may hold a file under: gzipped or not, dash or dot before `idx`. */
function localNames(name: string): string[] {
  const dotted = name.replace(/-(idx\d)/, '.$1');
  return [`${name}.gz`, name, `${dotted}.gz`, dotted];
}

/**
 * A file of the directory, or undefined when it has none: read only if it is a regular file
 * within the download bound, so a FIFO there cannot block the fit nor a device fill memory.
 */
function readIfExists(path: string): Buffer | undefined {
  const bytes = readRegularFile(path, `fit: ${path}`, { max: MAX_DOWNLOAD_BYTES, noun: 'an IDX file', optional: true });
  return bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

async function fromDirectory(dir: string, name: string): Promise<{ path: string; bytes: Buffer } | undefined> {
  for (const n of localNames(name)) {
    const path = join(dir, n);
    const bytes = readIfExists(path);
    if (bytes) return { path, bytes };
  }
  return undefined;
}

function joinUrl(base: string, file: string): string {
  return base.endsWith('/') ? base + file : `${base}/${file}`;
}

interface Fetcher {
  cacheDir: string;
  url?: string;
  log: (line: string) => void;
}

/**
 * A known file's IDX bytes: from the cache when it holds a verified copy, else downloaded
 * (gzipped first, then plain) from the configured base URL or the mirrors, verified, and only
 * then written into the cache.
 */
async function obtain(ds: KnownDataset, file: KnownFile, f: Fetcher): Promise<Uint8Array> {
  const dir = join(f.cacheDir, ds.id);
  const cached = await fromDirectory(dir, file.name);
  if (cached) {
    try {
      return verifyKnown(cached.bytes, file, `fit: ${cached.path}`);
    } catch (e) {
      f.log(`${(e as Error).message}; downloading it again`);
      await unlink(cached.path).catch(() => {});
    }
  }
  const bases = f.url ? [f.url] : ds.mirrors;
  const tried: string[] = [];
  let firstError: FlopgateError | undefined;
  for (const base of bases) {
    for (const suffix of ['.gz', '']) {
      const url = joinUrl(base, file.name + suffix);
      tried.push(url);
      let bytes: Buffer;
      try {
        bytes = await download(url, { maxBytes: MAX_DOWNLOAD_BYTES });
      } catch (e) {
        if (e instanceof HttpStatusError && e.status === 404) continue;
        firstError ??= e instanceof FlopgateError ? e : new FlopgateError(String(e));
        break; // a broken mirror: the plain name there will not fare better; try the next one
      }
      const payload = verifyKnown(bytes, file, `fit: ${ds.id}: ${url}`);
      const dest = join(dir, isGzip(bytes) ? `${file.name}.gz` : file.name);
      await writeAtomic(dest, bytes);
      f.log(`fit: downloaded ${url} (${bytes.length} bytes, SHA-256 verified) into ${dest}`);
      return payload;
    }
  }
  if (firstError) throw new FlopgateError(`fit: ${ds.id}: ${firstError.message}`);
  throw new FlopgateError(`fit: ${ds.id}: ${file.name} not found at ${tried.join(', ')}`);
}

/** Images [n, 28, 28] and labels [n] in 0..9, checked as a pair. */
function pair(images: IdxArray, labels: IdxArray, what: string): { images: Uint8Array; labels: Uint8Array; count: number } {
  const [n, h, w] = images.dims;
  if (images.dims.length !== 3 || h !== IMAGE_SIDE || w !== IMAGE_SIDE) {
    throw new FlopgateError(`fit: ${what} images have shape [${images.dims.join(', ')}], expected [n, 28, 28]`);
  }
  if (labels.dims.length !== 1 || labels.dims[0] !== n) {
    throw new FlopgateError(`fit: ${what} labels have shape [${labels.dims.join(', ')}], expected [${n}] to match the images`);
  }
  const bad = labels.data.findIndex((l) => l >= CLASSES);
  if (bad >= 0) throw new FlopgateError(`fit: ${what} label ${bad} is ${labels.data[bad]}; the fit trains 10 classes (0..9)`);
  return { images: images.data, labels: labels.data, count: n };
}

/**
 * `mnist-full`, `fashion-mnist` (known files, verified) or `idx` (any four IDX files at
 * `path`, taken as they are). Training samples come from the train files, validation samples
 * from the t10k files, each drawn with the seed.
 */
export async function idxDataset(cfg: FitConfig, cacheDir: string, log: (line: string) => void): Promise<DatasetSplit> {
  const known = cfg.dataset === 'idx' ? undefined : KNOWN_DATASETS[cfg.dataset as KnownDataset['id']];
  if (!known && !cfg.path) throw new FlopgateError('fit: dataset idx needs path: a directory holding the four IDX files');
  const parsed = {} as Record<Role, IdxArray>;
  for (const role of ROLES) {
    const name = IDX_NAMES[role];
    let payload: Uint8Array;
    if (cfg.path) {
      const found = await fromDirectory(cfg.path, name);
      if (!found) throw new FlopgateError(`fit: ${cfg.dataset}: no ${name}(.gz) in ${cfg.path}`);
      payload = known ? verifyKnown(found.bytes, known.files[role], `fit: ${found.path}`) : found.bytes;
      parsed[role] = parseIdx(payload, `fit: ${found.path}`);
    } else {
      payload = await obtain(known as KnownDataset, (known as KnownDataset).files[role], { cacheDir, url: cfg.url, log });
      parsed[role] = parseIdx(payload, `fit: ${cfg.dataset}: ${name}`);
    }
  }
  const train = pair(parsed.trainImages, parsed.trainLabels, `${cfg.dataset} training`);
  const test = pair(parsed.testImages, parsed.testLabels, `${cfg.dataset} t10k`);
  if (cfg.train_samples > train.count) {
    throw new FlopgateError(`fit: ${cfg.dataset} has ${train.count} training images; train_samples is ${cfg.train_samples}`);
  }
  if (cfg.validation_samples > test.count) {
    throw new FlopgateError(`fit: ${cfg.dataset} has ${test.count} t10k images for validation; validation_samples is ${cfg.validation_samples}`);
  }
  const rng = seededRng(cfg.seed);
  const trainOrder = permutation(train.count, rng).subarray(0, cfg.train_samples);
  const testOrder = permutation(test.count, rng).subarray(0, cfg.validation_samples);
  return {
    dataset: cfg.dataset,
    train: pick(train.images, train.labels, trainOrder),
    validation: pick(test.images, test.labels, testOrder),
  };
}
