/**
 * The TFLite flatbuffer into the IR (ir.ts): model, operator codes, subgraphs, tensors with
 * their shapes, types and quantization, operators with their options, and where each
 * buffer's bytes lie. No buffer is read here.
 */
import { FlatBuffer, type Table } from '../containers/flatbuffer.js';
import type { PagedReader } from '../io/paged-reader.js';
import { BUFFER, BUILTIN_NAMES, CUSTOM, MODEL, OPERATOR, OPERATOR_CODE, QUANTIZATION, SUBGRAPH, TENSOR, TENSOR_TYPES, TENSOR_TYPE_NAMES } from './schema.js';
import { LIMITS, type BufferRef, type Options, type TfliteModel, type TfliteOperator, type TfliteSubgraph, type TfliteTensor } from './ir.js';

/** Ops whose options hold a vector an adapter reads: op name -> field id. */
const VECTOR_OPTIONS: Record<string, number> = { RESHAPE: 0, SQUEEZE: 0 };

interface OpCode {
  code: number;
  custom?: string;
}

async function opCodes(fb: FlatBuffer, model: Table): Promise<OpCode[]> {
  const v = await fb.vector(model, MODEL.operatorCodes, 4, 'operator codes');
  if (!v) return [];
  const out: OpCode[] = [];
  for (const t of await fb.tables(v, 'operator code', LIMITS.operatorCodes)) {
    const deprecated = await fb.int(t, OPERATOR_CODE.deprecatedBuiltinCode, 1, true, 0, 'operator code');
    const builtin = await fb.int(t, OPERATOR_CODE.builtinCode, 4, true, 0, 'operator code');
    // Schema 3a: codes above 127 store the placeholder in the old int8 field; older files
    // leave the new int32 field at 0. The larger of the two is the op.
    const code = Math.max(deprecated, builtin);
    const custom = code === CUSTOM ? await fb.string(t, OPERATOR_CODE.customCode, 'custom op code', 4096) : undefined;
    out.push(custom === undefined ? { code } : { code, custom });
  }
  return out;
}

async function tensorOf(fb: FlatBuffer, t: Table, index: number, where: string): Promise<TfliteTensor> {
  const what = `${where} tensor ${index}`;
  const type = await fb.int(t, TENSOR.type, 1, true, 0, what);
  const shape = (await fb.ints(t, TENSOR.shape, `${what} shape`, LIMITS.rank)) ?? [];
  const signature = await fb.ints(t, TENSOR.shapeSignature, `${what} shape signature`, LIMITS.rank);
  if (shape.some((d) => d < 0)) fb.fail(`${what} has a negative dimension in its shape ${JSON.stringify(shape)}`);
  const q = await fb.subTable(t, TENSOR.quantization, `${what} quantization`);
  let quant: TfliteTensor['quant'];
  if (q) {
    const scales = await fb.vector(q, QUANTIZATION.scale, 4, `${what} quantization scales`);
    if (scales && scales.length > 0) quant = { scales: scales.length, dim: await fb.int(q, QUANTIZATION.quantizedDimension, 4, true, 0, what) };
  }
  return {
    index,
    name: (await fb.string(t, TENSOR.name, `${what} name`)) ?? `tensor_${index}`,
    shape,
    ...(signature && signature.length ? { signature } : {}),
    dtype: TENSOR_TYPES[type] ?? 'unknown',
    typeName: TENSOR_TYPE_NAMES[type] ?? `type ${type}`,
    buffer: await fb.int(t, TENSOR.buffer, 4, false, 0, what),
    ...(quant ? { quant } : {}),
  };
}

async function optionsOf(fb: FlatBuffer, op: Table, type: string, what: string): Promise<Options | undefined> {
  const t = await fb.subTable(op, OPERATOR.builtinOptions, `${what} options`);
  if (!t) return undefined;
  const bytes = await fb.raw(t.pos, t.len, `${what} options`);
  const opts: Options = { bytes, slots: t.slots };
  const vid = VECTOR_OPTIONS[type];
  if (vid !== undefined) {
    const v = await fb.ints(t, vid, `${what} options`, LIMITS.rank);
    if (v) opts.vectors = new Map([[vid, v]]);
  }
  return opts;
}

async function operatorOf(fb: FlatBuffer, t: Table, index: number, codes: OpCode[], tensors: number, where: string): Promise<TfliteOperator> {
  const what = `${where} operator ${index}`;
  const ci = await fb.int(t, OPERATOR.opcodeIndex, 4, false, 0, what);
  const oc = codes[ci];
  if (!oc) fb.fail(`${what} uses operator code ${ci}, but the model has ${codes.length}`);
  const name = oc.code === CUSTOM ? oc.custom ?? 'CUSTOM' : BUILTIN_NAMES[oc.code] ?? `BUILTIN_${oc.code}`;
  const inputs = (await fb.ints(t, OPERATOR.inputs, `${what} inputs`, LIMITS.operands)) ?? [];
  const outputs = (await fb.ints(t, OPERATOR.outputs, `${what} outputs`, LIMITS.operands)) ?? [];
  for (const i of [...inputs, ...outputs]) {
    if (i < -1 || i >= tensors) fb.fail(`${what} refers to tensor ${i}, but its subgraph has ${tensors}`);
  }
  const op: TfliteOperator = { index, code: oc.code, type: name, inputs, outputs };
  if (oc.custom !== undefined) op.custom = oc.custom;
  const options = oc.code === CUSTOM ? undefined : await optionsOf(fb, t, name, what);
  if (options) op.options = options;
  if (oc.custom?.startsWith('Flex')) {
    const v = await fb.vector(t, OPERATOR.customOptions, 1, `${what} custom options`);
    if (v) {
      if (v.length > LIMITS.customOptions) fb.fail(`${what}: custom options of ${v.length} bytes, more than flopgate reads`);
      op.customOptions = await fb.raw(v.start, v.length, `${what} custom options`);
    }
  }
  return op;
}

async function subgraphOf(fb: FlatBuffer, t: Table, index: number, codes: OpCode[]): Promise<TfliteSubgraph> {
  const where = `subgraph ${index}`;
  const tv = await fb.vector(t, SUBGRAPH.tensors, 4, `${where} tensors`);
  const tensors: TfliteTensor[] = [];
  if (tv) {
    const tables = await fb.tables(tv, `${where} tensor`, LIMITS.tensors);
    for (let i = 0; i < tables.length; i++) tensors.push(await tensorOf(fb, tables[i], i, where));
  }
  const io = async (id: number, what: string) => {
    const v = (await fb.ints(t, id, `${where} ${what}`, LIMITS.operands)) ?? [];
    for (const i of v) if (i < 0 || i >= tensors.length) fb.fail(`${where} ${what} name tensor ${i}, but the subgraph has ${tensors.length}`);
    return v;
  };
  const inputs = await io(SUBGRAPH.inputs, 'inputs');
  const outputs = await io(SUBGRAPH.outputs, 'outputs');
  const ov = await fb.vector(t, SUBGRAPH.operators, 4, `${where} operators`);
  const operators: TfliteOperator[] = [];
  if (ov) {
    const tables = await fb.tables(ov, `${where} operator`, LIMITS.operators);
    for (let i = 0; i < tables.length; i++) operators.push(await operatorOf(fb, tables[i], i, codes, tensors.length, where));
  }
  return { index, name: (await fb.string(t, SUBGRAPH.name, `${where} name`)) ?? '', tensors, inputs, outputs, operators };
}

async function buffersOf(fb: FlatBuffer, model: Table): Promise<(BufferRef | undefined)[]> {
  const v = await fb.vector(model, MODEL.buffers, 4, 'buffers');
  if (!v) return [];
  const out: (BufferRef | undefined)[] = [];
  for (const t of await fb.tables(v, 'buffer', LIMITS.buffers)) {
    // Past 2 GB the converter stores a buffer after the flatbuffer, at offset/size.
    const offset = await fb.u64(t, BUFFER.offset, 'buffer');
    if (offset > 1) {
      const size = await fb.u64(t, BUFFER.size, 'buffer');
      if (offset + size > fb.size) fb.fail(`truncated: a buffer at byte ${offset} of ${size} bytes lies beyond the end of the file (${fb.size} bytes)`);
      out.push({ start: offset, length: size });
      continue;
    }
    const data = await fb.vector(t, BUFFER.data, 1, 'buffer data', true);
    out.push(data && data.length > 0 ? { start: data.start, length: data.length } : undefined);
  }
  return out;
}

/** Reads every table of the model but its weights. */
export async function readTflite(reader: PagedReader, label: string): Promise<{ model: TfliteModel; fb: FlatBuffer }> {
  const fb = new FlatBuffer(reader, label);
  if (reader.size < 8) fb.fail(`truncated: ${reader.size} bytes cannot hold a TFLite model`);
  const root = await fb.root('the model table');
  const version = await fb.int(root, MODEL.version, 4, false, 0, 'the model table');
  if (version !== 3) fb.fail(`TFLite schema version ${version}; flopgate reads version 3 (every TFLite converter since 2018 writes it)`);
  const codes = await opCodes(fb, root);
  const sv = await fb.vector(root, MODEL.subgraphs, 4, 'subgraphs');
  if (!sv || sv.length === 0) fb.fail('the model has no subgraph');
  const tables = await fb.tables(sv!, 'subgraph', LIMITS.subgraphs);
  const subgraphs: TfliteSubgraph[] = [];
  for (let i = 0; i < tables.length; i++) subgraphs.push(await subgraphOf(fb, tables[i], i, codes));
  const sigs = await fb.vector(root, MODEL.signatureDefs, 4, 'signature defs');
  return { model: { version, subgraphs, buffers: await buffersOf(fb, root), signatureDefs: sigs?.length ?? 0 }, fb };
}
