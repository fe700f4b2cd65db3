/**
 * The hard limits on what flopgate reads. A CI gate runs on files from pull requests,
 * including hostile ones: every input either finishes within about 2 seconds and 256 MB, or
 * is refused at once with a one-line message naming the limit it crossed. Each limit is far
 * beyond what a real model or budget file needs, and is checked before the work (or the
 * allocation) it guards. README.md ("Limits") lists them; __tests__/limits.test.ts holds that
 * table to these numbers and crosses each of them.
 */

const KiB = 1024;
const MiB = 1024 * KiB;

export const LIMITS = {
  /** Bytes flopgate reads of one model file in all: the architecture, never the weights. */
  modelReadBytes: 64 * MiB,
  /** A JSON architecture: model.json, a .keras config.json, an .h5 model_config, a JSON layers: spec. */
  jsonBytes: 16 * MiB,
  /** A YAML layers: spec file. YAML costs about 2 µs a byte to parse, JSON a hundredth of that. */
  yamlBytes: 256 * KiB,
  /** Nesting of JSON and YAML documents (arrays and objects inside each other). */
  nestingDepth: 256,
  /** Keras models nested inside models (a Sequential inside a Functional inside ...). */
  modelNesting: 64,
  /** Members of a .keras zip archive. */
  zipMembers: 100_000,
  /** A .keras archive's central directory (the list of its members), read whole. */
  zipDirectoryBytes: 16 * MiB,
  /**
   * Layers of a Keras, TensorFlow.js or inline model, nested models' layers included; also the
   * rows of its report (each call of a shared layer or sub-model is a row).
   */
  layers: 20_000,
  /** Nodes of an ONNX model's graph (the graphs inside If, Loop and Scan nodes are not walked). */
  onnxNodes: 50_000,
  /** The budget file. */
  budgetBytes: 1 * MiB,
  /** Models in one budget file. */
  budgetModels: 10_000,
  /** A dimension of an input shape (a model's declaration, --input-shape, input_shape). */
  dimension: 2 ** 31,
  /** --batch-size and batch_size. */
  batchSize: 2 ** 31,
  /** A budget written as a YAML number; past it the number has lost digits (write "2.5T"). */
  budgetNumber: Number.MAX_SAFE_INTEGER,
  /** Faults printed for a budget file; the rest are counted ("and N more"). */
  faultsShown: 20,
} as const;

/** 262144 → "256 KiB", for messages that name a limit. */
export function bytesText(n: number): string {
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  if (n >= KiB && n % KiB === 0) return `${n / KiB} KiB`;
  return `${n} bytes`;
}
