import { Readable } from 'node:stream';
import yazl from 'yazl';

/** A Keras 3 `config.json` for a Sequential MLP, as `model.save()` writes it. */
export function keras3Mlp(hidden: number[], inputShape: (number | null)[] = [null, 28, 28]): object {
  const dense = (units: number, activation: string, i: number) => ({
    module: 'keras.layers',
    class_name: 'Dense',
    config: { name: i ? `dense_${i}` : 'dense', trainable: true, units, activation, use_bias: true },
    registered_name: null,
    build_config: { input_shape: [null, 1] },
  });
  return {
    module: 'keras',
    class_name: 'Sequential',
    config: {
      name: 'mlp',
      layers: [
        { module: 'keras.layers', class_name: 'InputLayer', config: { batch_shape: inputShape, name: 'input_layer' } },
        { module: 'keras.layers', class_name: 'Flatten', config: { name: 'flatten' } },
        ...hidden.map((u, i) => dense(u, 'relu', i)),
        dense(10, 'softmax', hidden.length),
      ],
    },
  };
}

export interface ZipOptions {
  /** Size of a zero-filled `model.weights.h5` member, streamed so tests don't hold it in memory. */
  weightsBytes?: number;
  zip64?: boolean;
  configName?: string;
}

/** A `.keras` archive: config.json, metadata.json and a weights member, stored like Keras does. */
export function kerasZip(config: object | string | Uint8Array, opts: ZipOptions = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const text = config instanceof Uint8Array ? Buffer.from(config) : typeof config === 'string' ? config : JSON.stringify(config);
  const o = { compress: false, forceZip64Format: opts.zip64 ?? false, mtime: new Date(0) };
  zip.addBuffer(Buffer.from(JSON.stringify({ keras_version: '3.15.1' })), 'metadata.json', o);
  zip.addBuffer(typeof text === 'string' ? Buffer.from(text) : text, opts.configName ?? 'config.json', o);
  const n = opts.weightsBytes ?? 1024;
  let left = n;
  const chunk = Buffer.alloc(Math.min(n, 1 << 20) || 1);
  const stream = new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const k = Math.min(left, chunk.length);
      left -= k;
      this.push(chunk.subarray(0, k));
    },
  });
  zip.addReadStream(stream, 'model.weights.h5', { ...o, size: n });
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (b: Buffer) => parts.push(b));
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    zip.outputStream.on('error', reject);
  });
}

/** Rewrites every occurrence of a member name (local and central headers) to another of equal length. */
export function renameMember(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('names must have equal length');
  const out = Buffer.from(zip);
  let i = out.indexOf(from);
  while (i >= 0) {
    out.write(to, i, 'latin1');
    i = out.indexOf(from, i + 1);
  }
  return out;
}

/** Sets the central directory's uncompressed size of `name` (a lie a zip bomb tells). */
export function claimSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  let i = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (i >= 0) {
    const nameLen = out.readUInt16LE(i + 28);
    if (out.toString('latin1', i + 46, i + 46 + nameLen) === name) out.writeUInt32LE(size, i + 24);
    i = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4);
  }
  return out;
}

/** A tfjs layers-model model.json around a Keras config. */
export function tfjsModelJson(config: object, withFormatKey: boolean): string {
  const doc: Record<string, unknown> = {
    modelTopology: { keras_version: 'tfjs-layers 4.22.0', backend: 'tensor_flow.js', model_config: config },
    weightsManifest: [{ paths: ['weights.bin'], weights: [] }],
  };
  if (withFormatKey) {
    doc.format = 'layers-model';
    doc.modelTopology = config;
  }
  return JSON.stringify(doc);
}
