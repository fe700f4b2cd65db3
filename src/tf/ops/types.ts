/**
 * What a TF op adapter sees of one node: its data inputs (shapes bound, values where known),
 * its attributes. One adapter per TF op, shared by every format that writes TF ops (a
 * SavedModel's function library, a TF.js graph model, a TFLite Flex op): each reads the
 * attributes and calls the core rule of the same operation (src/core/ops).
 */
import type { Counts } from '../../core/counts.js';
import { fault, refuse } from '../../core/errors.js';
import type { OpResult } from '../../core/op.js';
import type { DType, Tensor } from '../../core/tensor.js';
import { TF_DTYPES, type AttrValue, type TfNode } from '../ir.js';

/** A TensorList (TF's variant list of tensors): what its elements are, when known. */
export interface ListInfo {
  element?: number[];
  length?: number;
  dtype: DType;
}

/** A value on a TF graph edge. */
export interface TfVal extends Tensor {
  /** The same at every inference (a Const, a variable's value, what is folded from them). */
  constant?: boolean;
  /** A stored weight this value is (a variable, a graph model's constant): counted once. */
  param?: { key: string; name: string };
  /** A resource handle to a variable: the variable's shape and type. */
  resource?: { key: string; name: string; shape: number[]; dtype: DType };
  list?: ListInfo;
}

export interface Outcome {
  outputs: TfVal[];
  counts: Counts;
}

export interface TfRule {
  infer(ctx: TfCtx): Outcome;
  /** Inputs whose values the rule needs (a reshape's target, axes, sizes). */
  reads?: readonly number[];
  /** Only moves or selects data: no arithmetic. */
  free?: boolean;
  /** Inputs that are the op's weights when stored (kernels, biases, tables). */
  weights?: readonly number[];
  /** The weight kind of input `i`, for the parameter ledger (keras-params.ts). */
  role?: (i: number) => 'kernel' | 'bias' | 'elementwise';
}

export const outcome = (r: OpResult): Outcome => ({ outputs: r.outputs, counts: r.counts });

const bytes = (s: string) => s;

export class TfCtx {
  constructor(
    readonly node: TfNode,
    readonly inputs: (TfVal | undefined)[],
  ) {}

  get label(): string {
    return `node "${this.node.name}" (${this.node.op})`;
  }

  in(i: number): TfVal {
    const v = this.inputs[i];
    if (!v) fault(`input ${i} is missing`);
    return v;
  }

  has(i: number): boolean {
    return this.inputs[i] !== undefined;
  }

  get nIn(): number {
    return this.inputs.length;
  }

  /** Values input `i` must have (a shape, axes): unknown ones make the node unmeasurable. */
  need(i: number, what: string): readonly number[] {
    const v = this.in(i).values;
    if (!v) refuse(`${what} (input ${i}) is only known at run time`);
    return v;
  }

  attr(name: string): AttrValue | undefined {
    return this.node.attrs.get(name);
  }

  int(name: string, def: number): number {
    const a = this.attr(name);
    if (!a) return def;
    if (a.kind !== 'i') fault(`attribute ${name} is not an int`);
    return a.i;
  }

  float(name: string, def: number): number {
    const a = this.attr(name);
    if (!a) return def;
    if (a.kind !== 'f') fault(`attribute ${name} is not a float`);
    return a.f;
  }

  bool(name: string, def = false): boolean {
    const a = this.attr(name);
    if (!a) return def;
    if (a.kind !== 'b') fault(`attribute ${name} is not a bool`);
    return a.b;
  }

  str(name: string, def: string): string {
    const a = this.attr(name);
    if (!a) return def;
    if (a.kind !== 's') fault(`attribute ${name} is not a string`);
    return bytes(a.s);
  }

  ints(name: string): number[] | undefined {
    const a = this.attr(name);
    if (!a) return undefined;
    if (a.kind !== 'list') fault(`attribute ${name} is not a list`);
    return a.i;
  }

  strings(name: string): string[] {
    const a = this.attr(name);
    if (!a) return [];
    if (a.kind !== 'list') fault(`attribute ${name} is not a list`);
    return a.s;
  }

  dtype(name: string, def: DType): DType {
    const a = this.attr(name);
    if (!a) return def;
    if (a.kind !== 'type') fault(`attribute ${name} is not a type`);
    return TF_DTYPES[a.type] ?? 'unknown';
  }

  /** A shape attribute (-1 where open), undefined when absent or of unknown rank. */
  shape(name: string): number[] | undefined {
    const a = this.attr(name);
    return a?.kind === 'shape' ? a.dims : undefined;
  }
}
