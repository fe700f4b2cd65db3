import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlopgateError } from '../src/errors.js';
import { BufferSource, FileSource } from '../src/io/byte-source.js';
import { analyzeOnnxDetailed } from '../src/onnx/analyze.js';
import { WireReader } from '../src/containers/protobuf.js';
import { PagedReader } from '../src/io/paged-reader.js';

/** Debian's libonnx-testdata: about 1,000 operator test models (`.ci/run` installs it). */
const ROOT = '/usr/share/libonnx-testdata/data';
const present = existsSync(ROOT);
if (!present) console.warn(`NOTE: ${ROOT} is absent (apt-get install libonnx-testdata): the ONNX operator sweep is skipped`);

function models(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) models(p, out);
    else if (e.endsWith('.onnx')) out.push(p);
  }
  return out;
}

/** Dims of the TensorProto in a test-data `.pb` file (field 1), or undefined if it is not one. */
async function pbDims(path: string): Promise<number[] | undefined> {
  const buf = readFileSync(path);
  const r = new WireReader(new PagedReader(new BufferSource(buf), path), path);
  try {
    return await r.run(buf.length, () => {
      const dims: number[] = [];
      for (const f of r.fields(0, buf.length, 'TensorProto')) {
        if (f.no === 1) r.ints(f, 'dims', dims, 64);
        else if (f.no === 2 && f.wire !== 0) return undefined;
      }
      return dims;
    });
  } catch {
    return undefined;
  }
}

/** Runtime output shapes recorded next to the model, graph output order. */
async function expectedOutputs(model: string): Promise<(number[] | undefined)[] | undefined> {
  const dir = join(dirname(model), 'test_data_set_0');
  if (!existsSync(dir)) return undefined;
  const outs = readdirSync(dir).filter((f) => /^output_\d+\.pb$/.test(f)).sort((a, b) => parseInt(a.slice(7)) - parseInt(b.slice(7)));
  return Promise.all(outs.map((f) => pbDims(join(dir, f))));
}

const UNSUPPORTED = /^\S+: (?:unsupported|cannot measure) ONNX op "[^"]+" \(domain [^,]+, opset [^)]+\) at node "[^"]*"/;

describe.skipIf(!present)('libonnx-testdata operator models', () => {
  it('every model gets a report or a one-line "unsupported op" error, each within 2 s', async () => {
    const files = present ? models(ROOT) : [];
    expect(files.length).toBeGreaterThan(900);
    let analyzed = 0;
    const refused = new Map<string, number>();
    const reasons = new Map<string, string>();
    const faults: string[] = [];
    let slowest = 0;
    let shapesChecked = 0;
    let declaredRows = 0;
    const wrongShapes: string[] = [];
    for (const f of files) {
      const name = relative(ROOT, f);
      const src = await FileSource.open(f);
      const t0 = performance.now();
      try {
        const { report: r, outputShapes } = await analyzeOnnxDetailed(src, name, {});
        expect(r.layers.length).toBeGreaterThan(0);
        expect(typeof r.flops).toBe('bigint');
        analyzed++;
        declaredRows += r.layers.filter((l) => l.note?.startsWith('output shape as declared')).length;
        const expected = await expectedOutputs(f);
        expected?.forEach((dims, k) => {
          const got = outputShapes[k];
          if (!dims || !got) return;
          shapesChecked++;
          if (got.join(',') !== dims.join(',')) wrongShapes.push(`${name} output ${k}: inferred [${got}], runtime [${dims}]`);
        });
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const op = UNSUPPORTED.exec(msg);
        if (e instanceof FlopgateError && op && !msg.includes('\n')) {
          const key = /(?:unsupported|cannot measure) ONNX op "([^"]+)"/.exec(msg)?.[1] ?? '?';
          refused.set(key, (refused.get(key) ?? 0) + 1);
          reasons.set(key, msg);
        } else faults.push(`${name}: ${msg}`);
      } finally {
        await src.close();
      }
      slowest = Math.max(slowest, performance.now() - t0);
    }
    const refusedCount = [...refused.values()].reduce((a, b) => a + b, 0);
    console.log(
      `libonnx-testdata: ${files.length} models, ${analyzed} analyzed, ${refusedCount} refused as unsupported ` +
        `(${refused.size} ops: ${[...refused.keys()].sort().join(', ')}), slowest ${slowest.toFixed(0)} ms; ` +
        `${shapesChecked} inferred output shapes checked against the runtime outputs shipped with the models ` +
        `(${declaredRows} nodes took the file's declared shape for a value only known at run time)`,
    );
    expect(faults).toEqual([]);
    // Control flow says what it leaves out; data-dependent shapes say so, naming the node.
    for (const op of ['If', 'Loop', 'Scan']) expect(reasons.get(op), op).toMatch(/at node "[^"]*": control flow: its .* not measured/);
    for (const op of ['Compress', 'NonZero', 'Unique']) expect(reasons.get(op), op).toMatch(/at node "[^"]*": its output shape depends on the data/);
    // Coverage only grows: 785 models were analyzed before the quantization and math ops.
    expect(analyzed).toBeGreaterThanOrEqual(895);
    expect(wrongShapes).toEqual([]);
    expect(shapesChecked).toBeGreaterThan(500);
    expect(analyzed + refusedCount).toBe(files.length);
    expect(slowest).toBeLessThan(2000);
  });

  it('a fused op counts what its ONNX function body (the `_expanded` model) counts', async () => {
    const totals = async (dir: string) => {
      const f = join(ROOT, 'node', dir, 'model.onnx');
      const src = await FileSource.open(f);
      try {
        const { report } = await analyzeOnnxDetailed(src, f, {});
        const ops: Record<string, bigint> = {};
        for (const l of report.layers) for (const [k, v] of Object.entries(l.ops)) ops[k] = (ops[k] ?? 0n) + (v ?? 0n);
        return ops;
      } finally {
        await src.close();
      }
    };
    for (const op of ['dynamicquantizelinear', 'dynamicquantizelinear_max_adjusted', 'dynamicquantizelinear_min_adjusted', 'bernoulli', 'bernoulli_double', 'bernoulli_seed']) {
      const fused = await totals(`test_${op}`);
      expect(Object.keys(fused).length, op).toBeGreaterThan(0);
      expect([op, fused]).toEqual([op, await totals(`test_${op}_expanded`)]);
    }
  });
});
