/**
 * TF1 loop frames, which a converter lowers a While to (the TF.js converter does by
 * default): Enter nodes start a frame (attribute frame_name), Merge joins the value entering
 * with the one a NextIteration sends back, Switch routes it on LoopCond into the body or out
 * through Exit. Every node between a frame's Enters and its Exits runs once per trip; those
 * that decide the condition (what LoopCond reads) once per test, one more.
 *
 * The trip count comes from the constants, as for a functional While: a Merge that starts
 * from a known value, is stepped by a constant (AddV2 before its NextIteration) and compared
 * with a bound (Less) in the condition.
 */
import type { TfNode } from './ir.js';

export interface Frames {
  /** The innermost frame each node runs in (undefined outside any loop). */
  frameOf: Map<string, string | undefined>;
  /** The frame a frame is nested in. */
  parent: Map<string, string | undefined>;
  /** Nodes that compute a frame's condition. */
  cond: Set<string>;
  /** A frame's LoopCond node. */
  loopCond: Map<string, TfNode>;
}

const FRAME_OPS = new Set(['Enter', 'Merge', 'Switch', 'NextIteration', 'Exit', 'LoopCond']);
export const isFrameOp = (op: string): boolean => FRAME_OPS.has(op);

/** `order`: nodes with dependencies first (NextIteration's edge into Merge left out). */
export function framesOf(order: TfNode[], inputNodes: (n: TfNode) => string[], frameName: (n: TfNode) => string): Frames {
  const frameOf = new Map<string, string | undefined>();
  const parent = new Map<string, string | undefined>();
  const loopCond = new Map<string, TfNode>();
  for (const n of order) {
    const ins = inputNodes(n).map((i) => frameOf.get(i));
    const inner = ins.find((f) => f !== undefined);
    if (n.op === 'Enter') {
      const f = frameName(n);
      if (!parent.has(f)) parent.set(f, inner);
      frameOf.set(n.name, f);
    } else if (n.op === 'Exit') frameOf.set(n.name, inner === undefined ? undefined : parent.get(inner));
    else {
      // Inside the innermost frame any input is in (a Const inside a loop has no data input).
      let f: string | undefined;
      for (const x of ins) if (x !== undefined && (f === undefined || depth(parent, x) > depth(parent, f))) f = x;
      frameOf.set(n.name, f);
      if (n.op === 'LoopCond' && f !== undefined) loopCond.set(f, n);
    }
  }
  // What LoopCond reads, back to the Merges, is the condition.
  const byName = new Map(order.map((n) => [n.name, n]));
  const cond = new Set<string>();
  for (const lc of loopCond.values()) {
    const stack = [lc.name];
    while (stack.length) {
      const name = stack.pop()!;
      if (cond.has(name)) continue;
      const n = byName.get(name);
      if (!n) continue;
      cond.add(name);
      if (n.op !== 'Merge') stack.push(...inputNodes(n));
    }
  }
  return { frameOf, parent, cond, loopCond };
}

function depth(parent: Map<string, string | undefined>, f: string): number {
  let d = 0;
  for (let x: string | undefined = f; x !== undefined && d < 1000; x = parent.get(x)) d++;
  return d;
}
