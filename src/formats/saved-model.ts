import { parseJson } from '../containers/json.js';
import { WireReader } from '../containers/protobuf.js';
import { FlopgateError } from '../errors.js';
import type { FileSet } from '../io/file-set.js';
import { PagedReader } from '../io/paged-reader.js';
import { readSavedModel } from '../tf/decode-pb.js';
import { kerasRootMetadata } from '../tf/keras-metadata.js';
import type { OpenedModel } from './types.js';

/**
 * A SavedModel's saved_model.pb: the serving graph and its function library (variables are
 * not read). A Keras 2 SavedModel (keras_metadata.pb beside it) is read through the Keras
 * path from that metadata, the model's own config.
 */
export async function openSavedModel(reader: PagedReader, label: string, files?: FileSet): Promise<OpenedModel> {
  const meta = await files?.open('keras_metadata.pb');
  if (meta) {
    const what = files!.label('keras_metadata.pb');
    const text = await kerasRootMetadata(new WireReader(new PagedReader(meta, what), what));
    if (text === undefined) throw new FlopgateError(`${what}: holds no Keras model (no root object tracked as _tf_keras_*)`);
    const doc = parseJson(text, what) as Record<string, unknown>;
    if (typeof doc.class_name !== 'string' || typeof doc.config !== 'object') throw new FlopgateError(`${what}: the root object's metadata has no class_name and config`);
    return { kind: 'keras', format: 'saved_model', config: { class_name: doc.class_name, config: doc.config } };
  }
  const wire = new WireReader(reader, label);
  return { kind: 'saved_model', format: 'saved_model', doc: await readSavedModel(wire) };
}
