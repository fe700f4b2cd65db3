/**
 * What a TFLite op adapter sees of one operator: its input tensors (shapes bound, values
 * where known), its builtin options, the shapes the file declares for its outputs. Adapters
 * read the options and call the core (src/core/ops); they never compute a cost themselves.
 */
import type { Counts } from '../../core/counts.js';
import { fault, refuse } from '../../core/errors.js';
import type { OpResult } from '../../core/op.js';
import { activation } from '../../core/ops/activation.js';
import type { DType, Tensor } from '../../core/tensor.js';
import { FUSED_ACTIVATIONS } from '../schema.js';
import type { Options, TfliteOperator, TfliteTensor } from '../ir.js';

/** A value on a TFLite graph edge. */
export interface TVal extends Tensor {
  /** The same at every inference: a buffer's tensor, or what is folded from such. */
  constant?: boolean;
  /** The buffer a constant's bytes are in (it is a stored tensor: a weight, or shape data). */
  buffer?: number;
  /** The tensor of the file it is, for a stored constant. */
  tensor?: TfliteTensor;
}

export interface Outcome {
  outputs: Tensor[];
  counts: Counts;
}

export interface TfliteRule {
  infer(ctx: OpCtx): Outcome;
  /** Inputs whose values the rule needs (a reshape's target, a reduction's axes, a pad's sizes). */
  reads?: readonly number[];
  /** Only moves or selects data: no arithmetic, so unknown input values cost nothing here. */
  free?: boolean;
  /** Inputs that are the op's weights when stored (beyond what the ledger assumes: see params.ts). */
  weights?: readonly number[];
}

export const outcome = (r: OpResult): Outcome => ({ outputs: r.outputs, counts: r.counts });

/** Read access to an options table's scalars, by field id (schema.fbs). */
export class OptionReader {
  private readonly view?: DataView;
  constructor(private readonly o: Options | undefined) {
    if (o) this.view = new DataView(o.bytes.buffer, o.bytes.byteOffset, o.bytes.byteLength);
  }

  private at(id: number, bytes: number): number {
    const off = this.o?.slots[id] ?? 0;
    if (!off || !this.view) return -1;
    if (off + bytes > this.view.byteLength) fault(`option field ${id} runs past its table`);
    return off;
  }

  i8(id: number, def: number): number {
    const p = this.at(id, 1);
    return p < 0 ? def : this.view!.getInt8(p);
  }

  i32(id: number, def: number): number {
    const p = this.at(id, 4);
    return p < 0 ? def : this.view!.getInt32(p, true);
  }

  f32(id: number, def: number): number {
    const p = this.at(id, 4);
    return p < 0 ? def : this.view!.getFloat32(p, true);
  }

  bool(id: number): boolean {
    return this.i8(id, 0) !== 0;
  }

  ints(id: number): number[] | undefined {
    return this.o?.vectors?.get(id);
  }
}

export class OpCtx {
  readonly opt: OptionReader;
  constructor(
    readonly op: TfliteOperator,
    readonly inputs: (TVal | undefined)[],
    /** Output shapes as the file states them, when no dimension is open. */
    readonly declared: (number[] | undefined)[],
    /** Output element types as the file states them. */
    readonly outTypes: (DType | undefined)[] = [],
  ) {
    this.opt = new OptionReader(op.options);
  }

  has(i: number): boolean {
    return this.inputs[i] !== undefined;
  }

  in(i: number): TVal {
    const v = this.inputs[i];
    if (!v) fault(`input ${i} is missing`);
    return v;
  }

  value(i: number): readonly number[] | undefined {
    return this.inputs[i]?.values;
  }

  /** The values input `i` must have (a shape, axes): unknown ones make the op unmeasurable. */
  need(i: number, what: string): readonly number[] {
    const v = this.in(i).values;
    if (!v) refuse(`${what} (input ${i}) is only known at run time`);
    return v;
  }
}

/**
 * The activation an op fuses into its output (Conv, FC, pooling, element-wise): counted as
 * that activation on every output element, as the separate layer would be.
 */
export function withFused(r: Outcome, code: number): Outcome {
  const name = FUSED_ACTIVATIONS[code];
  if (name === undefined || name === 'sign_bit') fault(`unknown fused activation ${code}`);
  if (name === 'linear') return r;
  const act = activation(name === 'relu_n1_to_1' ? 'hard_tanh' : name, r.outputs[0]);
  const counts: Counts = { ...r.counts };
  for (const k in act.counts) {
    const key = k as keyof Counts;
    counts[key] = (counts[key] ?? 0n) + act.counts[key]!;
  }
  return { outputs: r.outputs, counts };
}
