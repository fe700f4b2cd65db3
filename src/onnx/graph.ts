import { FlopgateError } from '../errors.js';
import type { OnnxGraph, OnnxNode } from './ir.js';

export function nodeLabel(n: OnnxNode): string {
  return `node "${n.name || `${n.opType}_${n.index}`}" (${n.opType})`;
}

/**
 * Nodes in an order where every input is produced before it is used. ONNX requires files to
 * be sorted already, but a file is untrusted: a cycle or a value produced twice is a fault,
 * and a name nobody produces is one too (outer-scope names only exist inside subgraphs).
 */
export function topoOrder(file: string, g: OnnxGraph): OnnxNode[] {
  const fault = (msg: string) => new FlopgateError(`${file}: bad ONNX graph: ${msg}`);
  const producer = new Map<string, number>();
  const inputs = new Set(g.inputs.map((v) => v.name));
  for (const n of g.nodes) {
    for (const o of n.outputs) {
      if (!o) continue;
      if (producer.has(o)) throw fault(`value "${o}" is produced by two nodes`);
      if (inputs.has(o) && !g.initializers.has(o)) throw fault(`${nodeLabel(n)} overwrites graph input "${o}"`);
      producer.set(o, n.index);
    }
  }
  // One pass checks every read and whether the file's order already works (the common case).
  let sorted = true;
  for (const n of g.nodes) {
    for (const i of n.inputs) {
      if (!i) continue;
      const p = producer.get(i);
      if (p === undefined) {
        if (!g.initializers.has(i) && !inputs.has(i)) throw fault(`${nodeLabel(n)} reads "${i}", which no node, input or initializer provides`);
      } else if (p >= n.index) sorted = false;
    }
  }
  if (sorted) return g.nodes;
  // Kahn's algorithm; a node reading one value twice waits for it twice and is freed twice.
  const waiting = new Array<number>(g.nodes.length).fill(0);
  const users = new Map<number, number[]>();
  for (const n of g.nodes) {
    for (const i of n.inputs) {
      const p = i ? producer.get(i) : undefined;
      if (p === undefined) continue;
      waiting[n.index]++;
      const list = users.get(p);
      if (list) list.push(n.index);
      else users.set(p, [n.index]);
    }
  }
  const order: OnnxNode[] = [];
  const queue = g.nodes.filter((n) => waiting[n.index] === 0).map((n) => n.index);
  for (let q = 0; q < queue.length; q++) {
    const k = queue[q];
    order.push(g.nodes[k]);
    for (const u of users.get(k) ?? []) if (--waiting[u] === 0) queue.push(u);
  }
  if (order.length !== g.nodes.length) {
    // Walk back through unfinished producers until a node repeats: that node is on the cycle.
    let k = g.nodes.findIndex((n) => waiting[n.index] > 0);
    const seen = new Set<number>();
    while (!seen.has(k)) {
      seen.add(k);
      const back = g.nodes[k].inputs.map((i) => producer.get(i)).find((p) => p !== undefined && waiting[p] > 0);
      if (back === undefined) break;
      k = back;
    }
    throw fault(`nodes form a cycle through ${nodeLabel(g.nodes[k])}`);
  }
  return order;
}
