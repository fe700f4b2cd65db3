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

export interface LayerCallSpec {
  inputs: TensorRef[];
  kwargs: Config;
  /**
   * Keras 3 operations only: the positional call arguments as the file wrote them, tensors
   * included (they are `inputs`, in the same order); the rest are constants such as the 3.0
   * of `x + 3.0` or a GetItem slice.
   */
  args?: unknown[];
  /**
   * Output shapes of this call as its consumers recorded them (Keras 3 writes each input
   * tensor's shape into the consuming node), by output index; `null` for dimensions left open.
   */
  recorded?: ((number | null)[] | undefined)[];
}

export interface LayerSpec {
  className: string;
  name: string;
  config: Config;
  /** Keras 3 `module` (e.g. "keras.layers", "keras.src.ops.numpy"), when the file gives it. */
  module?: string;
  /** A Keras 3 operation (`keras.ops.*` called on symbolic tensors), not a layer: own rules. */
  op?: boolean;
  /** The operation rule when it is not the class name (a Keras 2 TFOpLambda: its TF function's). */
  opClass?: string;
  /** Functional models: the input tensors of each call of this layer, in call order. */
  calls: LayerCallSpec[];
  /** Set when the layer is itself a model (Sequential/Functional nested as a layer). */
  model?: ModelSpec;
  /** TimeDistributed over a model: the model it applies to each time step. */
  wrapped?: ModelSpec;
  /**
   * The layer's weights, as an identity: a layer Keras wrote into more than one (nested) model
   * of the file is one object there, and its weights are counted once. Defaults to the spec.
   */
  weights?: object;
  /** Keras 3 `build_config.input_shape`: the input shape the layer was built for. */
  buildInputShape?: (number | null)[];
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
