/** Products: matrix multiplication in its forms, and Einstein summation. */
import { addCounts, big, type Counts } from '../counts.js';
import { einsumPlan } from '../einsum.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { broadcast, normAxis } from '../shape.js';
import { fmt, size, tensor, type Tensor } from '../tensor.js';
import { mapBroadcast, small } from '../values.js';

/**
 * numpy matmul: the last two axes multiply, the leading ones broadcast; a vector operand is
 * promoted to a matrix and its axis dropped again. MACs = batch x M x N x K.
 */
export function matmul(a: Tensor, b: Tensor): OpResult {
  if (a.shape.length === 0 || b.shape.length === 0) fault('cannot matrix-multiply a scalar');
  const as = a.shape.length === 1 ? [1, a.shape[0]] : a.shape;
  const bs = b.shape.length === 1 ? [b.shape[0], 1] : b.shape;
  const [m, k] = as.slice(-2);
  const [k2, n] = bs.slice(-2);
  if (k !== k2) fault(`inner dimensions of ${fmt(a.shape)} and ${fmt(b.shape)} differ`);
  const lead = broadcast([as.slice(0, -2), bs.slice(0, -2)]);
  const out = [...lead, ...(a.shape.length === 1 ? [] : [m]), ...(b.shape.length === 1 ? [] : [n])];
  const values = a.values && b.values && small(out) ? foldMatmul(a.values, as, b.values, bs, lead, m, n, k) : undefined;
  return result([tensor(out, a.dtype, values)], { mac: big(size(lead), m, n, k) });
}

/** The product's values, batch by batch (operands broadcast over the leading axes). */
function foldMatmul(a: readonly number[], as: readonly number[], b: readonly number[], bs: readonly number[], lead: readonly number[], m: number, n: number, k: number): number[] {
  const out: number[] = [];
  const batches = size(lead);
  const offset = (shape: readonly number[], i: number) => {
    // The batch index within an operand whose leading axes broadcast onto `lead`.
    const own = shape.slice(0, -2);
    let off = 0;
    let rem = i;
    let stride = 1;
    const idx = lead.map((d) => d);
    for (let d = lead.length - 1; d >= 0; d--) {
      idx[d] = rem % lead[d];
      rem = Math.floor(rem / lead[d]);
    }
    for (let d = own.length - 1; d >= 0; d--) {
      const c = own[d] === 1 ? 0 : idx[d + lead.length - own.length];
      off += c * stride;
      stride *= own[d];
    }
    return off;
  };
  for (let t = 0; t < batches; t++) {
    const ao = offset(as, t) * m * k;
    const bo = offset(bs, t) * k * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let p = 0; p < k; p++) acc += a[ao + i * k + p] * b[bo + p * n + j];
        out.push(acc);
      }
    }
  }
  return out;
}

/**
 * Gemm, Y = alpha A' B' + beta C (ONNX; A' and B' optionally transposed 2-D matrices):
 * M x N x K MACs; C a bias added once per output element; an alpha or beta other than 1 one
 * multiplication per element it scales.
 */
export function gemm(a: Tensor, b: Tensor, c: Tensor | undefined, o: { transA: boolean; transB: boolean; alpha: number; beta: number }): OpResult {
  if (a.shape.length !== 2 || b.shape.length !== 2) fault(`Gemm needs 2-D inputs, got ${fmt(a.shape)} and ${fmt(b.shape)}`);
  const [m, k] = o.transA ? [a.shape[1], a.shape[0]] : a.shape;
  const [k2, n] = o.transB ? [b.shape[1], b.shape[0]] : b.shape;
  if (k !== k2) fault(`inner dimensions ${k} and ${k2} of ${fmt(a.shape)} and ${fmt(b.shape)} differ`);
  const counts: Counts = { mac: big(m, n, k) };
  if (c && o.beta !== 0) {
    broadcast([[m, n], c.shape]);
    counts.bias = big(m, n);
    if (o.beta !== 1) addCounts(counts, { mul: big(size(c.shape)) });
  }
  if (o.alpha !== 1) addCounts(counts, { mul: big(m, n) });
  let values: number[] | undefined;
  if (a.values && b.values && small([m, n]) && (!c || c.values)) {
    const at = (v: readonly number[], rows: number, cols: number, t: boolean) => (i: number, j: number) => (t ? v[j * rows + i] : v[i * cols + j]);
    const A = at(a.values, m, k, o.transA);
    const B = at(b.values, k, n, o.transB);
    const C = c?.values ? mapBroadcast([m, n], [{ shape: c.shape, data: c.values }], (x) => x) : undefined;
    values = [];
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let p = 0; p < k; p++) acc += A(i, p) * B(p, j);
        values.push(o.alpha * acc + (C ? o.beta * C[i * n + j] : 0));
      }
    }
  }
  return result([tensor([m, n], a.dtype, values)], counts);
}

/**
 * A dense (fully connected) layer on the last axis: every leading position (batch included)
 * is one matrix-vector product, rows x in x units MACs, plus one bias addition per output
 * element. Weights in x units (+ units).
 */
export function dense(x: Tensor, units: number, bias: boolean): OpResult {
  if (x.shape.length < 2) fault(`expects an input of rank 2 or more, got ${fmt(x.shape)}`);
  const inDim = x.shape[x.shape.length - 1];
  const rows = size(x.shape.slice(0, -1));
  const out = [...x.shape.slice(0, -1), units];
  const counts: Counts = { mac: big(rows, inDim, units) };
  if (bias) counts.bias = big(rows, units);
  return result([tensor(out, x.dtype)], counts, big(inDim, units) + (bias ? big(units) : 0n));
}

/**
 * The two-operand equations Keras' TF backend rewrites into MatMul or BatchMatMulV2 (with
 * transposes and reshapes around it), as keras/src/backend/tensorflow/numpy.py einsum lists
 * them, its letters renamed in order of appearance. Their products are plain contractions, so
 * TF's profiler counts them as 2 per multiply-accumulate; any other equation (one or three
 * operands, an ellipsis, a label summed away) runs as one Einsum node, which it does not count.
 */
const TF_MATMUL_EQUATIONS: ReadonlySet<string> = new Set([
  'a,b->ab', 'ab,b->a', 'ab,bc->ac', 'ab,cb->ac', 'abc,cd->abd', 'abc,dc->abd',
  'abcd,abde->abce', 'abcd,abed->abce', 'abcd,acbe->adbe', 'abcd,adbe->acbe', 'abcd,aecd->acbe', 'abcd,aecd->aceb',
  'abc,cde->abde', 'abc,dce->abde', 'abc,dec->abde', 'abcd,cde->abe', 'abcd,ced->abe', 'abcd,ecd->abe',
  'abcde,aebf->adbcf', 'abcde,afce->acdbf',
]);

/** Keras' _normalize_einsum_subscripts: letters renamed a, b, c... in order of appearance, the rest kept. */
function normalizeLetters(equation: string): string {
  const names = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const seen = new Map<string, string>();
  let out = '';
  for (const c of equation) {
    if (/[a-zA-Z]/.test(c)) {
      if (!seen.has(c)) seen.set(c, names[seen.size]);
      out += seen.get(c) as string;
    } else out += c;
  }
  return out;
}

/** Whether TF runs `equation` as a matrix product its profiler counts (see TF_MATMUL_EQUATIONS). */
export function tfRunsAsMatMul(equation: string, operands: number): boolean {
  return operands === 2 && TF_MATMUL_EQUATIONS.has(normalizeLetters(equation));
}

/**
 * Einstein summation of the operands (cost: see core/einsum.ts). Where TF keeps the equation
 * as an Einsum node (tfRunsAsMatMul), its products and sums are the `mac_uncounted` and
 * `sum_uncounted` of the same arithmetic.
 */
export function einsum(equation: string, operands: readonly Tensor[]): OpResult {
  if (operands.length === 0) fault('einsum has no operands');
  const plan = einsumPlan(equation, operands.map((o) => o.shape));
  const values = operands.every((o) => o.values) ? foldEinsum(plan, operands.map((o) => o.values as readonly number[]), operands.map((o) => o.shape)) : undefined;
  let counts = plan.counts;
  if (!tfRunsAsMatMul(equation, operands.length)) {
    counts = {};
    if (plan.counts.mac) counts.mac_uncounted = plan.counts.mac;
    if (plan.counts.sum) counts.sum_uncounted = plan.counts.sum;
  }
  return result([tensor(plan.out, operands[0].dtype, values)], counts);
}

/** Einsum's values by the definition, for small constants (every combination of labels visited). */
function foldEinsum(plan: ReturnType<typeof einsumPlan>, data: readonly (readonly number[])[], shapes: readonly (readonly number[])[]): number[] | undefined {
  const labels = [...plan.sizes.keys()];
  const dims = labels.map((l) => plan.sizes.get(l) as number);
  if (size(dims) > 2 ** 20 || !small(plan.out)) return undefined;
  const at = new Map(labels.map((l, i) => [l, i]));
  const out = new Array<number>(size(plan.out)).fill(0);
  const idx = new Array<number>(labels.length).fill(0);
  const offsetOf = (term: readonly string[], shape: readonly number[]) => {
    let off = 0;
    for (let d = 0; d < term.length; d++) off = off * shape[d] + (shape[d] === 1 ? 0 : idx[at.get(term[d]) as number]);
    return off;
  };
  for (let c = 0; c < size(dims); c++) {
    let rem = c;
    for (let d = dims.length - 1; d >= 0; d--) {
      idx[d] = rem % dims[d];
      rem = Math.floor(rem / dims[d]);
    }
    let v = 1;
    plan.terms.forEach((t, i) => (v *= data[i][offsetOf(t, shapes[i])]));
    out[offsetOf(plan.outLabels, plan.out)] += v;
  }
  return out;
}

/**
 * Keras' batch_dot over axes (a of x, b of y), the batch axis shared: for every sample a
 * contraction, MACs = batch x (other dims of x) x (other dims of y) x the contracted size. The
 * output is x's dims without its axis, then y's without batch and its axis; a vector result
 * becomes [batch, 1].
 */
export function batchDot(x: Tensor, y: Tensor, a: number, b: number): OpResult {
  const [xs, ys] = [x.shape, y.shape];
  if (xs[0] !== ys[0]) fault(`inputs have different batch sizes ${xs[0]} and ${ys[0]}`);
  if (a === 0 || b === 0) fault('cannot take a dot product over the batch axis');
  if (xs[a] !== ys[b]) fault(`cannot contract axis ${a} (size ${xs[a]}) with axis ${b} (size ${ys[b]})`);
  const xRest = xs.filter((_, i) => i !== a && i !== 0);
  const yRest = ys.filter((_, i) => i !== b && i !== 0);
  let out = [xs[0], ...xRest, ...yRest];
  if (out.length === 1) out = [xs[0], 1];
  return result([tensor(out, x.dtype)], { mac: big(xs[0], size(xRest), size(yRest), xs[a]) });
}

/**
 * numpy/tf tensordot: axes `ax` of x contract with axes `ay` of y (pairwise, equal sizes); the
 * output is x's other axes then y's. TF reshapes both to matrices and runs one MatMul:
 * MACs = x's other dims x y's other dims x the contracted size.
 */
export function tensordot(x: Tensor, y: Tensor, ax: readonly number[], ay: readonly number[]): OpResult {
  if (ax.length !== ay.length) fault(`tensordot contracts ${ax.length} axes of x with ${ay.length} of y`);
  const nx = ax.map((a) => normAxis(a, x.shape.length));
  const ny = ay.map((a) => normAxis(a, y.shape.length));
  if (new Set(nx).size !== nx.length || new Set(ny).size !== ny.length) fault('tensordot repeats an axis');
  nx.forEach((a, i) => {
    if (x.shape[a] !== y.shape[ny[i]]) fault(`cannot contract axis ${a} (size ${x.shape[a]}) of ${fmt(x.shape)} with axis ${ny[i]} (size ${y.shape[ny[i]]}) of ${fmt(y.shape)}`);
  });
  const xFree = x.shape.filter((_, i) => !nx.includes(i));
  const yFree = y.shape.filter((_, i) => !ny.includes(i));
  const k = size(nx.map((a) => x.shape[a]));
  return result([tensor([...xFree, ...yFree], x.dtype)], { mac: big(size(xFree), size(yFree), k) });
}
