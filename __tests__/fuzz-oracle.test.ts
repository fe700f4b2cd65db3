/**
 * The fuzzer's judge must see a crash: a harness that takes every exit 2 for a file fault
 * would stay green while a reader throws a TypeError. Each kind of failure is shown to it,
 * from a stand-in CLI that fails that way, and must be judged a failure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, runCliAsync, type Outcome } from './fuzz/oracle.js';

const dir = mkdtempSync(join(tmpdir(), 'flopgate-oracle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ok: Outcome = { status: 0, signal: null, timedOut: false, stdout: '{"flops": 10, "layers": [{"output_shape": [1, 10]}]}', stderr: '', cpuMs: 300, rssMiB: 60 };
const verdict = (o: Partial<Outcome>, command: 'flops' | 'check' = 'flops') => judge({ ...ok, ...o }, command, 'model.onnx', () => ({ ...ok, ...o }).stdout);

describe('the fuzz judge', () => {
  it('passes a report and a one-line fault naming the file', () => {
    expect(verdict({})).toEqual({ kind: 'exit0' });
    expect(verdict({ status: 2, stdout: '', stderr: 'error: model.onnx: truncated\n' })).toEqual({ kind: 'fault' });
    expect(verdict({ status: 1 }, 'check')).toEqual({ kind: 'exit1' });
    // check: a valid budget file with a model that cannot be measured reports it on its row.
    expect(verdict({ status: 2, stderr: 'flopgate: mlp: flopgate.yml:7:7: layer "d" (Dense): config has no "units"\nflopgate: cnn: 270,400 FLOPs\n' }, 'check')).toEqual({ kind: 'fault' });
  });

  it.each<[string, Partial<Outcome>]>([
    ['an internal error', { status: 2, stderr: 'error: internal error: Cannot read properties of undefined (please report this with the model file)\n' }],
    ['a stack trace', { status: 2, stderr: 'error: model.onnx: x\n    at decode (file.js:1:1)\n' }],
    ['an unhandled rejection', { status: 1, stderr: 'node:internal/process/promises:391\n    triggerUncaughtException(err, true);\nTypeError: x\n' }],
    ['exit 1 from flops', { status: 1, stderr: '' }],
    ['a timeout', { status: null, signal: 'SIGKILL', timedOut: true }],
    ['over 2 s of CPU', { cpuMs: 2500 }],
    ['over 256 MB', { rssMiB: 300 }],
    ['a fault of two lines', { status: 2, stderr: 'error: model.onnx: a\nerror: model.onnx: b\n' }],
    ['a fault not naming the file', { status: 2, stderr: 'error: something went wrong\n' }],
    ['progress lines from flops', { status: 2, stderr: 'flopgate: mlp: 10 FLOPs\n' }],
    ['a negative count', { stdout: '{"flops": -1}' }],
    ['a fractional dimension', { stdout: '{"layers": [{"output_shape": [1, 2.5]}]}' }],
    ['a null count (NaN written as JSON)', { stdout: '{"macs": null}' }],
    ['exit 0 without a report', { stdout: 'Total FLOPs: 10' }],
  ])('fails %s', (_, o) => {
    expect(verdict(o).kind).toBe('failure');
  });

  it('sees a real process crash, hang and unhandled rejection as failures', async () => {
    const cli = (name: string, body: string) => {
      const p = join(dir, name);
      writeFileSync(p, body);
      return p;
    };
    const run = async (p: string, timeoutMs = 20_000) => judge(await runCliAsync([], dir, timeoutMs, p), 'flops', 'model.onnx', () => '{}');
    expect((await run(cli('reject.mjs', 'Promise.resolve().then(() => { null.x; });'))).kind).toBe('failure');
    expect((await run(cli('hang.mjs', 'setInterval(() => {}, 1000);'), 1500)).why).toBe('timed out (killed)');
    expect((await run(cli('fine.mjs', 'process.stderr.write("error: model.onnx: bad\\n"); process.exitCode = 2;'))).kind).toBe('fault');
  });
});
