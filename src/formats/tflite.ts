import type { PagedReader } from '../io/paged-reader.js';
import { readTflite } from '../tflite/decode.js';
import type { OpenedModel } from './types.js';

/** A TFLite flatbuffer: every table read in place, no buffer (weight) read. */
export async function openTflite(reader: PagedReader, label: string): Promise<OpenedModel> {
  const { model, fb } = await readTflite(reader, label);
  return { kind: 'tflite', format: 'tflite', model, fb };
}
