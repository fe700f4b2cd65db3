/**
 * Issue 9, "Nothing breaks it": the twelve failures that 8,000 mutated model files and 200
 * hostile budget files found, each reproduced through the built CLI and held to the contract
 * (one line, exit 2, no stack trace, within 2 s and 256 MB). FLOPGATE_TEST_CLI=<old
 * dist/cli/index.js> runs them against an older build, where each of them fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/limits.js';
import { ensureBuilt } from './helpers/build-once.js';
import { expectBounded, expectRefused, runCli } from './helpers/contract.js';
import { keras3Mlp, kerasZip } from './helpers/keras-files.js';
import { DT, model, type ModelSpec, type NodeSpec, type ValueSpec } from './helpers/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'flopgate-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => ensureBuilt(), 300_000);

function put(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, bytes);
  return p;
}

describe('1. a .keras whose config.json is not UTF-8', () => {
  it('is one line naming the member, not an unhandled rejection', async () => {
    const p = put('bad-utf8.keras', await kerasZip(Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])));
    expectRefused(runCli(['flops', p]), /^error: .*bad-utf8\.keras: config\.json: not valid UTF-8 text$/);
  });
});

describe('2. ONNX nodes declared with no outputs', () => {
  // Each op's output shape depends on an input known only at run time (a graph input), so the
  // rule asks for the declared output shape, of an output the node does not have.
  const x: ValueSpec = { name: 'x', dims: [1, 3, 8, 8] };
  const cases: [string, NodeSpec, ValueSpec[], number][] = [
    ['TopK', { op: 'TopK', inputs: ['x', 'k'], outputs: [] }, [x, { name: 'k', dims: [1], elemType: DT.INT64 }], 13],
    ['Resize', { op: 'Resize', inputs: ['x', '', '', 'sizes'], outputs: [] }, [x, { name: 'sizes', dims: [4], elemType: DT.INT64 }], 13],
    ['Upsample', { op: 'Upsample', inputs: ['x', 'scales'], outputs: [] }, [x, { name: 'scales', dims: [4] }], 9],
    ['ReduceSum', { op: 'ReduceSum', inputs: ['x', 'axes'], outputs: [] }, [x, { name: 'axes', dims: [1], elemType: DT.INT64 }], 13],
    ['HannWindow', { op: 'HannWindow', inputs: ['size'], outputs: [] }, [{ name: 'size', dims: [], elemType: DT.INT64 }], 17],
    ['BlackmanWindow', { op: 'BlackmanWindow', inputs: ['size'], outputs: [] }, [{ name: 'size', dims: [], elemType: DT.INT64 }], 17],
    ['DFT', { op: 'DFT', inputs: ['s', 'n'], outputs: [] }, [{ name: 's', dims: [1, 64, 1] }, { name: 'n', dims: [], elemType: DT.INT64 }], 17],
    ['STFT', { op: 'STFT', inputs: ['s', 'step', '', 'len'], outputs: [] }, [{ name: 's', dims: [1, 64, 1] }, { name: 'step', dims: [], elemType: DT.INT64 }], 17],
  ];
  for (const [op, node, inputs, opset] of cases) {
    it(`${op}: names the node`, () => {
      const spec: ModelSpec = { nodes: [node], inputs, outputs: [], opset, initializers: [{ name: 'len', dims: [], dataType: DT.INT64, values: [16] }] };
      const p = put(`${op}-no-outputs.onnx`, model(spec));
      expectRefused(runCli(['flops', p]), new RegExp(`^error: .*${op}-no-outputs\\.onnx: node "${op}_0" \\(${op}\\): declares no outputs`));
    });
  }
});

describe('3. names that are keys of every JavaScript object', () => {
  // Lookups in plain objects reach Object.prototype: "constructor" was a function, not a rule.
  const names = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
  for (const n of names) {
    it(`"${n}" as an activation, a layer type, an op and a budget key is named, not an internal error`, async () => {
      const act = put(`proto/act-${n}.yml`, `layers:\n  - flatten: {input_shape: [28, 28]}\n  - dense: {units: 10, activation: ${n}}\n`);
      expectRefused(runCli(['flops', act]), new RegExp(`act-${n}\\.yml: layer "dense" \\(Dense\\): unknown activation "${n}"$`));
      const type = put(`proto/type-${n}.yml`, `layers:\n  - flatten: {input_shape: [28, 28]}\n  - ${n}: {units: 10}\n`);
      expectRefused(runCli(['flops', type]), new RegExp(`type-${n}\\.yml: layers\\[1\\]: unknown layer type "${n}"$`));
      const cfg = keras3Mlp([10]) as { config: { layers: { class_name: string; config: Record<string, unknown> }[] } };
      cfg.config.layers[2]!.config.activation = n;
      expectRefused(runCli(['flops', put(`proto/act-${n}.keras`, await kerasZip(cfg))]), new RegExp(`unknown activation "${n}"$`));
      cfg.config.layers[2]!.config.activation = 'relu';
      cfg.config.layers[2]!.class_name = n;
      expectRefused(runCli(['flops', put(`proto/cls-${n}.keras`, await kerasZip(cfg))]), new RegExp(`layer "dense" has unknown type ${n}; no cost rule exists for it`));
      const onnx = model({ nodes: [{ op: n, inputs: ['x'], outputs: ['y'] }], inputs: [{ name: 'x', dims: [1, 4] }], outputs: [{ name: 'y' }] });
      expectRefused(runCli(['flops', put(`proto/op-${n}.onnx`, onnx)]), new RegExp(`unsupported ONNX op "${n}"`));
      const budget = put(`proto-${n}/flopgate.yml`, [
        'version: 1',
        'models:',
        `  - name: b`,
        `    convention: ${n}`,
        `    unknown: ${n}`,
        `    ${n}: 1`,
        '    layers: [{dense: {units: 1, input_shape: [2]}}]',
        `    fit: {optimizer: ${n}, loss: ${n}}`,
        '',
      ].join('\n'));
      const r = runCli(['check', '--budget', budget, '--no-fit']);
      expect(r.status).toBe(2);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.stderr).toMatch(new RegExp(`models\\[0\\]\\.convention: "${n}" is not one of`));
      expect(r.stderr).toMatch(new RegExp(`unknown key "${n}"`));
    });
  }
});

describe('4. YAML parser warnings', () => {
  it('an unresolved tag or a collection as a key is a fault on one line, not several printed warnings', () => {
    const layers = put('warn-layers.yml', 'layers:\n  - flatten: {input_shape: !foo [28, 28]}\n  - dense: {units: 10}\n');
    expectRefused(runCli(['flops', layers]), /^error: .*warn-layers\.yml:2:28: invalid YAML \(Unresolved tag: !foo\)$/);
    const key = put('key-layers.yml', 'layers:\n  - ? [a, b]\n    : 1\n');
    expectRefused(runCli(['flops', key]), /^error: .*key-layers\.yml:2:7: invalid YAML \(a key that is a list or a mapping; keys must be plain names\)$/);
    const budget = put('warn/flopgate.yml', 'version: 1\nmodels:\n  - name: !bar a\n    ? [x, y]\n    : 1\n    layers: [{dense: {units: 1, input_shape: [2]}}]\n');
    const r = runCli(['check', '--budget', budget, '--no-fit']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/flopgate\.yml:3:11: Unresolved tag: !bar$/)]);
  });
});

describe('6. many layers', () => {
  const dense = (n: number) => JSON.stringify({ layers: [{ flatten: { input_shape: [4] } }, ...Array.from({ length: n }, () => ({ dense: { units: 4, activation: 'relu' } }))] });
  it(`an inline spec of 100,000 Dense layers is refused at once with the limit (${LIMITS.layers})`, () => {
    expectRefused(runCli(['flops', put('dense-100k.json', dense(100_000))]), new RegExp(`dense-100k\\.json: 100001 layers; flopgate measures at most ${LIMITS.layers}$`));
  });

  it('a spec at the limit is measured within the bounds, in the terminal and as JSON', () => {
    const p = put('dense-limit.json', dense(LIMITS.layers - 1));
    const r = runCli(['flops', p, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).layers).toHaveLength(LIMITS.layers);
    expectBounded(r);
    expectBounded(runCli(['flops', p]));
  });

  it('a functional model listed in reverse order is walked in linear time (it took 20 s at 20,000 layers)', () => {
    const n = LIMITS.layers - 1;
    const layers: object[] = [];
    for (let i = n - 1; i >= 0; i--) layers.push({ class_name: 'Dense', name: `d${i}`, config: { name: `d${i}`, units: 4 }, inbound_nodes: [[[i ? `d${i - 1}` : 'in', 0, 0, {}]]] });
    layers.unshift({ class_name: 'InputLayer', name: 'in', config: { name: 'in', batch_input_shape: [null, 4] }, inbound_nodes: [] });
    const cfg = { class_name: 'Functional', config: { name: 'f', layers, input_layers: [['in', 0, 0]], output_layers: [[`d${n - 1}`, 0, 0]] } };
    const r = runCli(['flops', put('reversed.json', JSON.stringify(cfg)), '--json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout).layers as { name: string }[];
    expect(rows.slice(0, 3).map((l) => l.name)).toEqual(['in', 'd0', 'd1']);
    expectBounded(r);
  });
});

describe('7. a long ONNX chain', () => {
  const chain = (n: number) => model({
    nodes: Array.from({ length: n }, (_, i) => ({ op: 'Relu', inputs: [i ? `t${i - 1}` : 'x'], outputs: [i === n - 1 ? 'y' : `t${i}`] })),
    inputs: [{ name: 'x', dims: [1, 4] }],
    outputs: [{ name: 'y' }],
  });
  it(`more nodes than the limit (${LIMITS.onnxNodes}) are refused at once`, () => {
    expectRefused(runCli(['flops', put('chain-over.onnx', chain(LIMITS.onnxNodes + 1))]), new RegExp(`chain-over\\.onnx: graph has more than ${LIMITS.onnxNodes} nodes$`));
  });

  it('a chain at the limit is measured within the bounds: the terminal table too (it overflowed the stack)', () => {
    const p = put('chain-limit.onnx', chain(LIMITS.onnxNodes));
    const text = runCli(['flops', p]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Total FLOPs: +200,000\n/);
    expectBounded(text);
    const json = runCli(['flops', p, '--json']);
    expect(JSON.parse(json.stdout).layers).toHaveLength(LIMITS.onnxNodes);
    expectBounded(json);
  });
});

describe('8. FIFOs and devices', () => {
  it('a FIFO or a device as the budget file is refused before it is read', () => {
    const fifo = join(dir, 'budget.fifo');
    execFileSync('mkfifo', [fifo]);
    expectRefused(runCli(['check', '--budget', fifo], { timeoutMs: 5000 }), /^error: .*budget\.fifo: is not a regular file \(a FIFO, socket or device\), so it cannot be a budget file$/);
    for (const dev of ['/dev/zero', '/dev/urandom']) {
      expectRefused(runCli(['check', '--budget', dev], { timeoutMs: 5000 }), new RegExp(`^error: ${dev}: is not a regular file`));
    }
  });

  it('a FIFO as the model file is refused too', () => {
    const fifo = join(dir, 'model.fifo');
    execFileSync('mkfifo', [fifo]);
    expectRefused(runCli(['flops', fifo], { timeoutMs: 5000 }), /^error: .*model\.fifo: is not a regular file/);
  });

  it('a FIFO in a fit\'s IDX directory skips the fit with the reason, instead of blocking', () => {
    const repo = join(dir, 'idx-repo');
    mkdirSync(join(repo, 'data'), { recursive: true });
    execFileSync('mkfifo', [join(repo, 'data', 'train-images-idx3-ubyte')]);
    writeFileSync(join(repo, 'flopgate.yml'), [
      'version: 1',
      'models:',
      '  - name: mlp',
      '    layers: [{flatten: {input_shape: [28, 28]}}, {dense: {units: 10, activation: softmax}}]',
      '    fit: {dataset: idx, path: data, epochs: 1, train_samples: 10, validation_samples: 10}',
      '',
    ].join('\n'));
    const r = runCli(['check', '--budget', 'flopgate.yml'], { cwd: repo, timeoutMs: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.stderr).toMatch(/train-images-idx3-ubyte: is not a regular file \(a FIFO, socket or device\), so it cannot be an IDX file/);
    expect(r.status).toBe(0);
  });
});

describe('9. a budget file with many faults', () => {
  it('prints the first 20, then how many more, in linear time', () => {
    const lines = ['version: 1', 'models:'];
    for (let i = 0; i < 1000; i++) lines.push(`  - {name: m${i}, path: nope/${i}.onnx, budget: {flops: 12x, params: -1, flops_warn: 7y}, batch_size: 0}`);
    const r = runCli(['check', '--budget', put('many/flopgate.yml', lines.join('\n') + '\n')]);
    const out = r.stderr.trimEnd().split('\n');
    expect(r.status).toBe(2);
    expect(out).toHaveLength(21);
    expect(out[0]).toMatch(/flopgate\.yml:3:\d+: models\[0\]\.budget\.flops: "12x": unknown suffix "x"/);
    expect(out[20]).toBe('error: and 3980 more faults in the budget file');
    expectBounded(r);
  });

  it('20,000 unknown keys: 21 lines, within the bounds', () => {
    const lines = ['version: 1', 'models:', '- name: a', '  layers: [{dense: {units: 1, input_shape: [2]}}]'];
    for (let i = 0; i < 20_000; i++) lines.push(`  k${i}: 1`);
    const r = runCli(['check', '--budget', put('keys/flopgate.yml', lines.join('\n') + '\n')]);
    const out = r.stderr.trimEnd().split('\n');
    expect(out).toHaveLength(21);
    expect(out[0]).toMatch(/models\[0\]\.k0: unknown key "k0"/);
    expect(out[20]).toBe('error: and 19980 more faults in the budget file');
    expectBounded(r);
  });

  it('more models than the limit: refused at once, one line', () => {
    const lines = ['version: 1', 'models:'];
    for (let i = 0; i <= LIMITS.budgetModels; i++) lines.push(`- {name: m${i}, layers: [{dense: {units: 1, input_shape: [2]}}]}`);
    expectRefused(runCli(['check', '--budget', put('over/flopgate.yml', lines.join('\n') + '\n')]), new RegExp(`flopgate\\.yml:3:1: models: ${LIMITS.budgetModels + 1} models; a budget file lists at most ${LIMITS.budgetModels}$`));
  });
});

describe('10. deeply nested YAML', () => {
  it('a budget file or a layers: file nesting past the limit is a nesting fault, at once', () => {
    const flow = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expectRefused(runCli(['check', '--budget', put('deep/flopgate.yml', `version: 1\nmodels: ${flow(100_000)}\n`)]), /flopgate\.yml:2:26\d: YAML nests deeper than 256 levels; refusing it$/);
    expectRefused(runCli(['flops', put('deep-layers.yml', `layers: ${flow(100_000)}\n`)]), /deep-layers\.yml:1:26\d: invalid YAML \(YAML nests deeper than 256 levels; refusing it\)$/);
    let block = 'layers:\n';
    for (let i = 0; i < 300; i++) block += `${' '.repeat(i + 2)}- \n`;
    expectRefused(runCli(['flops', put('deep-block.yml', block)]), /deep-block\.yml:\d+:\d+: invalid YAML \(YAML nests deeper than 256 levels; refusing it\)$/);
    // Past the size limit, a deep file is refused by its size, before any parsing.
    expectRefused(runCli(['flops', put('big-layers.yml', `layers: ${flow(200_000)}\n`)]), /big-layers\.yml: 400009 bytes of YAML; flopgate reads at most 256 KiB of a YAML model file$/);
  });
});

describe('11. --json and --markdown pointed at something other than a regular file', () => {
  it('a FIFO, a symbolic link or a directory is refused and left as it was', () => {
    const repo = join(dir, 'out-repo');
    mkdirSync(repo, { recursive: true });
    writeFileSync(join(repo, 'flopgate.yml'), 'version: 1\nmodels:\n  - name: a\n    layers: [{dense: {units: 1, input_shape: [2]}}]\n');
    const fifo = join(repo, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(join(repo, 'elsewhere.json'), join(repo, 'link.json'));
    mkdirSync(join(repo, 'adir'));
    for (const [flag, target, what] of [
      ['--json', 'report.fifo', 'not a regular file \\(a FIFO, socket or device\\)'],
      ['--markdown', 'report.fifo', 'not a regular file \\(a FIFO, socket or device\\)'],
      ['--json', 'link.json', 'a symbolic link'],
      ['--markdown', 'adir', 'a directory'],
    ]) {
      const r = runCli(['check', '--budget', 'flopgate.yml', '--no-fit', flag!, target!], { cwd: repo, timeoutMs: 5000 });
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^error: ${target}: is ${what}; flopgate writes a report only where there is no file or a regular one$`))]);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(join(repo, 'link.json')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(repo, 'elsewhere.json'))).toBe(false);
    // A regular file is replaced, as before.
    writeFileSync(join(repo, 'report.json'), 'old');
    expect(runCli(['check', '--budget', 'flopgate.yml', '--no-fit', '--json', 'report.json'], { cwd: repo }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'report.json'), 'utf8')).passed).toBe(true);
  });
});

describe('12. input dimensions in Keras and TF.js configs', () => {
  const bad: [string, unknown][] = [['a string', '28'], ['true', true], ['a fraction', 28.5], ['zero', 0], ['a list', [28]], ['negative', -3]];
  for (const [what, dim] of bad) {
    it(`a dimension that is ${what} is refused, naming the layer and the axis`, async () => {
      const p = put(`dims/${what.replace(/ /g, '-')}.keras`, await kerasZip(keras3Mlp([10], [null, dim as number, 28])));
      expectRefused(runCli(['flops', p]), new RegExp(`: layer "input_layer" declares batch_shape with dimension 1 = ${JSON.stringify(dim).replace(/[[\].]/g, '\\$&')}; a dimension is an integer from 1 to 2\\^31, or null where it is left open$`));
    });
  }

  it('an empty shape is refused; so is one in a TF.js model.json', async () => {
    expectRefused(runCli(['flops', put('dims/empty.keras', await kerasZip(keras3Mlp([10], [])))]), /declares batch_shape \[\], without even the batch dimension$/);
    const tfjs = JSON.stringify({ format: 'layers-model', modelTopology: { model_config: { class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 2, batch_input_shape: [null, 2.5] } }] } } }, weightsManifest: [] });
    expectRefused(runCli(['flops', put('dims/tfjs/model.json', tfjs)]), /layer "d" declares batch_input_shape with dimension 1 = 2\.5;/);
  });

  it('a model that declares no input shape is measured with the --input-shape its message asks for', () => {
    const p = put('dims/no-shape.json', JSON.stringify({ class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 3 } }] } }));
    expectRefused(runCli(['flops', p]), /no-shape\.json: the model does not record its input shape; give it with --input-shape$/);
    const r = runCli(['flops', p, '--input-shape', '5', '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).params).toBe(18);
  });

  it('kernel_size 0 is refused rather than giving an output larger than its input', async () => {
    const cfg = { class_name: 'Sequential', config: { name: 's', layers: [
      { class_name: 'InputLayer', config: { batch_shape: [null, 28, 28, 1], name: 'in' } },
      { class_name: 'Conv2D', config: { name: 'c', filters: 4, kernel_size: [0, 0], strides: [1, 1], padding: 'valid' } },
    ] } };
    expectRefused(runCli(['flops', put('dims/kernel0.keras', await kerasZip(cfg))]), /layer "c" \(Conv2D\): kernel 0, stride 1 and dilation 1 must be positive integers$/);
  });

  it("an Embedding's input_dim is its vocabulary, not its input length", async () => {
    const cfg = { class_name: 'Sequential', config: { name: 's', layers: [
      { class_name: 'Embedding', config: { name: 'e', input_dim: 50_000, output_dim: 16, input_length: 10 } },
      { class_name: 'Flatten', config: { name: 'f' } },
    ] } };
    const r = runCli(['flops', put('dims/embedding.keras', await kerasZip(cfg)), '--json']);
    expect(r.status).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.input_shapes).toEqual([[10]]);
    expect(rep.layers.map((l: { output_shape: number[] }) => l.output_shape)).toEqual([[1, 10, 16], [1, 160]]);
  });
});
