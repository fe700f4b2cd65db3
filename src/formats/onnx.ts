import { WireReader } from '../containers/protobuf.js';
import type { PagedReader } from '../io/paged-reader.js';
import { readModel } from '../onnx/decode.js';
import type { OpenedModel } from './types.js';

/** An ONNX ModelProto, decoded lazily: weights (raw_data, external data) are skipped, never loaded. */
export async function openOnnx(reader: PagedReader, label: string): Promise<OpenedModel> {
  const wire = new WireReader(reader, label);
  return { kind: 'onnx', format: 'onnx', model: await readModel(wire), wire };
}
