import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../src/analyze.js';
import { atReaderBoundary, FlopgateError, InternalError } from '../src/errors.js';
import { FORMATS } from '../src/formats/index.js';
import { BufferSource, FileSource, type ByteSource } from '../src/io/byte-source.js';
import { BoundsError, PagedReader } from '../src/io/paged-reader.js';
import { kerasZip } from './helpers/keras-files.js';

const source = (path: string) => readFileSync(new URL(`../src/${path}`, import.meta.url), 'utf8');
const staticImports = (text: string) => [...text.matchAll(/^import [^;]*? from '([^']+)';/gm)].map((m) => m[1]);

/** Counts the reads that reach the underlying source. */
class CountingSource implements ByteSource {
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

describe('the paged reader under every container', () => {
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i & 0xff);

  it('serves many small reads from a few cached pages', async () => {
    const src = new CountingSource(new BufferSource(bytes));
    const r = new PagedReader(src, 'm.bin');
    for (let i = 0; i < 2000; i++) {
      const at = (i * 7) % 8000;
      expect((await r.read(at, 16))[0]).toBe(at & 0xff);
    }
    // Reads up to byte 8,009: two 4 KiB pages.
    expect(src.reads).toBe(2);
  });

  it('reads a large range once, exactly, and a range across two pages whole', async () => {
    const src = new CountingSource(new BufferSource(bytes));
    const r = new PagedReader(src, 'm.bin');
    expect((await r.read(10_000, 50_000)).length).toBe(50_000);
    expect(src.bytesRead).toBe(50_000);
    const across = await r.read(4090, 12);
    expect([...across]).toEqual([...bytes.subarray(4090, 4102)]);
  });

  it('refuses a range outside the file as the file\'s fault, naming it and the structure', async () => {
    const r = new PagedReader(new BufferSource(bytes), 'm.bin');
    await expect(r.read(99_990, 20, 'a header')).rejects.toThrow(BoundsError);
    await expect(r.read(99_990, 20, 'a header')).rejects.toThrow(/^m\.bin: truncated: a header needs bytes up to 100010, the file has 100000$/);
    await expect(r.read(-1, 4, 'a header')).rejects.toThrow(/impossible position/);
  });

  it('stops a structure that asks for more than the read budget', async () => {
    const r = new PagedReader(new BufferSource(bytes), 'm.bin', { budget: 30_000 });
    await r.read(0, 20_000);
    await expect(r.read(20_000, 20_000, 'a table')).rejects.toThrow(/^m\.bin: a table: the file's structure asks flopgate to read more than 30000 bytes$/);
  });
});

describe('opening a model file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flopgate-open-'));
  const opens = (p: string) => FileSource.open(p, 'models/m.onnx');

  it('says why in words, naming the file as the user wrote it', async () => {
    await expect(opens(join(dir, 'absent'))).rejects.toThrow(new FlopgateError('models/m.onnx: no such file'));
    await expect(opens(dir)).rejects.toThrow(new FlopgateError('models/m.onnx: is a directory, not a model file'));
    symlinkSync('loop', join(dir, 'loop'));
    await expect(opens(join(dir, 'loop'))).rejects.toThrow(new FlopgateError('models/m.onnx: a symbolic link that loops'));
  });

  it('a FIFO or a device is refused at once, not waited on or read forever', async () => {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    const t0 = Date.now();
    await expect(opens(join(dir, 'fifo'))).rejects.toThrow(/models\/m\.onnx: is not a regular file/);
    await expect(opens('/dev/zero')).rejects.toThrow(/models\/m\.onnx: is not a regular file/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('the reader boundary', () => {
  it('a fault the readers recognise is the file\'s; anything else is ours and says so', () => {
    const ours = atReaderBoundary('m.onnx', new TypeError("Cannot read properties of undefined (reading 'shape')"));
    expect(ours).toBeInstanceOf(InternalError);
    expect(ours.message).toBe("m.onnx: internal error while reading this model (Cannot read properties of undefined (reading 'shape')); please report it with the file");
    const file = atReaderBoundary('m.onnx', new BoundsError('truncated: a header needs bytes up to 9'));
    expect(file).not.toBeInstanceOf(InternalError);
    expect(file).toBeInstanceOf(FlopgateError);
    expect(file.message).toBe('m.onnx: truncated: a header needs bytes up to 9');
  });

  it('a .keras whose config.json is not UTF-8 is one line naming it, not an unhandled rejection', async () => {
    const zip = await kerasZip(Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    await expect(analyzeSource(new BufferSource(zip), 'bad.keras', {})).rejects.toThrow(/^bad\.keras: config\.json: not valid UTF-8 text$/);
  });
});

describe('readers as Netron has them', () => {
  it('every format is an entry {match, open} in one list', () => {
    expect(FORMATS.map((f) => f.name)).toEqual([
      'Keras 3 .keras archive',
      'TFLite model',
      'SavedModel saved_model.pb',
      'Keras .h5 file',
      'ONNX model',
      'TensorFlow.js model.json, Keras JSON or YAML layers: spec',
    ]);
    for (const f of FORMATS) expect([typeof f.match, typeof f.open]).toEqual(['function', 'function']);
  });

  it('detection imports no engine: only byte-level sniffers; readers load when a file is opened', () => {
    const imports = staticImports(source('formats/index.ts'));
    expect(imports.sort()).toEqual(['../containers/hdf5/superblock.js', '../errors.js', '../io/file-set.js', '../io/paged-reader.js', '../onnx/sniff.js', '../tf/sniff.js', '../tflite/sniff.js', './lfs.js', './types.js']);
    for (const sniff of ['onnx/sniff.ts', 'tflite/sniff.ts', 'tf/sniff.ts']) expect(staticImports(source(sniff))).toEqual([]);
  });

  it('the ONNX IR types live apart from the decoder: ir.ts imports nothing, the decoder imports them', () => {
    expect(staticImports(source('onnx/ir.ts'))).toEqual([]);
    expect(staticImports(source('onnx/tensor-data.ts'))).not.toContain('./decode.js');
    expect(staticImports(source('onnx/decode.ts'))).toContain('./tensor-data.js');
  });

  it('normalizeModel runs in one place', () => {
    const files = ['keras/measure.ts', 'analyze.ts', 'formats/keras.ts', 'formats/text.ts', 'keras/graph.ts', 'check/run.ts'];
    const calls = files.map((f) => [f, (source(f).match(/normalizeModel\(/g) ?? []).length]);
    expect(calls).toEqual([['keras/measure.ts', 1], ['analyze.ts', 0], ['formats/keras.ts', 0], ['formats/text.ts', 0], ['keras/graph.ts', 0], ['check/run.ts', 0]]);
  });
});
