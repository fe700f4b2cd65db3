/**
 * Einstein summation: parsing an equation against its operands' shapes, and the cost of
 * evaluating it pairwise.
 *
 * Cost, as numpy's and opt_einsum's einsum evaluate it:
 * - a label repeated within one operand takes a diagonal (a view: free);
 * - a label found in one operand only, and not in the output, is summed away first:
 *   size(operand) - size(result) additions (`sum`);
 * - the operands are then contracted two at a time in opt_einsum's greedy order: among the
 *   pairs that share a label (all pairs when none do), the one whose result is smallest
 *   relative to its inputs, size(result) - size(a) - size(b), ties to the fewer
 *   multiply-accumulates, then to the earlier pair. One contraction costs a
 *   multiply-accumulate per combination of the pair's labels (`mac` = product of their sizes);
 *   the result keeps the labels still needed by another operand or the output;
 * - what is left, summed over labels not in the output (`sum`), transposed into its order.
 * Two operands are thus the product of every label's size; three or more are far cheaper than
 * that product (`bi,oij,bj->bo` is b o i j + b o i, not 2 b o i j).
 */
import { addCounts, type Counts } from './counts.js';
import { fault } from './errors.js';
import { fmt } from './tensor.js';

export interface EinsumPlan {
  /** Output shape in the output's label order. */
  out: number[];
  counts: Counts;
  /** Every label's size (ellipsis dimensions under internal names). */
  sizes: Map<string, number>;
  /** The operands' labels in order, one per dimension. */
  terms: string[][];
  outLabels: string[];
}

const LETTER = /^[a-zA-Z]$/;

/** One term's labels; "..." becomes one label per broadcast dimension, aligned on the right. */
function termLabels(term: string, rank: number | undefined, ellipsisRank: number, which: string): string[] {
  const parts = term.split('...');
  if (parts.length > 2) fault(`einsum term "${term}" has more than one ellipsis`);
  const letters = (s: string) => {
    for (const c of s) if (!LETTER.test(c)) fault(`einsum term "${term}" has "${c}", which is not a letter`);
    return [...s];
  };
  if (parts.length === 1) return letters(parts[0]);
  const named = parts[0].length + parts[1].length;
  const n = rank === undefined ? ellipsisRank : rank - named;
  if (n < 0) fault(`einsum ${which} "${term}" has more letters than its operand has dimensions`);
  const dots = Array.from({ length: n }, (_, i) => `.${ellipsisRank - n + i}`);
  return [...letters(parts[0]), ...dots, ...letters(parts[1])];
}

/** Parses `equation` for operands of `shapes` and plans its evaluation. */
export function einsumPlan(equation: string, shapes: readonly (readonly number[])[]): EinsumPlan {
  const eq = equation.replace(/\s+/g, '');
  if (!eq) fault('einsum has no equation');
  const arrow = eq.split('->');
  if (arrow.length > 2) fault(`einsum equation "${eq}" has more than one "->"`);
  const [lhs, rhs] = arrow;
  const inTerms = lhs.split(',');
  if (inTerms.length !== shapes.length) fault(`einsum equation "${eq}" names ${inTerms.length} operand(s), got ${shapes.length}`);
  let ellipsisRank = 0;
  inTerms.forEach((t, i) => {
    if (t.includes('...')) ellipsisRank = Math.max(ellipsisRank, shapes[i].length - t.replace('...', '').length);
  });
  const terms = inTerms.map((t, i) => termLabels(t, shapes[i].length, ellipsisRank, 'term'));
  const sizes = new Map<string, number>();
  terms.forEach((labels, i) => {
    if (labels.length !== shapes[i].length) fault(`einsum term "${inTerms[i]}" does not fit operand ${fmt(shapes[i])}`);
    labels.forEach((l, j) => {
      const d = shapes[i][j];
      const seen = sizes.get(l);
      if (seen === undefined || seen === 1) sizes.set(l, d);
      else if (d !== seen && d !== 1) fault(`einsum label "${l.startsWith('.') ? '...' : l}" has sizes ${seen} and ${d}`);
    });
  });
  let outLabels: string[];
  if (rhs !== undefined) {
    outLabels = termLabels(rhs, undefined, ellipsisRank, 'output');
    if (new Set(outLabels).size !== outLabels.length) fault(`einsum output "${rhs}" repeats a label`);
  } else {
    // Implicit output: the broadcast dimensions, then every label used once, alphabetically.
    const uses = new Map<string, number>();
    for (const t of terms) for (const l of t) uses.set(l, (uses.get(l) ?? 0) + 1);
    const dots = [...uses.keys()].filter((l) => l.startsWith('.')).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
    outLabels = [...dots, ...[...uses].filter(([l, c]) => c === 1 && !l.startsWith('.')).map(([l]) => l).sort()];
  }
  const out = outLabels.map((l) => {
    const d = sizes.get(l);
    if (d === undefined) return fault(`einsum output label "${l}" is in no operand`);
    return d;
  });
  return { out, counts: contractionCounts(terms, outLabels, sizes), sizes, terms, outLabels };
}

const sizeOf = (labels: Iterable<string>, sizes: Map<string, number>): bigint => {
  let n = 1n;
  for (const l of labels) n *= BigInt(sizes.get(l) ?? 1);
  return n;
};

/** The counts of evaluating the planned einsum (see the module comment). */
function contractionCounts(terms: string[][], outLabels: string[], sizes: Map<string, number>): Counts {
  const counts: Counts = {};
  const output = new Set(outLabels);
  // Diagonals first: each operand as its set of distinct labels.
  let ops: Set<string>[] = terms.map((t) => new Set(t));
  const usedElsewhere = (i: number, l: string) => output.has(l) || ops.some((o, j) => j !== i && o.has(l));
  // Labels only one operand has and the output lacks are summed away before any product.
  if (ops.length > 1) {
    ops = ops.map((o, i) => {
      const keep = new Set([...o].filter((l) => usedElsewhere(i, l)));
      if (keep.size < o.size) addCounts(counts, { sum: sizeOf(o, sizes) - sizeOf(keep, sizes) });
      return keep;
    });
  }
  while (ops.length > 1) {
    let best: { i: number; j: number; key: [bigint, bigint]; result: Set<string>; macs: bigint } | undefined;
    for (const sharedOnly of [true, false]) {
      for (let i = 0; i < ops.length; i++) {
        for (let j = i + 1; j < ops.length; j++) {
          const [a, b] = [ops[i], ops[j]];
          if (sharedOnly && ![...a].some((l) => b.has(l))) continue;
          const union = new Set([...a, ...b]);
          const result = new Set([...union].filter((l) => output.has(l) || ops.some((o, k) => k !== i && k !== j && o.has(l))));
          const macs = sizeOf(union, sizes);
          const key: [bigint, bigint] = [sizeOf(result, sizes) - sizeOf(a, sizes) - sizeOf(b, sizes), macs];
          if (!best || key[0] < best.key[0] || (key[0] === best.key[0] && key[1] < best.key[1])) best = { i, j, key, result, macs };
        }
      }
      if (best) break;
    }
    const { i, j, result, macs } = best!;
    addCounts(counts, { mac: macs });
    ops = [...ops.filter((_, k) => k !== i && k !== j), result];
  }
  const last = ops[0];
  const kept = new Set([...last].filter((l) => output.has(l)));
  if (kept.size < last.size) addCounts(counts, { sum: sizeOf(last, sizes) - sizeOf(kept, sizes) });
  return counts;
}

