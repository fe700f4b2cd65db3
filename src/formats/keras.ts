import { readHdf5RootAttribute } from '../containers/hdf5/root-attribute.js';
import { decodeUtf8, parseJson } from '../containers/json.js';
import { readZipMember } from '../containers/zip.js';
import { FlopgateError } from '../errors.js';
import type { PagedReader } from '../io/paged-reader.js';
import type { OpenedModel } from './types.js';

/** A Keras 3 `.keras` archive: its `config.json`; the weights member is never touched. */
export async function openKerasZip(reader: PagedReader, label: string): Promise<OpenedModel> {
  const bytes = await readZipMember(reader, label, 'config.json');
  if (!bytes) throw new FlopgateError(`${label}: no config.json in the archive (not a Keras 3 .keras file)`);
  return { kind: 'keras', format: 'keras', config: parseJson(decodeUtf8(bytes, `${label}: config.json`), `${label}: config.json`) };
}

/** A Keras `.h5` file: the root attribute `model_config`; no dataset is read. */
export async function openKerasH5(reader: PagedReader, label: string): Promise<OpenedModel> {
  const text = await readHdf5RootAttribute(reader, 'model_config', label);
  if (text === undefined) throw new FlopgateError(`${label}: HDF5 file has no model_config attribute (saved weights only, without the architecture?)`);
  return { kind: 'keras', format: 'h5', config: parseJson(text, `${label}: model_config`) };
}
