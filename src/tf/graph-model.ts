/**
 * A TF.js graph model measured: the GraphDef in modelTopology walked from the signature's
 * outputs (fused ops included), shapes inferred from the placeholders. Constants are the
 * weights: shaped from the weightsManifest, and read from the shards only when a shape needs
 * their values (small integer ones), at the offset the manifest implies.
 */
import { FlopgateError } from '../errors.js';
import type { FileSet } from '../io/file-set.js';
import { DEFAULTS, type AnalyzeOptions } from '../options.js';
import { buildModelReport } from '../report/build.js';
import type { ModelReport } from '../report/types.js';
import { isFloat } from '../core/tensor.js';
import { bindSignatureInputs, directoryName, NOT_MEASURED, TfWalk, type ConstSource } from './analyze.js';
import { TF_DTYPES, type Signature, type TfGraph, type TfNode } from './ir.js';
import type { TfVal } from './ops/types.js';
import { readWeightValues, type Manifest } from './weights.js';

export interface GraphModelDoc {
  graph: TfGraph;
  signature?: Omit<Signature, 'key'>;
  manifest: Manifest;
}

/** Shard reads: integer constants up to this many elements (shape data, loop bounds). */
const READ_VALUES = 1024;

function constants(doc: GraphModelDoc, files: FileSet | undefined, file: string): ConstSource {
  const cache = new Map<string, TfVal>();
  return {
    async constant(n: TfNode): Promise<TfVal> {
      const had = cache.get(n.name);
      if (had) return had;
      const a = n.attrs.get('value');
      const attr = a?.kind === 'tensor' ? a.tensor : undefined;
      const e = doc.manifest.entries.get(n.name);
      if (!e && !attr) throw new FlopgateError(`${file}: constant "${n.name}" is neither in the weights manifest nor in the graph`);
      const dtype = e ? e.dtype : TF_DTYPES[attr!.dtype] ?? 'unknown';
      const shape = e ? e.shape : attr!.dims;
      // Float constants are weights: never read. Integer ones may be shapes.
      const values = e && !isFloat(e.dtype) ? await readWeightValues(doc.manifest, e, files, file, READ_VALUES) : attr?.values;
      const v: TfVal = { shape, dtype, values, constant: true, ...(e && isFloat(dtype) ? { param: { key: e.name, name: e.name } } : {}) };
      cache.set(n.name, v);
      return v;
    },
  };
}

/** Placeholders in graph order: the inputs when the model.json gives no signature. */
function placeholders(graph: TfGraph): Signature['inputs'] {
  return graph.nodes.filter((n) => n.op === 'Placeholder').map((n) => {
    const s = n.attrs.get('shape');
    return { key: n.name, tensor: n.name, ...(s?.kind === 'shape' && s.dims ? { dims: s.dims } : {}) };
  });
}

/** Nodes nothing reads: the outputs when the model.json gives no signature. */
function sinks(graph: TfGraph): string[] {
  const read = new Set(graph.nodes.flatMap((n) => n.inputs.map((r) => r.replace(/:\d+$/, ''))));
  return graph.nodes.filter((n) => !read.has(n.name) && n.op !== 'NoOp' && n.op !== 'Const').map((n) => n.name);
}

export async function analyzeGraphModel(doc: GraphModelDoc, files: FileSet | undefined, file: string, opts: AnalyzeOptions): Promise<ModelReport> {
  if (doc.graph.nodes.length === 0) throw new FlopgateError(`${file}: the graph model's GraphDef has no nodes: nothing to measure`);
  const walk = new TfWalk(file, doc.graph.functions, constants(doc, files, file), 'constants', opts.unknown ?? DEFAULTS.unknown);
  const top = walk.scope('', doc.graph.nodes);
  const ins = doc.signature?.inputs.length ? doc.signature.inputs : placeholders(doc.graph);
  const outs = doc.signature?.outputs.length ? doc.signature.outputs.map((o) => o.tensor) : sinks(doc.graph);
  const bound = bindSignatureInputs(file, top, ins, opts);
  await walk.run(top, outs, walk.rows);
  return buildModelReport(
    {
      name: opts.name ?? directoryName(file, 'model.json'),
      path: file,
      format: 'tfjs-graph',
      convention: opts.convention ?? DEFAULTS.convention,
      batch_size: bound.batch,
      input_shapes: bound.shapes.map((s) => s.slice(1)),
      weights_by_dtype: walk.weightsByDtype,
      activations_not_measured: NOT_MEASURED,
    },
    walk.rows,
  );
}
