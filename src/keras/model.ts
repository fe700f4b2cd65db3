/**
 * One normalised form for every Keras-family architecture (Keras 1/2/3 JSON, tfjs
 * modelTopology, the budget file's inline `layers:`), so the graph walker knows one schema.
 * Layer configs keep the file's own keys (snake_case, as Keras writes them).
 */
export type Config = Record<string, unknown>;

/** Output `tensor` of call `node` of layer `layer`. */
export interface TensorRef {
  layer: string;
  node: number;
  tensor: number;
}

export interface LayerSpec {
  className: string;
  name: string;
  config: Config;
  /** Functional models: the input tensors of each call of this layer, in call order. */
  calls: { inputs: TensorRef[]; kwargs: Config }[];
  /** Set when the layer is itself a model (Sequential/Functional nested as a layer). */
  model?: ModelSpec;
}

export interface ModelSpec {
  kind: 'sequential' | 'functional';
  name: string;
  layers: LayerSpec[];
  /** Functional only: model inputs and outputs. */
  inputs: TensorRef[];
  outputs: TensorRef[];
  /** Sequential only: the input shape (batch first) when the config records one. */
  batchInputShape?: (number | null)[];
}
