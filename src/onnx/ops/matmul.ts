import type { OpCounts } from '../../costs/ops.js';
import { broadcast, checkShape, fmt, prod } from '../shapes.js';
import { val, type NodeCtx, type OpRule } from './types.js';

/** M, N, K of a Gemm's product A' B' (after transA / transB), shared with the quantized QGemm. */
export function gemmCore(ctx: NodeCtx, a: number[], b: number[]): { m: number; n: number; k: number } {
  if (a.length !== 2 || b.length !== 2) ctx.fail(`Gemm needs 2-D inputs, got ${fmt(a)} and ${fmt(b)}`);
  const [m, k] = ctx.int('transA', 0) ? [a[1], a[0]] : a;
  const [k2, n] = ctx.int('transB', 0) ? [b[1], b[0]] : b;
  if (k !== k2) ctx.fail(`inner dimensions ${k} and ${k2} of ${fmt(a)} and ${fmt(b)} differ`);
  checkShape([m, n], ctx.fail);
  return { m, n, k };
}

/** Y = alpha A' B' + beta C: M x N x K MACs; C is a bias added once per output element. */
export const Gemm: OpRule = {
  infer(ctx) {
    const { m, n, k } = gemmCore(ctx, ctx.in(0).shape, ctx.in(1).shape);
    const out = [m, n];
    const ops: OpCounts = { mac: m * n * k };
    const c = ctx.opt(2);
    if (c && ctx.float('beta', 1) !== 0) {
      broadcast([out, c.shape], ctx.fail);
      ops.bias = m * n;
      if (ctx.float('beta', 1) !== 1) ops.mul = prod(c.shape);
    }
    if (ctx.float('alpha', 1) !== 1) ops.mul = (ops.mul ?? 0) + m * n;
    return { outputs: [val(out, ctx.in(0).dtype)], ops };
  },
};

/**
 * numpy matmul of shapes a0 and b0: 1-D operands are promoted, leading dimensions broadcast;
 * batch x M x N x K MACs. Shared with the integer forms (MatMulInteger, QLinearMatMul).
 */
export function matmulCore(ctx: NodeCtx, a0: number[], b0: number[]): { out: number[]; mac: number } {
  if (a0.length === 0 || b0.length === 0) ctx.fail('MatMul of a scalar');
  const a = a0.length === 1 ? [1, a0[0]] : a0;
  const b = b0.length === 1 ? [b0[0], 1] : b0;
  const [m, k] = a.slice(-2);
  const [k2, n] = b.slice(-2);
  if (k !== k2) ctx.fail(`inner dimensions of ${fmt(a0)} and ${fmt(b0)} differ`);
  const batch = broadcast([a.slice(0, -2), b.slice(0, -2)], ctx.fail);
  const out = [...batch, ...(a0.length === 1 ? [] : [m]), ...(b0.length === 1 ? [] : [n])];
  checkShape(out, ctx.fail);
  return { out, mac: prod(batch) * m * n * k };
}

export const MatMul: OpRule = {
  infer(ctx) {
    const { out, mac } = matmulCore(ctx, ctx.in(0).shape, ctx.in(1).shape);
    return { outputs: [val(out, ctx.in(0).dtype)], ops: { mac } };
  },
};

interface Term {
  labels: string[];
}

/** Letters of one einsum term; '...' becomes one label per broadcast dimension. */
function parseTerm(term: string, rank: number | undefined, ell: number, fail: (m: string) => never): Term {
  const parts = term.split('...');
  if (parts.length > 2) fail(`einsum term "${term}" has more than one ellipsis`);
  const letters = (s: string) => {
    if (!/^[a-zA-Z]*$/.test(s)) fail(`einsum term "${term}" has a character that is not a letter`);
    return [...s];
  };
  if (parts.length === 1) return { labels: letters(parts[0]) };
  const named = parts[0].length + parts[1].length;
  const n = rank === undefined ? ell : rank - named;
  if (n < 0) fail(`einsum term "${term}" has more letters than its operand has dimensions`);
  const dots = Array.from({ length: n }, (_, i) => `.${ell - n + i}`);
  return { labels: [...letters(parts[0]), ...dots, ...letters(parts[1])] };
}

/**
 * Einsum: with two or more operands every combination of label values is one multiply-add per
 * extra operand (product over all labels x (operands - 1)); with one operand a reduction sums
 * every input element and a pure transpose or diagonal costs nothing.
 */
export const Einsum: OpRule = {
  infer(ctx) {
    const eq = ctx.str('equation', '').replace(/\s+/g, '');
    if (!eq) ctx.fail('has no equation');
    const [lhs, rhs] = eq.split('->');
    const ins: number[][] = [];
    for (let i = 0; i < ctx.nIn; i++) ins.push(ctx.in(i).shape);
    const terms = lhs.split(',');
    if (terms.length !== ins.length) ctx.fail(`equation "${eq}" names ${terms.length} operands, node has ${ins.length}`);
    const ell = Math.max(0, ...terms.map((t, i) => (t.includes('...') ? ins[i].length - t.replace('...', '').length : 0)));
    const parsed = terms.map((t, i) => parseTerm(t, ins[i].length, ell, ctx.fail));
    const size = new Map<string, number>();
    parsed.forEach((t, i) => {
      if (t.labels.length !== ins[i].length) ctx.fail(`term "${terms[i]}" does not match operand shape ${fmt(ins[i])}`);
      t.labels.forEach((l, j) => {
        const d = ins[i][j];
        const seen = size.get(l);
        if (seen === undefined || seen === 1) size.set(l, d);
        else if (d !== seen && d !== 1) ctx.fail(`label ${l} has sizes ${seen} and ${d}`);
      });
    });
    let outLabels: string[];
    if (rhs !== undefined) outLabels = parseTerm(rhs, undefined, ell, ctx.fail).labels;
    else {
      const counts = new Map<string, number>();
      for (const t of parsed) for (const l of t.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
      const dots = [...counts.keys()].filter((l) => l.startsWith('.')).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
      const once = [...counts.entries()].filter(([l, c]) => c === 1 && !l.startsWith('.')).map(([l]) => l).sort();
      outLabels = [...dots, ...once];
    }
    const out = outLabels.map((l) => {
      const d = size.get(l);
      if (d === undefined) return ctx.fail(`output label ${l} appears in no input`);
      return d;
    });
    checkShape(out, ctx.fail);
    const all = prod([...size.values()]);
    let ops: OpCounts = {};
    if (ins.length >= 2) ops = { mac: all * (ins.length - 1) };
    else if (size.size > outLabels.length) ops = { sum: all };
    return { outputs: [val(out, ctx.in(0).dtype)], ops };
  },
};
