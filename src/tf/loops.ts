/**
 * How many times a functional While runs, from its constants: as TF writes a loop (and
 * Keras' recurrent layers do), loop variables that start from a known value, step by a
 * constant in the body (AddV2) and are compared with a bound in the condition (Less, joined
 * by LogicalAnd: the first bound reached stops it). The bound is a Const of the condition or
 * a loop variable the body passes on unchanged (maximum_iterations). Anything else is
 * refused: the loop's cost is then unknown.
 */
import { Refusal } from '../core/errors.js';
import type { TfFunction, TfNode } from './ir.js';
import type { TfVal } from './ops/types.js';

const MAX_TRIPS = 2 ** 31;
const THROUGH = new Set(['Identity', 'StopGradient', 'Snapshot']);

/** The node a reference inside `f` names, through Identity copies; or the argument index it is. */
function resolve(f: TfFunction, ref: string): { node?: TfNode; arg?: number } {
  const byName = new Map(f.nodes.map((n) => [n.name, n]));
  for (let hops = 0; hops < 64; hops++) {
    const arg = f.inputs.indexOf(ref);
    if (arg >= 0) return { arg };
    const n = byName.get(ref.split(':')[0]);
    if (!n) return {};
    if (!THROUGH.has(n.op) || n.inputs.length === 0) return { node: n };
    ref = n.inputs[0];
  }
  return {};
}

export async function whileTrips(cond: TfFunction, body: TfFunction, vars: TfVal[], constValue: (f: TfFunction, n: TfNode) => Promise<number | undefined>): Promise<number | Refusal> {
  const invariant = (k: number) => body.ret.get(body.outputs[k]) === body.inputs[k];
  const known = async (f: TfFunction, ref: string): Promise<number | undefined> => {
    const r = resolve(f, ref);
    if (r.node?.op === 'Const') return constValue(f, r.node);
    if (r.arg !== undefined && (f === body || invariant(r.arg))) return vars[r.arg]?.values?.length === 1 ? vars[r.arg].values![0] : undefined;
    return undefined;
  };
  const step = async (k: number): Promise<number | undefined> => {
    const out = body.ret.get(body.outputs[k]);
    if (out === undefined) return undefined;
    const r = resolve(body, out);
    if (!r.node || (r.node.op !== 'AddV2' && r.node.op !== 'Add')) return undefined;
    const [a, b] = r.node.inputs.map((x) => resolve(body, x));
    if (a.arg === k && b.node?.op === 'Const') return constValue(body, b.node);
    if (b.arg === k && a.node?.op === 'Const') return constValue(body, a.node);
    return undefined;
  };
  let trips: number | undefined;
  for (const c of cond.nodes) {
    if (!['Less', 'LessEqual', 'Greater', 'GreaterEqual'].includes(c.op) || c.inputs.length !== 2) continue;
    const [lhs, rhs] = c.op.startsWith('Less') ? c.inputs : [c.inputs[1], c.inputs[0]];
    const k = resolve(cond, lhs).arg;
    if (k === undefined) continue;
    const start = vars[k]?.values?.length === 1 ? vars[k].values![0] : undefined;
    const [bound, by] = [await known(cond, rhs), await step(k)];
    if (start === undefined || bound === undefined || by === undefined || by <= 0) continue;
    const n = Math.max(0, c.op === 'Less' || c.op === 'Greater' ? Math.ceil((bound - start) / by) : Math.floor((bound - start) / by) + 1);
    trips = trips === undefined ? n : Math.min(trips, n);
  }
  if (trips === undefined) return new Refusal('no loop counter is compared with a bound known from the constants in its condition');
  if (!Number.isSafeInteger(trips) || trips > MAX_TRIPS) return new Refusal(`its trip count ${trips} is not a plausible loop`);
  return trips;
}
