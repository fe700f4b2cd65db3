import { WireReader } from '../containers/protobuf.js';
import type { PagedReader } from '../io/paged-reader.js';
import { readSavedModel } from '../tf/decode-pb.js';
import type { OpenedModel } from './types.js';

/** A SavedModel's saved_model.pb: the serving graph and its function library (variables are not read). */
export async function openSavedModel(reader: PagedReader, label: string): Promise<OpenedModel> {
  const wire = new WireReader(reader, label);
  return { kind: 'saved_model', format: 'saved_model', doc: await readSavedModel(wire) };
}
