/**
 * A Flex op (a TFLite model converted with SELECT_TF_OPS) carries the TF op it runs: its
 * custom_options hold the op's name and its NodeDef. It is costed as that TF op, by the TF
 * adapter of the same name (src/tf/ops), as a SavedModel's would be.
 */
import { flexStrings } from '../containers/flexbuffer.js';
import { WireReader } from '../containers/protobuf.js';
import { BufferSource } from '../io/byte-source.js';
import { PagedReader } from '../io/paged-reader.js';
import { nodeFromBytes } from '../tf/decode-pb.js';
import type { TfNode } from '../tf/ir.js';
import { tfRuleFor } from '../tf/ops/index.js';
import { TfCtx, type TfVal } from '../tf/ops/types.js';
import type { TfliteOperator } from './ir.js';
import type { TfliteRule } from './ops/types.js';

/** The NodeDef a Flex op carries. */
export async function flexNode(op: TfliteOperator, file: string): Promise<TfNode> {
  const what = `${file}: Flex op "${op.custom}" (operator ${op.index})`;
  const [name, def] = flexStrings(op.customOptions ?? new Uint8Array(0), what);
  if (!def) return { name: new TextDecoder().decode(name ?? new Uint8Array(0)), op: op.custom!.slice(4), inputs: [], attrs: new Map() };
  const wire = new WireReader(new PagedReader(new BufferSource(def, what), what), what);
  const node = await wire.run(def.length, () => nodeFromBytes(wire, 0, def.length));
  return node;
}

/** The TF op's adapter as a TFLite rule, or undefined for a TF op without one. */
export function flexRule(node: TfNode): TfliteRule | undefined {
  const rule = tfRuleFor(node.op);
  if (!rule) return undefined;
  return {
    ...(rule.reads ? { reads: rule.reads } : {}),
    ...(rule.free ? { free: true } : {}),
    ...(rule.weights ? { weights: rule.weights } : {}),
    infer: (ctx) => rule.infer(new TfCtx(node, ctx.inputs as (TfVal | undefined)[])),
  };
}
