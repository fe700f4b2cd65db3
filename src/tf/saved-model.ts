/**
 * A SavedModel measured: its serving signature's outputs evaluated back to its inputs,
 * through the top-level call into the function library. Parameters are the variables the
 * signature's function reads (their VarHandleOp's shape), each once, never their data.
 */
import { FlopgateError } from '../errors.js';
import { DEFAULTS, type AnalyzeOptions } from '../options.js';
import { buildModelReport } from '../report/build.js';
import type { ModelReport } from '../report/types.js';
import type { SavedModelDoc } from './decode-pb.js';
import { TF_DTYPES, type Signature, type TfNode } from './ir.js';
import { bindSignatureInputs, directoryName, NOT_MEASURED, TfWalk, type ConstSource } from './analyze.js';
import type { TfVal } from './ops/types.js';

/** The signature a server would call: serving_default, else the only one. */
export function servingSignature(sigs: Signature[], file: string): Signature {
  const s = sigs.find((x) => x.key === 'serving_default') ?? (sigs.length === 1 ? sigs[0] : undefined);
  if (!s) {
    const have = sigs.length ? `it has ${sigs.map((x) => `"${x.key}"`).join(', ')}` : 'it has none';
    throw new FlopgateError(`${file}: the SavedModel has no serving signature (serving_default); ${have}`);
  }
  if (s.outputs.length === 0) throw new FlopgateError(`${file}: signature "${s.key}" has no outputs`);
  return s;
}

/** A Const node's value as its attribute holds it (small ones decoded, large ones only shaped). */
export const attrConstants: ConstSource = {
  async constant(n: TfNode): Promise<TfVal> {
    const a = n.attrs.get('value');
    if (a?.kind !== 'tensor') throw new FlopgateError(`Const node "${n.name}" has no value`);
    const t = a.tensor;
    return { shape: t.dims, dtype: TF_DTYPES[t.dtype] ?? 'unknown', values: t.values, constant: true };
  },
};

export async function analyzeSavedModel(doc: SavedModelDoc, file: string, opts: AnalyzeOptions): Promise<ModelReport> {
  const sig = servingSignature(doc.signatures, file);
  const walk = new TfWalk(file, doc.graph.functions, attrConstants, 'variables', opts.unknown ?? DEFAULTS.unknown);
  const top = walk.scope('', doc.graph.nodes);
  const bound = bindSignatureInputs(file, top, sig.inputs, opts);
  await walk.run(top, sig.outputs.map((o) => o.tensor), walk.rows);
  return buildModelReport(
    {
      name: opts.name ?? directoryName(file, 'saved_model.pb'),
      path: file,
      format: 'saved_model',
      convention: opts.convention ?? DEFAULTS.convention,
      batch_size: bound.batch,
      input_shapes: bound.shapes.map((s) => s.slice(1)),
      weights_by_dtype: walk.weightsByDtype,
      activations_not_measured: NOT_MEASURED,
    },
    walk.rows,
  );
}
