import type { LayerReport } from '../report/types.js';

/** One side of a layer change: the layer as the base or the head has it. */
export interface LayerSide {
  name: string;
  type: string;
  flops: bigint;
  params: bigint;
}

/** A layer added, removed or changed between the base and the head, with its figures on each side. */
export interface LayerChange {
  change: 'added' | 'removed' | 'changed';
  /** null for an added layer. */
  before: LayerSide | null;
  /** null for a removed layer. */
  after: LayerSide | null;
  flops_delta: bigint;
  params_delta: bigint;
}

/**
 * Beyond this many unmatched pairs the renamed layers are paired by position alone: the
 * alignment by type is quadratic, and a graph of 100k nodes renamed wholesale is a rewrite.
 */
const MAX_ALIGN = 4_000_000;

/**
 * What an operation is, whatever the format calls it, so that a model whose file format
 * changed (Keras Dense, ONNX Gemm or MatMul) still pairs its layers.
 */
function family(type: string): string {
  const t = type.replace(/^.*\./, '').toLowerCase();
  if (t === 'dense' || t === 'gemm' || t === 'matmul' || t === 'linear' || t === 'einsumdense') return 'dense';
  if (/^conv([123]d)?$/.test(t) || t === 'convolution2d') return 'conv';
  if (/^(max|average)pool(ing)?[123]d$|^(max|average)pool$/.test(t)) return t.startsWith('max') ? 'maxpool' : 'avgpool';
  return t;
}

const side = (l: LayerReport): LayerSide => ({ name: l.name, type: l.type, flops: l.flops, params: l.params });

/**
 * The layers that differ between `base` and `head`, biggest change first. Layers are paired by
 * name (the path inside nested models); those left are paired in order where their operation
 * is the same (a renamed layer, or a file exported anew under other names), by the longest
 * common subsequence of their operations. A pair whose FLOPs, params or operation differ is
 * `changed`; what stays unpaired is `removed` from the base or `added` in the head.
 */
export function diffLayers(base: readonly LayerReport[], head: readonly LayerReport[]): LayerChange[] {
  const pairs: [LayerReport, LayerReport][] = [];
  const byName = new Map<string, LayerReport[]>();
  for (const l of base) {
    const q = byName.get(l.name);
    if (q) q.push(l);
    else byName.set(l.name, [l]);
  }
  const paired = new Set<LayerReport>();
  const headLeft: LayerReport[] = [];
  for (const h of head) {
    const b = byName.get(h.name)?.shift();
    if (b) {
      pairs.push([b, h]);
      paired.add(b);
    } else headLeft.push(h);
  }
  const baseLeft = base.filter((l) => !paired.has(l));
  const [renamed, removed, added] = align(baseLeft, headLeft);
  pairs.push(...renamed);

  const changes: LayerChange[] = [];
  for (const [b, h] of pairs) {
    // The same operation under another format's name (Dense, Gemm) with the same figures is no change.
    if (b.flops === h.flops && b.params === h.params && family(b.type) === family(h.type)) continue;
    changes.push({ change: 'changed', before: side(b), after: side(h), flops_delta: h.flops - b.flops, params_delta: h.params - b.params });
  }
  for (const b of removed) changes.push({ change: 'removed', before: side(b), after: null, flops_delta: -b.flops, params_delta: -b.params });
  for (const h of added) changes.push({ change: 'added', before: null, after: side(h), flops_delta: h.flops, params_delta: h.params });
  const abs = (x: bigint) => (x < 0n ? -x : x);
  return changes
    .map((c, i) => ({ c, i }))
    .sort((x, y) => {
      const df = abs(y.c.flops_delta) - abs(x.c.flops_delta);
      if (df !== 0n) return df > 0n ? 1 : -1;
      const dp = abs(y.c.params_delta) - abs(x.c.params_delta);
      if (dp !== 0n) return dp > 0n ? 1 : -1;
      // Equal changes keep the head's order (pairs by name come first, in the head's order).
      return x.i - y.i;
    })
    .map(({ c }) => c);
}

/**
 * Pairs of the unmatched layers whose operations agree, in order (longest common subsequence
 * of their families), and what is left on each side.
 */
function align(base: LayerReport[], head: LayerReport[]): [[LayerReport, LayerReport][], LayerReport[], LayerReport[]] {
  if (base.length === 0 || head.length === 0) return [[], base, head];
  const fb = base.map((l) => family(l.type));
  const fh = head.map((l) => family(l.type));
  const pairs: [LayerReport, LayerReport][] = [];
  if (base.length * head.length > MAX_ALIGN) {
    // Position alone: the k-th leftover of each side, when their operations agree.
    const n = Math.min(base.length, head.length);
    for (let k = 0; k < n; k++) if (fb[k] === fh[k]) pairs.push([base[k]!, head[k]!]);
  } else {
    const m = head.length;
    // lcs[i][j]: the longest common subsequence of base[i..] and head[j..], one flat array.
    const lcs = new Uint32Array((base.length + 1) * (m + 1));
    for (let i = base.length - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] = fb[i] === fh[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
      }
    }
    let [i, j] = [0, 0];
    while (i < base.length && j < m) {
      if (fb[i] === fh[j]) {
        pairs.push([base[i]!, head[j]!]);
        i++;
        j++;
      } else if (lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!) i++;
      else j++;
    }
  }
  const usedB = new Set(pairs.map((p) => p[0]));
  const usedH = new Set(pairs.map((p) => p[1]));
  return [pairs, base.filter((l) => !usedB.has(l)), head.filter((l) => !usedH.has(l))];
}
