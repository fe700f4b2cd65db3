import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import h5wasm from 'h5wasm/node';
import { BufferSource, FileSource, type ByteSource } from '../src/io/byte-source.js';
import { FlopgateError } from '../src/errors.js';
import { lookup3 } from '../src/containers/hdf5/lookup3.js';
import { readHdf5RootAttribute as readAttribute } from '../src/containers/hdf5/root-attribute.js';
import { findHdf5Signature } from '../src/containers/hdf5/superblock.js';
import { PagedReader } from '../src/io/paged-reader.js';

/**
 * The container's reader straight on a source, through the paged reader every container
 * reads with. A fault of the file is a FlopgateError; anything else (a TypeError on hostile
 * bytes) surfaces as itself, so these tests see a crash.
 */
const readHdf5RootAttribute = (src: ByteSource, name: string, file: string) => readAttribute(new PagedReader(src, file), name, file);
import { arrayType, buildHdf5, byteType, dataspace, fixedStringType, stringAttribute, type RawAttribute } from './helpers/h5-files.js';

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));
const KB = 1024;
const enc = new TextEncoder();

type Libver = 'earliest' | 'v108' | 'v110' | 'latest';
type H5File = InstanceType<typeof h5wasm.File>;

let dir = '';
/** Writes an HDF5 file with the real library (compiled to wasm) and returns its bytes. */
function make(name: string, libver: [Libver, Libver], fill: (f: H5File) => void, trackOrder = false): Uint8Array {
  const path = join(dir, name);
  const f = new h5wasm.File(path, 'w', { libver, track_order: trackOrder });
  try {
    fill(f);
  } finally {
    f.close();
  }
  return new Uint8Array(readFileSync(path));
}

const V0: [Libver, Libver] = ['earliest', 'latest']; // superblock 0, object header 1
const V2: [Libver, Libver] = ['v108', 'v108']; // superblock 2, object header 2
const V3: [Libver, Libver] = ['latest', 'latest']; // superblock 3, object header 2

const CONFIG = JSON.stringify({ class_name: 'Sequential', config: { name: 'mlp', layers: [{ class_name: 'Dense', config: { units: 10 } }] } });
const BIG_CONFIG = JSON.stringify({ class_name: 'Functional', config: { layers: Array.from({ length: 1500 }, (_, i) => ({ class_name: 'Dense', name: `dense_${i}`, config: { units: i, activation: 'relu', pad: 'x'.repeat(80) } })) } });

function keras(f: H5File): void {
  f.create_attribute('backend', 'tensorflow');
  f.create_attribute('keras_version', '2.11.0');
  f.create_attribute('model_config', CONFIG);
}

const files: Record<string, Uint8Array> = {};

async function read(bytes: Uint8Array, name: string, file = 'model.h5'): Promise<{ value: string | undefined; src: ByteSource }> {
  const src = new BufferSource(bytes, file);
  return { value: await readHdf5RootAttribute(src, name, file), src };
}

/** The fault a read raises, checked to be a one-line FlopgateError naming the file. */
async function fault(bytes: Uint8Array, name = 'model_config', file = 'cut.h5'): Promise<string> {
  const started = Date.now();
  const err = await readHdf5RootAttribute(new BufferSource(bytes, file), name, file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(Date.now() - started).toBeLessThan(2000);
  expect(err).toBeInstanceOf(FlopgateError);
  const msg = (err as FlopgateError).message;
  expect(msg.startsWith(`${file}: `)).toBe(true);
  expect(msg).not.toContain('\n');
  return msg;
}

beforeAll(async () => {
  await h5wasm.ready;
  dir = mkdtempSync(join(tmpdir(), 'flopgate-h5-'));
  files.v0 = make('v0.h5', V0, keras);
  files.v2 = make('v2.h5', V2, keras);
  files.v3 = make('v3.h5', V3, keras);
  files.ordered = make('ordered.h5', V3, keras, true);
  files.fixed = make('fixed.h5', V0, (f) => {
    f.create_attribute('model_config', CONFIG, null, `S${enc.encode(CONFIG).length}`);
    f.create_attribute('keras_version', '2.1.3', null, 'S16'); // shorter than its field: null-padded
    f.create_attribute('one_element', [CONFIG], [1], `S${enc.encode(CONFIG).length}`);
    f.create_attribute('byte_array', new Uint8Array(enc.encode(CONFIG)));
    f.create_attribute('number', 3.5);
  });
  files.fixedV3 = make('fixed3.h5', V3, (f) => f.create_attribute('model_config', CONFIG, null, `S${CONFIG.length}`));
  files.bigVlen = make('big-vlen.h5', V0, (f) => f.create_attribute('model_config', BIG_CONFIG));
  files.bigFixed = make('big-fixed.h5', ['v108', 'latest'], (f) => {
    f.create_attribute('keras_version', '3.3.3');
    f.create_attribute('model_config', BIG_CONFIG, null, `S${BIG_CONFIG.length}`);
  });
  const many = (f: H5File): void => {
    for (let i = 0; i < 20; i++) f.create_attribute(`attr_${i}`, `value ${i}`);
    keras(f);
  };
  files.manyV0 = make('many0.h5', V0, many);
  files.manyV3 = make('many3.h5', V3, many);
  files.manyOrdered = make('many-ordered.h5', V3, many, true); // adds a creation-order index
  files.thousands = make('thousands.h5', V3, (f) => {
    for (let i = 0; i < 3000; i++) f.create_attribute(`attr_${i}`, `value ${i} ${'x'.repeat(i % 50)}`);
    keras(f);
  });
  // Over a megabyte of attribute messages: the heap needs indirect blocks inside indirect blocks.
  files.deepHeap = make('deep-heap.h5', V3, (f) => {
    for (let i = 0; i < 4000; i++) {
      const v = `value ${i} ${'y'.repeat(300 + (i % 7))}`;
      f.create_attribute(`k${i}`, v, null, `S${v.length}`);
    }
  });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('files written by the HDF5 library', () => {
  it.each([
    ['v0', 0],
    ['v2', 2],
    ['v3', 3],
    ['ordered', 3],
  ])('reads variable-length string attributes (%s, superblock version %i)', async (key, version) => {
    const bytes = files[key]!;
    expect(bytes[8]).toBe(version);
    expect((await read(bytes, 'model_config')).value).toBe(CONFIG);
    expect((await read(bytes, 'keras_version')).value).toBe('2.11.0');
    expect((await read(bytes, 'backend')).value).toBe('tensorflow');
  });

  it('returns undefined for a missing attribute, whatever the storage', async () => {
    for (const key of ['v0', 'v3', 'manyV3', 'thousands', 'bigFixed']) {
      expect((await read(files[key]!, 'training_config')).value).toBeUndefined();
      expect((await read(files[key]!, '')).value).toBeUndefined();
    }
  });

  it('reads fixed-length strings, one-element string arrays and byte arrays', async () => {
    expect((await read(files.fixed!, 'model_config')).value).toBe(CONFIG);
    expect((await read(files.fixed!, 'keras_version')).value).toBe('2.1.3');
    expect((await read(files.fixed!, 'one_element')).value).toBe(CONFIG);
    expect((await read(files.fixed!, 'byte_array')).value).toBe(CONFIG);
    expect((await read(files.fixedV3!, 'model_config')).value).toBe(CONFIG);
  });

  it('refuses a non-string attribute with a clear message', async () => {
    expect(await fault(files.fixed!, 'number', 'f.h5')).toMatch(/^f\.h5: .*attribute "number" is not a string/);
  });

  it('reads a 200 KB variable-length string from the global heap', async () => {
    expect(BIG_CONFIG.length).toBeGreaterThan(200 * KB);
    const { value, src } = await read(files.bigVlen!, 'model_config');
    expect(value).toBe(BIG_CONFIG);
    expect(src.bytesRead).toBeLessThan(64 * KB + BIG_CONFIG.length);
  });

  it('reads a 200 KB fixed-length string kept in dense storage as a huge heap object', async () => {
    const { value, src } = await read(files.bigFixed!, 'model_config');
    expect(value).toBe(BIG_CONFIG);
    expect(src.bytesRead).toBeLessThan(64 * KB + BIG_CONFIG.length);
    expect((await read(files.bigFixed!, 'keras_version')).value).toBe('3.3.3');
  });

  it.each(['manyV0', 'manyV3', 'manyOrdered'])('reads every one of many attributes (%s)', async (key) => {
    for (let i = 0; i < 20; i++) expect((await read(files[key]!, `attr_${i}`)).value).toBe(`value ${i}`);
    expect((await read(files[key]!, 'model_config')).value).toBe(CONFIG);
  });

  it('finds attributes among thousands through the name hash, touching little of the file', async () => {
    expect(files.thousands!.length).toBeGreaterThan(300 * KB);
    for (const i of [0, 1, 777, 1500, 2999]) {
      const { value, src } = await read(files.thousands!, `attr_${i}`);
      expect(value).toBe(`value ${i} ${'x'.repeat(i % 50)}`);
      expect(src.bytesRead).toBeLessThan(64 * KB);
    }
    const { value, src } = await read(files.thousands!, 'model_config');
    expect(value).toBe(CONFIG);
    expect(src.bytesRead).toBeLessThan(64 * KB);
  });

  it('walks fractal heap indirect blocks nested in indirect blocks', async () => {
    expect(files.deepHeap!.length).toBeGreaterThan(1024 * KB);
    for (const i of [0, 1, 2000, 3998, 3999]) {
      const { value, src } = await read(files.deepHeap!, `k${i}`);
      expect(value).toBe(`value ${i} ${'y'.repeat(300 + (i % 7))}`);
      expect(src.bytesRead).toBeLessThan(64 * KB);
    }
  });

  it('reads nothing of a 64 MB dataset', async () => {
    const path = join(dir, 'weights.h5');
    const f = new h5wasm.File(path, 'w', { libver: V0 });
    f.create_group('model_weights').create_dataset({ name: 'kernel', data: new Uint8Array(64 * 1024 * KB) });
    keras(f);
    f.close();
    expect(statSync(path).size).toBeGreaterThan(64 * 1024 * KB);
    const src = await FileSource.open(path);
    try {
      const started = Date.now();
      expect(await readHdf5RootAttribute(src, 'model_config', path)).toBe(CONFIG);
      expect(await readHdf5RootAttribute(src, 'keras_version', path)).toBe('2.11.0');
      expect(src.bytesRead).toBeLessThan(64 * KB);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await src.close();
      rmSync(path);
    }
  });
});

describe('hand-built files for what the library writes rarely', () => {
  const cfg = enc.encode(CONFIG);
  const attrs: RawAttribute[] = [
    stringAttribute('keras_version', '1.2.2'),
    { name: 'model_config', datatype: arrayType(fixedStringType(cfg.length), cfg.length, [1]), dataspace: dataspace(), data: cfg },
    { name: 'bytes', datatype: byteType(), dataspace: dataspace([cfg.length]), data: cfg },
    { name: 'byte_array_type', datatype: arrayType(byteType(), 1, [cfg.length]), dataspace: dataspace([1]), data: cfg },
    { name: 'space_padded', datatype: fixedStringType(12, 2), dataspace: dataspace(), data: enc.encode('3.3.3       ') },
  ];

  it.each([0, 1] as const)('reads superblock version %i with a continuation block', async (superblockVersion) => {
    const bytes = buildHdf5({ superblockVersion, attributes: attrs, splitAt: 2 });
    expect(bytes[8]).toBe(superblockVersion);
    expect((await read(bytes, 'keras_version')).value).toBe('1.2.2');
    expect((await read(bytes, 'model_config')).value).toBe(CONFIG);
    expect((await read(bytes, 'bytes')).value).toBe(CONFIG);
    expect((await read(bytes, 'byte_array_type')).value).toBe(CONFIG);
    expect((await read(bytes, 'space_padded')).value).toBe('3.3.3');
    expect((await read(bytes, 'absent')).value).toBeUndefined();
  });

  it('finds the superblock after a user block', async () => {
    const bytes = buildHdf5({ userBlock: 1024, attributes: attrs, splitAt: 1 });
    expect(await findHdf5Signature(new BufferSource(bytes))).toBe(1024);
    expect((await read(bytes, 'model_config')).value).toBe(CONFIG);
    expect(await findHdf5Signature(new BufferSource(files.v0!))).toBe(0);
    expect(await findHdf5Signature(new BufferSource(new Uint8Array(5000)))).toBe(-1);
  });

  it('refuses a continuation block that continues into itself', async () => {
    const bytes = buildHdf5({ attributes: attrs, splitAt: 1, loop: true });
    expect(await fault(bytes, 'absent')).toMatch(/corrupt HDF5 file: object header continuation loops/);
  });

  it('refuses addresses past the end and absurd sizes', async () => {
    const good = buildHdf5({ attributes: attrs });
    const rootAddressAt = 24 + 4 * 8 + 8; // superblock v0: fixed part, four addresses, link name offset
    const farRoot = good.slice();
    new DataView(farRoot.buffer).setBigUint64(rootAddressAt, 10n ** 12n, true);
    expect(await fault(farRoot)).toMatch(/truncated HDF5 file \(object header needs bytes up to/);

    const root = Number(new DataView(good.buffer).getBigUint64(rootAddressAt, true));
    const hugeHeader = good.slice();
    new DataView(hugeHeader.buffer).setUint32(root + 8, 0xfffffff0, true); // object header size
    expect(await fault(hugeHeader)).toMatch(/corrupt HDF5 file: object header block .* runs past the end/);

    const longName = good.slice();
    const firstAttribute = root + 16 + 8 + 24; // header prefix, link info message
    new DataView(longName.buffer).setUint16(firstAttribute + 8 + 2, 0xffff, true); // name size
    expect(await fault(longName)).toMatch(/corrupt HDF5 file: attribute name runs past its message/);
  });
});

describe('damaged input', () => {
  it('refuses truncated copies, wherever they are cut', async () => {
    for (const key of ['v0', 'v3', 'bigFixed', 'manyV3']) {
      const bytes = files[key]!;
      for (const cut of [0, 7, 8, 20, 47, 60, 100, 200, 700, 2048, bytes.length >> 1, bytes.length - 1]) {
        if (cut >= bytes.length) continue;
        expect(await fault(bytes.subarray(0, cut))).toMatch(/^cut\.h5: (truncated HDF5 file|not an HDF5 file)/);
      }
    }
  });

  it('refuses random bytes', async () => {
    const rand = prng(7);
    for (const size of [0, 1, 8, 100, 4096, 70_000]) {
      const bytes = Uint8Array.from({ length: size }, () => rand() & 0xff);
      expect(await fault(bytes)).toBe('cut.h5: not an HDF5 file (no HDF5 signature found)');
      // The same garbage behind a valid signature must fail as cleanly.
      const signed = Uint8Array.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, ...bytes]);
      expect(await fault(signed)).toMatch(/^cut\.h5: (truncated|corrupt|unsupported)/);
    }
  });

  it('survives damaged metadata: a value or a clean FlopgateError, always fast', async () => {
    const rand = prng(11);
    const outcomes = { value: 0, fault: 0 };
    const started = Date.now();
    for (const key of ['v0', 'v3', 'manyV3', 'bigFixed', 'fixed']) {
      const good = files[key]!;
      for (let n = 0; n < 150; n++) {
        const bad = good.slice();
        for (let k = 0; k < 1 + (n % 4); k++) bad[rand() % Math.min(bad.length, 4096)] = rand() & 0xff;
        try {
          const v = await readHdf5RootAttribute(new BufferSource(bad), 'model_config', 'fuzz.h5');
          expect(v === undefined || typeof v === 'string').toBe(true);
          outcomes.value++;
        } catch (e) {
          expect(e).toBeInstanceOf(FlopgateError);
          expect((e as Error).message.startsWith('fuzz.h5: ')).toBe(true);
          outcomes.fault++;
        }
      }
    }
    expect(outcomes.fault).toBeGreaterThan(0);
    expect(outcomes.value).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

it('hashes like lookup3 hashlittle', () => {
  expect(lookup3(enc.encode(''))).toBe(0xdeadbeef);
  expect(lookup3(enc.encode('Four score and seven years ago'))).toBe(0x17770551);
  expect(lookup3(enc.encode('Four score and seven years ago'), 1)).toBe(0xcd628161);
});

/** Deterministic 31-bit generator, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff);
}

interface ManifestModel {
  path: string;
  keras_version?: string;
}

const hasFixtures = existsSync(FIXTURES);
if (!hasFixtures) console.warn(`[hdf5.test] ${FIXTURES} is absent: real Keras .h5 fixtures skipped`);

describe.skipIf(!hasFixtures)('real Keras files', () => {
  const manifest = hasFixtures
    ? (JSON.parse(readFileSync(join(FIXTURES, 'MANIFEST.json'), 'utf8')) as { models: ManifestModel[] })
    : { models: [] };
  const versions = new Map(manifest.models.map((m) => [m.path, m.keras_version]));
  const paths = hasFixtures
    ? [
        ...['keras3', 'keras-public'].flatMap((d) =>
          readdirSync(join(FIXTURES, d)).filter((f) => f.endsWith('.h5')).map((f) => `${d}/${f}`),
        ),
        'keras-public/hls4ml_conv1d_gru_HDF5_with_keras_ext.keras',
      ]
    : [];

  it('finds them', () => {
    expect(paths.length).toBeGreaterThanOrEqual(7);
  });

  it.each(paths)('%s', async (rel) => {
    const src = await FileSource.open(join(FIXTURES, rel));
    try {
      const config = await readHdf5RootAttribute(src, 'model_config', rel);
      expect(typeof config).toBe('string');
      const parsed = JSON.parse(config!) as { class_name?: unknown };
      expect(typeof parsed.class_name).toBe('string');
      const version = await readHdf5RootAttribute(src, 'keras_version', rel);
      expect(typeof version).toBe('string');
      expect(version).toBe(versions.get(rel));
      expect(src.bytesRead).toBeLessThan(1024 * KB);
    } finally {
      await src.close();
    }
  });
});
