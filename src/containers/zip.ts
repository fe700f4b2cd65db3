import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { FlopgateError } from '../errors.js';
import type { ByteSource } from '../io/byte-source.js';

/** Members we read hold configs: kilobytes to a few megabytes; beyond this it is an attack. */
export const MAX_MEMBER_BYTES = 64 * 1024 * 1024;
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
        if (total > MAX_MEMBER_BYTES) stream!.destroy(new Error(`member inflates past ${MAX_MEMBER_BYTES} bytes`));
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
 * The bytes of member `name` of a zip archive, or undefined when it has none. Only the central
 * directory, the member's local header and its data are read (through `src`, a paged reader:
 * the directory's small entries come from cached pages); other members are never touched.
 */
export async function readZipMember(src: ByteSource, label: string, name: string): Promise<Uint8Array | undefined> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(src);
  } catch (e) {
    throw new FlopgateError(`${label}: not a readable zip archive (${(e as Error).message})`);
  }
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close();
    throw new FlopgateError(`${label}: zip claims ${zip.entryCount} members; refusing more than ${MAX_ENTRIES}`);
  }
  try {
    return await new Promise<Uint8Array | undefined>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve(undefined));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        if (entry.uncompressedSize > MAX_MEMBER_BYTES) {
          return reject(new FlopgateError(`${label}: ${name} claims ${entry.uncompressedSize} bytes; refusing more than ${MAX_MEMBER_BYTES}`));
        }
        if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
          return reject(new FlopgateError(`${label}: corrupt zip archive (stored ${name} has compressed size ${entry.compressedSize} but uncompressed size ${entry.uncompressedSize})`));
        }
        // Settle with the bytes only: whatever the caller does with them happens outside
        // yauzl's callbacks, where a throw would be an unhandled rejection.
        readEntry(zip, entry).then(resolve, reject);
      });
      zip.readEntry();
    });
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
