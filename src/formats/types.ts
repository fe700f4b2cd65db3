import type { ModelFormat } from '../report/types.js';
import type { OnnxModel } from '../onnx/ir.js';
import type { WireReader } from '../containers/protobuf.js';
import type { PagedReader } from '../io/paged-reader.js';
import type { FlatBuffer } from '../containers/flatbuffer.js';
import type { TfliteModel } from '../tflite/ir.js';
import type { SavedModelDoc } from '../tf/decode-pb.js';
import type { FileSet } from '../io/file-set.js';
import type { GraphModelDoc } from '../tf/graph-model.js';

/**
 * What a format's reader hands the analysis: the architecture as the file states it, before
 * any engine interprets it. Keras-family configs stay raw (analyze.ts normalises them, in one
 * place); an ONNX graph comes decoded with the reader its tensors' values are read through.
 */
export type OpenedModel =
  | { kind: 'keras'; format: Exclude<ModelFormat, 'onnx' | 'inline' | 'tflite' | 'tfjs-graph'>; config: unknown }
  | { kind: 'inline'; format: 'inline'; layers: unknown; inputShapes?: number[][] }
  | { kind: 'onnx'; format: 'onnx'; model: OnnxModel; wire: WireReader }
  | { kind: 'tflite'; format: 'tflite'; model: TfliteModel; fb: FlatBuffer }
  | { kind: 'saved_model'; format: 'saved_model'; doc: SavedModelDoc }
  | { kind: 'tfjs_graph'; format: 'tfjs-graph'; doc: GraphModelDoc; files?: FileSet };

/**
 * One model format: `match` looks at the first bytes (and may probe a few more through the
 * reader) without importing any engine; `open` reads the architecture.
 */
export interface FormatEntry {
  name: string;
  match(head: Uint8Array, reader: PagedReader): boolean | Promise<boolean>;
  /** `files`: the files beside the model (weight shards, a SavedModel's other files), when they can be had. */
  open(reader: PagedReader, label: string, files?: FileSet): Promise<OpenedModel>;
}
