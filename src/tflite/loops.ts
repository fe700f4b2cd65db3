/**
 * How many times a TFLite WHILE loop runs, from its constants. TF's converter writes a loop
 * as counters that start from a constant, step by a constant in the body (ADD), and are
 * compared with a bound in the condition (LESS, several joined by LOGICAL_AND: the loop
 * stops at the first bound reached). The bound is a constant of the condition subgraph or a
 * loop variable that starts from a constant and is passed through unchanged. Anything else
 * (a bound computed from the data) is refused: the loop's cost is then unknown.
 */
import { Refusal } from '../core/errors.js';
import type { ValueSource } from './analyze.js';
import type { TfliteOperator, TfliteSubgraph } from './ir.js';
import type { TVal } from './ops/types.js';

/** Loops that would run longer than this are a corrupt bound, not a model. */
const MAX_TRIPS = 2 ** 31;

async function scalar(src: ValueSource, v: TVal | undefined): Promise<number | undefined> {
  if (!v?.tensor || v.tensor.shape.reduce((a, b) => a * b, 1) !== 1) return undefined;
  return (await src.valuesOf(v.tensor))?.[0];
}

export async function tripCount(src: ValueSource, op: TfliteOperator, inputs: (TVal | undefined)[], cond: TfliteSubgraph, body: TfliteSubgraph): Promise<number | Refusal> {
  const constIn = (sg: TfliteSubgraph, t: number): TVal | undefined => {
    const tt = sg.tensors[t];
    return tt && tt.buffer > 0 ? { shape: tt.shape, dtype: tt.dtype, tensor: tt, buffer: tt.buffer, constant: true } : undefined;
  };
  /** The value a condition operand has on every test: a constant, or an unchanged loop variable's start. */
  const fixed = async (t: number): Promise<number | undefined> => {
    const c = constIn(cond, t);
    if (c) return scalar(src, c);
    const k = cond.inputs.indexOf(t);
    if (k < 0 || body.outputs[k] !== body.inputs[k]) return undefined;
    return scalar(src, inputs[k]);
  };
  const step = async (k: number): Promise<number | undefined> => {
    const out = body.outputs[k];
    const add = body.operators.find((o) => o.type === 'ADD' && o.outputs[0] === out);
    if (!add) return undefined;
    const other = add.inputs[0] === body.inputs[k] ? add.inputs[1] : add.inputs[1] === body.inputs[k] ? add.inputs[0] : undefined;
    return other === undefined ? undefined : scalar(src, constIn(body, other));
  };
  let trips: number | undefined;
  for (const c of cond.operators) {
    if (c.type !== 'LESS' && c.type !== 'GREATER' && c.type !== 'LESS_EQUAL' && c.type !== 'GREATER_EQUAL') continue;
    // counter < bound, written either way round.
    const [a, b] = c.type.startsWith('LESS') ? c.inputs : [c.inputs[1], c.inputs[0]];
    const k = cond.inputs.indexOf(a);
    if (k < 0) continue;
    const [start, bound, by] = [await scalar(src, inputs[k]), await fixed(b), await step(k)];
    if (start === undefined || bound === undefined || by === undefined || by <= 0) continue;
    const strict = c.type === 'LESS' || c.type === 'GREATER';
    const n = Math.max(0, strict ? Math.ceil((bound - start) / by) : Math.floor((bound - start) / by) + 1);
    trips = trips === undefined ? n : Math.min(trips, n);
  }
  if (trips === undefined) return new Refusal(`no loop counter of WHILE operator ${op.index} is compared with a constant bound in its condition`);
  if (!Number.isSafeInteger(trips) || trips > MAX_TRIPS) return new Refusal(`its trip count ${trips} is not a plausible loop`);
  return trips;
}
