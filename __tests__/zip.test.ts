import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { readZipMember } from '../src/containers/zip.js';
import { BufferSource, type ByteSource } from '../src/io/byte-source.js';
import { PagedReader } from '../src/io/paged-reader.js';
import { LIMITS } from '../src/limits.js';
import { claimSize, kerasZip, keras3Mlp } from './helpers/keras-files.js';

/** Counts the reads a container asks of its source. */
class Counting implements ByteSource {
  reads = 0;
  bytesRead = 0;
  constructor(private readonly inner: ByteSource) {}
  get size() {
    return this.inner.size;
  }
  read(offset: number, length: number) {
    this.reads++;
    this.bytesRead += length;
    return this.inner.read(offset, length);
  }
}

interface Entry {
  name: string;
  data: Buffer;
  compress?: boolean;
}

function zip(entries: Entry[], opts: { zip64?: boolean } = {}): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(e.data, e.name, { compress: e.compress ?? false, mtime: new Date(0), forceZip64Format: opts.zip64 ?? false });
  z.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    z.outputStream.on('data', (b: Buffer) => parts.push(b));
    z.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    z.outputStream.on('error', reject);
  });
}

/**
 * A stored zip written directly (yazl takes seconds for tens of thousands of members): local
 * headers and data, the central directory, the end record; CRCs left 0, as flopgate ignores them.
 */
function storedZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The same archive with its end record moved to ZIP64 form (a ZIP64 end record and its locator), fields overridden. */
function zip64End(zipped: Buffer, over: { entries?: number; size?: number }): Buffer {
  const e = zipped.length - 22;
  const [entries, size, offset] = [zipped.readUInt16LE(e + 10), zipped.readUInt32LE(e + 12), zipped.readUInt32LE(e + 16)];
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeBigUInt64LE(BigInt(over.entries ?? entries), 24);
  rec.writeBigUInt64LE(BigInt(over.entries ?? entries), 32);
  rec.writeBigUInt64LE(BigInt(over.size ?? size), 40);
  rec.writeBigUInt64LE(BigInt(offset), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(BigInt(e), 8);
  loc.writeUInt32LE(1, 16);
  const end = Buffer.from(zipped.subarray(e));
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zipped.subarray(0, e), rec, loc, end]);
}

const config = Buffer.from(JSON.stringify(keras3Mlp([10])));
const text = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('utf8') : undefined);
const fault = async (bytes: Uint8Array, name = 'config.json') => {
  try {
    await readZipMember(new BufferSource(bytes), 'z.keras', name);
    return 'no fault';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('the zip reader', () => {
  it('reads a stored member, a deflated one, and a ZIP64 archive; a missing member is undefined', async () => {
    expect(text(await readZipMember(new BufferSource(await zip([{ name: 'config.json', data: config }])), 'z', 'config.json'))).toBe(config.toString());
    expect(text(await readZipMember(new BufferSource(await zip([{ name: 'config.json', data: config, compress: true }])), 'z', 'config.json'))).toBe(config.toString());
    expect(text(await readZipMember(new BufferSource(await kerasZip(keras3Mlp([10]), { zip64: true })), 'z', 'config.json'))).toBe(config.toString());
    expect(await readZipMember(new BufferSource(await zip([{ name: 'other.json', data: config }])), 'z', 'config.json')).toBeUndefined();
  });

  it('walks a directory of 65,534 members in a few reads and well under a second (yauzl: one read per entry, 8.9 s)', async () => {
    const names = Array.from({ length: 65_532 }, (_, i) => `m/${i}.txt`);
    const bytes = storedZip([...names.map((name) => ({ name, data: Buffer.alloc(0) })), { name: 'metadata.json', data: Buffer.from('{}') }, { name: 'config.json', data: config }]);
    const src = new Counting(new BufferSource(bytes));
    const t0 = performance.now();
    expect(text(await readZipMember(new PagedReader(src, 'many.keras'), 'many.keras', 'config.json'))).toBe(config.toString());
    expect(performance.now() - t0).toBeLessThan(1000);
    // The end record, the whole directory at once, the local header and the member.
    expect(src.reads).toBeLessThanOrEqual(5);
  });

  it('never reads the other members: the weights stay unread', async () => {
    const bytes = await kerasZip(keras3Mlp([10]), { weightsBytes: 4 << 20 });
    const src = new Counting(new BufferSource(bytes));
    await readZipMember(src, 'w.keras', 'config.json');
    expect(src.bytesRead).toBeLessThan(100_000);
  });

  it('refuses, in one line naming the file, what a hostile archive tries', async () => {
    const good = await zip([{ name: 'config.json', data: config }]);
    // Two members of the same name: readers that pick differently would measure different models.
    expect(await fault(await zip([{ name: 'config.json', data: config }, { name: 'config.json', data: Buffer.from('{}') }]))).toBe(
      'z.keras: the archive holds two members named config.json; refusing to pick one',
    );
    expect(await fault(storedZip([{ name: '../x', data: config }]))).toMatch(/^z\.keras: zip member name leaves the archive \(a "\.\." segment\); refused$/);
    expect(await fault(claimSize(good, 'config.json', 0xfffffff0))).toMatch(/^z\.keras: config\.json claims 4294967280 bytes; refusing more than 16777216$/);
    // A deflated member that says it is small and inflates to more is stopped at what it said.
    const big = Buffer.alloc(1 << 20, 0x20);
    const bomb = claimSize(await zip([{ name: 'config.json', data: big, compress: true }]), 'config.json', 100_000);
    expect(await fault(bomb)).toMatch(/^z\.keras: corrupt zip archive \(config\.json inflates past the 100000 bytes its header says\)$/);
    // Cut anywhere: one clean line.
    for (const cut of [0, 10, 21, 22, 40, good.length - 30, good.length - 1]) {
      expect(await fault(good.subarray(0, cut))).toMatch(/^z\.keras: (not a readable zip archive|corrupt zip archive)/);
    }
    // Garbage deflate data.
    const garbled = Buffer.from(await zip([{ name: 'config.json', data: config, compress: true }]));
    const at = garbled.indexOf(deflateRawSync(config).subarray(0, 8));
    garbled.fill(0xff, at, at + 16);
    expect(await fault(garbled)).toMatch(/^z\.keras: corrupt zip archive \(config\.json (does not inflate|holds)/);
  });

  it('refuses a directory claiming more members than the limit before reading it', async () => {
    const good = Buffer.from(await zip([{ name: 'config.json', data: config }]));
    const e = good.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    // ZIP64 would be needed for more than 65,535: point the record at a forged ZIP64 end record.
    good.writeUInt16LE(0xffff, e + 10);
    expect(await fault(good)).toMatch(/^z\.keras: corrupt zip archive \(ZIP64 fields without a ZIP64 locator\)$/);
    const z64 = (over: { entries?: number; size?: number }) => zip64End(storedZip([{ name: 'config.json', data: config }]), over);
    expect(text(await readZipMember(new BufferSource(z64({})), 'z', 'config.json'))).toBe(config.toString());
    expect(await fault(z64({ entries: LIMITS.zipMembers + 1 }))).toBe(`z.keras: zip claims ${LIMITS.zipMembers + 1} members; refusing more than ${LIMITS.zipMembers}`);
    expect(await fault(z64({ size: LIMITS.zipDirectoryBytes + 1 }))).toBe(`z.keras: zip's central directory is ${LIMITS.zipDirectoryBytes + 1} bytes; refusing more than 16 MiB`);
    expect(await fault(z64({ size: 2 ** 60 }))).toBe('z.keras: corrupt zip archive (a ZIP64 size or offset beyond 2^53)');
  });
});
