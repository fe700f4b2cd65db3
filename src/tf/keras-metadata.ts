/**
 * A Keras 2 (tf.keras) SavedModel's keras_metadata.pb: a SavedMetadata message (field 1, one
 * SavedObject per tracked object: node_path 3, identifier 4, metadata 5) whose root object's
 * metadata is the model's JSON, with the same class_name and config as model.to_json(). The
 * model is measured from that config through the Keras path, like a .h5 file.
 */
import { expectWire, LEN, type WireReader } from '../containers/protobuf.js';

/** The root object's metadata as parsed JSON ({class_name, config}), or undefined when there is none. */
export async function kerasRootMetadata(r: WireReader): Promise<string | undefined> {
  let root: string | undefined;
  await r.scan(0, r.size, 'SavedMetadata', (f) => {
    if (f.no !== 1 || root !== undefined) return;
    expectWire(r, f, LEN, 'SavedMetadata.nodes');
    let path = '';
    let identifier = '';
    let metadata = '';
    for (const g of r.fields(f.start, f.end, 'SavedObject')) {
      if (g.no === 3) path = r.string(g, 'SavedObject.node_path');
      else if (g.no === 4) identifier = r.string(g, 'SavedObject.identifier');
      else if (g.no === 5) metadata = r.string(g, 'SavedObject.metadata');
    }
    if (path === 'root' && identifier.startsWith('_tf_keras_')) root = metadata;
  });
  return root;
}
