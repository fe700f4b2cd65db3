import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { FlopgateError } from '../errors.js';
import type { ByteSource } from '../io/byte-source.js';
import { decodeUtf8 } from './json.js';

/** config.json of real models is kilobytes to a few megabytes; beyond this it is an attack. */
const MAX_CONFIG_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

/** yauzl reads through our ByteSource, so every byte it takes is counted. */
class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly src: ByteSource) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    const src = this.src;
    const CHUNK = 64 * 1024;
    let pos = start;
    return new Readable({
      read() {
        if (pos >= end) {
          this.push(null);
          return;
        }
        const n = Math.min(CHUNK, end - pos);
        src.read(pos, n).then(
          (b) => {
            pos += n;
            this.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
          },
          (e) => this.destroy(e),
        );
      },
    });
  }
}

function openZip(src: ByteSource): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(
      new SourceReader(src),
      src.size,
      // Sizes are checked here rather than by yauzl, so a size claim gets its own message.
      { lazyEntries: true, autoClose: false, validateEntrySizes: false, strictFileNames: false, decodeStrings: true },
      (err, zip) => (err ? reject(err) : resolve(zip!)),
    );
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const parts: Buffer[] = [];
      let total = 0;
      stream!.on('data', (b: Buffer) => {
        total += b.length;
        // The header's size was checked before reading; this stops a header that lied low.
        if (total > MAX_CONFIG_BYTES) stream!.destroy(new Error(`member inflates past ${MAX_CONFIG_BYTES} bytes`));
        else parts.push(b);
      });
      stream!.on('error', reject);
      stream!.on('end', () => {
        if (total !== entry.uncompressedSize) reject(new Error(`${entry.fileName} holds ${total} bytes, its header says ${entry.uncompressedSize}`));
        else resolve(Buffer.concat(parts));
      });
    });
  });
}

/**
 * The text of `config.json` from a Keras 3 `.keras` archive. Only the central directory, the
 * member's local header and its data are read; the weights member is never touched.
 */
export async function readKerasZipConfig(src: ByteSource, label: string): Promise<string> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(src);
  } catch (e) {
    throw new FlopgateError(`${label}: not a readable zip archive (${(e as Error).message})`);
  }
  if (zip.entryCount > MAX_ENTRIES) {
    throw new FlopgateError(`${label}: zip claims ${zip.entryCount} members; refusing more than ${MAX_ENTRIES}`);
  }
  try {
    const text = await new Promise<string>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => reject(new FlopgateError(`${label}: no config.json in the archive (not a Keras 3 .keras file)`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== 'config.json') return zip.readEntry();
        if (entry.uncompressedSize > MAX_CONFIG_BYTES) {
          return reject(
            new FlopgateError(`${label}: config.json claims ${entry.uncompressedSize} bytes; refusing more than ${MAX_CONFIG_BYTES}`),
          );
        }
        if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
          return reject(new FlopgateError(`${label}: corrupt zip archive (stored config.json has compressed size ${entry.compressedSize} but uncompressed size ${entry.uncompressedSize})`));
        }
        readEntry(zip, entry).then((b) => resolve(decodeUtf8(b, `${label}: config.json`)), reject);
      });
      zip.readEntry();
    });
    return text;
  } catch (e) {
    if (e instanceof FlopgateError) throw e;
    const msg = (e as Error).message;
    if (/invalid relative path|absolute path/.test(msg)) {
      throw new FlopgateError(`${label}: zip member name leaves the archive (${msg}); refused`);
    }
    throw new FlopgateError(`${label}: corrupt zip archive (${msg})`);
  } finally {
    zip.close();
  }
}
