import type { Counts } from '../../core/counts.js';
import { refuse } from '../../core/errors.js';
import type { OpResult } from '../../core/op.js';
import { checkShape, tensor, type DType, type Tensor } from '../../core/tensor.js';
import { FlopgateError } from '../../errors.js';
import { ATTR, type Attr, type OnnxNode, type TensorRef } from '../ir.js';

/** A value flowing along a graph edge, with every dimension bound. */
export interface Val extends Tensor {
  /** The values, when known (constants and the shape arithmetic computed from them). */
  values?: readonly number[];
  /** The same at every inference: initializers, Constant outputs and what is folded from them. */
  constant?: boolean;
  /** Where an initializer's values are in the file, read only if a rule asks for them. */
  ref?: TensorRef;
  /** The name under which this tensor counts as parameters of the model. */
  param?: string;
  /** A sequence, map or optional: no shape, only Identity passes it on. */
  opaque?: boolean;
  /** A quantization scale or zero point computed at run time (DynamicQuantizeLinear's), or a product of scales. */
  scale?: boolean;
}

export interface Result {
  outputs: Val[];
  ops: Counts;
  note?: string;
}

/** A core rule's result as an ONNX node's. */
export function fromCore(r: OpResult): Result {
  return { outputs: r.outputs, ops: r.counts };
}

export interface OpRule {
  infer(ctx: NodeCtx): Result;
  /** Indices of the inputs whose values this rule reads (shape targets, axes, scales...). */
  reads?: (ctx: NodeCtx) => number[];
  /**
   * Indices of the inputs that are quantization scales and zero points: stored with the model,
   * but not parameters of the network it was quantized from, so the ledger skips them.
   */
  metadata?: (ctx: { nIn: number }) => number[];
  /** Outputs differ at every run (random draws): never folded, even from constant inputs. */
  volatile?: boolean;
}

export const val = (shape: readonly number[], dtype: DType, values?: readonly number[]): Val => tensor(shape, dtype, values);

/** What a rule sees of one node: its inputs (bound shapes), attributes and declared outputs. */
export class NodeCtx {
  constructor(
    readonly file: string,
    readonly node: OnnxNode,
    readonly opset: number,
    readonly inputs: (Val | undefined)[],
    /** Output shapes the file declares in value_info / graph outputs, when fully static. */
    readonly declared: (number[] | undefined)[],
    /** Values of small tensor attributes (Constant, ConstantOfShape), read before the rule runs. */
    private readonly attrValues: ReadonlyMap<string, number[]> = new Map(),
  ) {}

  /** Set when the outputs came from the file's declarations rather than from inference. */
  usedDeclared = false;

  attrData(name: string): number[] | undefined {
    return this.attrValues.get(name);
  }

  get label(): string {
    return `node "${this.node.name || `${this.node.opType}_${this.node.index}`}" (${this.node.opType})`;
  }

  fail(msg: string): never {
    throw new FlopgateError(`${this.file}: ${this.label}: ${msg}`);
  }

  /** Give up on this node as on an unsupported op (see core/errors.ts Refusal). */
  refuse(why: string): never {
    return refuse(why);
  }

  get nIn(): number {
    return this.node.inputs.length;
  }

  get nOut(): number {
    return this.node.outputs.length;
  }

  has(i: number): boolean {
    return this.inputs[i] !== undefined;
  }

  in(i: number): Val {
    const v = this.inputs[i];
    if (!v) this.fail(`input ${i} is missing`);
    return v;
  }

  opt(i: number): Val | undefined {
    return this.inputs[i];
  }

  /** Values of input i, when known. */
  value(i: number): readonly number[] | undefined {
    return this.inputs[i]?.values;
  }

  attr(name: string): Attr | undefined {
    return this.node.attrs.find((a) => a.name === name);
  }

  int(name: string, def: number): number;
  int(name: string): number | undefined;
  int(name: string, def?: number): number | undefined {
    const a = this.attr(name);
    if (!a) return def;
    // A writer with proto3 habits leaves a zero value out: the declared type says what it was.
    if (a.type === ATTR.INT) return a.i ?? 0;
    if (a.i === undefined || a.type !== 0) this.fail(`attribute ${name} is not an int`);
    return a.i;
  }

  float(name: string, def: number): number {
    const a = this.attr(name);
    if (!a) return def;
    if (a.type === ATTR.FLOAT) return a.f ?? 0;
    // Some writers store a whole-number float attribute as an int.
    if (a.type === ATTR.INT && a.i !== undefined) return a.i;
    if (a.f === undefined) this.fail(`attribute ${name} is not a float`);
    return a.f;
  }

  str(name: string, def: string): string {
    const a = this.attr(name);
    if (!a) return def;
    if (a.type === ATTR.STRING) return a.s ?? '';
    if (a.s === undefined) this.fail(`attribute ${name} is not a string`);
    return a.s;
  }

  ints(name: string): number[] | undefined {
    const a = this.attr(name);
    if (!a) return undefined;
    if (a.type !== ATTR.INTS && a.type !== 0) this.fail(`attribute ${name} is not a list of ints`);
    return a.ints;
  }

  floats(name: string): number[] | undefined {
    const a = this.attr(name);
    if (!a) return undefined;
    if (a.type !== ATTR.FLOATS && a.type !== 0) this.fail(`attribute ${name} is not a list of floats`);
    return a.floats;
  }

  strings(name: string): string[] | undefined {
    return this.attr(name)?.strings;
  }

  /**
   * The outputs the file declares, for a shape that depends on values only known at run time
   * (a Reshape target fed by a graph input). Without a declaration there is nothing exact to
   * say: the node is refused (the unknown policy decides), as a shape that depends on the data.
   */
  declaredOutputs(why: string, dtype: DType): Val[] {
    // Every ONNX op has at least one output; a node that declares none has nothing to read.
    if (this.nOut === 0) this.fail(`declares no outputs (${why} is only known at run time, so its output would come from the file's declaration)`);
    this.usedDeclared = true;
    const outs: Val[] = [];
    for (let i = 0; i < this.nOut; i++) {
      if (!this.node.outputs[i]) {
        outs.push({ shape: [], dtype });
        continue;
      }
      const d = this.declared[i];
      if (!d) this.refuse(`${why} is only known at run time and the file declares no static shape for output "${this.node.outputs[i]}"`);
      outs.push({ shape: checkShape(d), dtype });
    }
    return outs;
  }

  /** The declared shape of output `i` (see declaredOutputs). */
  declaredShape(why: string, i = 0): number[] {
    const outs = this.declaredOutputs(why, 'unknown');
    if (i >= outs.length) this.fail(`declares ${outs.length} output(s), and output ${i} is the one ${why} shapes`);
    return [...outs[i].shape];
  }
}
