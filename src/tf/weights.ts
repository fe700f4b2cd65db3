/**
 * A TF.js graph model's weightsManifest: where each constant lies in the shards. The
 * converter writes each group's entries one after another, raw little-endian, no padding,
 * and splits the stream into shard files; so an entry's offset is the byte size of the
 * entries before it in its group. Only the small integer constants shapes and loop bounds
 * need are read, each at its offset; float weights are only shaped.
 */
import { FlopgateError } from '../errors.js';
import type { FileSet } from '../io/file-set.js';
import type { DType } from '../core/tensor.js';

export interface WeightEntry {
  name: string;
  shape: number[];
  dtype: DType;
  group: number;
  /** Byte offset in its group's stream; undefined after an entry whose size the manifest cannot tell (strings). */
  offset?: number;
  bytes?: number;
  /** The stored element type when the converter quantized the weight. */
  quantized?: string;
}

export interface Manifest {
  entries: Map<string, WeightEntry>;
  groups: string[][];
}

const DTYPES: Record<string, { dtype: DType; width: number }> = {
  float32: { dtype: 'float32', width: 4 }, int32: { dtype: 'int32', width: 4 }, bool: { dtype: 'bool', width: 1 },
  complex64: { dtype: 'complex64', width: 8 }, string: { dtype: 'string', width: 0 },
};
const QUANT_WIDTH: Record<string, number> = { uint8: 1, int8: 1, uint16: 2, float16: 2 };

const MAX_ENTRIES = 1_000_000;

export function readManifest(m: unknown, file: string): Manifest {
  const fail = (msg: string): never => {
    throw new FlopgateError(`${file}: weightsManifest: ${msg}`);
  };
  const entries = new Map<string, WeightEntry>();
  const groups: string[][] = [];
  if (m === undefined) return { entries, groups };
  if (!Array.isArray(m)) fail('is not a list of groups');
  (m as unknown[]).forEach((g, gi) => {
    if (typeof g !== 'object' || g === null) fail(`group ${gi} is not an object`);
    const { paths, weights } = g as { paths?: unknown; weights?: unknown };
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) fail(`group ${gi} has no list of paths`);
    if (!Array.isArray(weights)) fail(`group ${gi} has no list of weights`);
    groups.push(paths as string[]);
    let offset: number | undefined = 0;
    for (const w of weights as unknown[]) {
      if (entries.size >= MAX_ENTRIES) fail(`more than ${MAX_ENTRIES} weights`);
      const e = w as { name?: unknown; shape?: unknown; dtype?: unknown; quantization?: { dtype?: unknown } };
      if (typeof e.name !== 'string' || !Array.isArray(e.shape) || !e.shape.every((d) => Number.isSafeInteger(d) && d >= 0) || e.shape.length > 64) fail(`an entry has no name or a bad shape`);
      const t = DTYPES[String(e.dtype)];
      if (!t) fail(`weight "${e.name}" has dtype ${String(e.dtype)}`);
      const n = (e.shape as number[]).reduce((a, b) => a * b, 1);
      const qw = e.quantization ? QUANT_WIDTH[String(e.quantization.dtype)] : undefined;
      const width = qw ?? t.width;
      const bytes = width ? n * width : undefined;
      entries.set(e.name as string, {
        name: e.name as string, shape: e.shape as number[], dtype: t.dtype, group: gi,
        ...(offset !== undefined ? { offset } : {}), ...(bytes !== undefined ? { bytes } : {}),
        ...(e.quantization ? { quantized: String(e.quantization.dtype) } : {}),
      });
      offset = offset === undefined || bytes === undefined ? undefined : offset + bytes;
    }
  });
  return { entries, groups };
}

/** Reads `e`'s values (int32 or float32, at most `max` elements) from its group's shards. */
export async function readWeightValues(man: Manifest, e: WeightEntry, files: FileSet | undefined, file: string, max: number): Promise<number[] | undefined> {
  const n = e.shape.reduce((a, b) => a * b, 1);
  if (n > max || e.offset === undefined || e.bytes === undefined || e.quantized || (e.dtype !== 'int32' && e.dtype !== 'float32' && e.dtype !== 'bool')) return undefined;
  if (!files) throw new FlopgateError(`${file}: the value of constant "${e.name}" is in the weight shards, which cannot be read from here`);
  const out = new Uint8Array(e.bytes);
  let at = 0;
  let shardStart = 0;
  for (const path of man.groups[e.group]) {
    if (at >= e.bytes) break;
    const src = await files.open(path);
    if (!src) throw new FlopgateError(`${files.label(path)}: the weight shard is missing (model.json lists it)`);
    const shardEnd = shardStart + src.size;
    const want = e.offset + at;
    if (want < shardEnd) {
      const take = Math.min(e.bytes - at, shardEnd - want);
      out.set(await src.read(want - shardStart, take), at);
      at += take;
    }
    shardStart = shardEnd;
  }
  if (at < e.bytes) throw new FlopgateError(`${file}: truncated weights: "${e.name}" needs bytes up to ${e.offset + e.bytes} of its group, the shards hold ${shardStart}`);
  const d = new DataView(out.buffer);
  const vals: number[] = [];
  for (let i = 0; i < n; i++) vals.push(e.dtype === 'int32' ? d.getInt32(4 * i, true) : e.dtype === 'float32' ? d.getFloat32(4 * i, true) : d.getUint8(i));
  return vals;
}
