import { FlopgateError } from '../errors.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when a parsed JSON document is a TensorFlow.js model.json of either kind. */
export function isTfjsModelJson(doc: unknown): boolean {
  return isObj(doc) && ('modelTopology' in doc || doc.format === 'layers-model' || doc.format === 'graph-model');
}

/** A graph model (a GraphDef in modelTopology), whether or not the file says `format: graph-model`. */
export function isGraphModel(doc: Record<string, unknown>): boolean {
  const topo = doc.modelTopology;
  return doc.format === 'graph-model' || (isObj(topo) && ('node' in topo || 'versions' in topo) && !('class_name' in topo));
}

/**
 * The Keras model config inside a tfjs layers-model `model.json`. The converter has written it
 * with and without a `format` key, and older versions wrapped it in `model_config`.
 */
export function tfjsModelConfig(doc: Record<string, unknown>, label: string): unknown {
  const topo = doc.modelTopology;
  if (!isObj(topo)) throw new FlopgateError(`${label}: model.json has no modelTopology`);
  if (isObj(topo.model_config)) return topo.model_config;
  if ('class_name' in topo) return topo;
  throw new FlopgateError(`${label}: modelTopology holds no Keras model config`);
}
