import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../src/github/action.js';
import { readInputs } from '../src/github/inputs.js';
import { budgetFile, checkout, localGitHubApi, mlp } from './helpers/action-scenario.js';
import { runtimeFor } from './helpers/action-runtime.js';

const BUDGET = '.github/flopgate.yml';
const gh = localGitHubApi();
const cleanup: (() => void)[] = [];
afterAll(() => cleanup.splice(0).forEach((f) => f()));

const models = (h: number) => budgetFile(...Array.from({ length: 6 }, (_, i) => mlp(`mlp-${i}`, h + i, i === 4 ? '{flops: 100k}' : '{flops: 300k}')));
const posted = () => (gh.api.requestsFor('issues/create-comment').at(-1)?.body as { body: string } | undefined)?.body;

async function act(co: ReturnType<typeof checkout>, inputs: Record<string, string>) {
  const { rt, run } = runtimeFor(co, gh.api, { inputs, cleanup });
  run.code = await runAction(rt);
  return run;
}

describe('the Action over a matrix', () => {
  it('shards measure and post nothing; the merging job posts the comment an unsharded run posts, and fails as it would', async () => {
    const co = checkout({ [BUDGET]: models(50) }, { [BUDGET]: models(60) }, cleanup);
    const whole = await act(co, {});
    const expected = posted()!;
    expect(whole.code).toBe(1);
    gh.api.reset();

    for (const i of [1, 2, 3]) {
      const shard = await act(co, { shard: `${i}/3` });
      expect(shard.code).toBe(0);
      expect(shard.failed).toEqual([]);
      expect(shard.info.at(-1)).toMatch(new RegExp(`^flopgate: shard ${i}/3: \\d of 6 models measured \\((pass|fail)\\); report at `));
      // What actions/upload-artifact and download-artifact do: one directory per artifact.
      const dir = path.join(co.workspace.dir, 'reports', `flopgate-${i}`);
      mkdirSync(dir, { recursive: true });
      cpSync(shard.outputs.report!, path.join(dir, 'report.json'));
    }
    expect(gh.api.requests).toEqual([]);

    const merged = await act(co, { merge: 'reports/**/*.json', compare: 'none' });
    expect(merged.code).toBe(1);
    expect(merged.info[0]).toBe('flopgate: merging 3 shard report(s): reports/flopgate-1/report.json, reports/flopgate-2/report.json, reports/flopgate-3/report.json');
    expect(posted()).toBe(expected);
    expect(merged.outputs['total-flops']).toBe(whole.outputs['total-flops']);
    expect(merged.failed).toEqual(whole.failed);
    expect(JSON.parse(readFileSync(merged.outputs.report!, 'utf8')).models).toHaveLength(6);
  }, 120_000);

  it('a missing shard fails the merging job with one line naming it, in the comment too', async () => {
    const co = checkout({ [BUDGET]: models(50) }, { [BUDGET]: models(60) }, cleanup);
    const one = await act(co, { shard: '1/2' });
    mkdirSync(path.join(co.workspace.dir, 'reports'), { recursive: true });
    cpSync(one.outputs.report!, path.join(co.workspace.dir, 'reports', 'flopgate-1.json'));
    const merged = await act(co, { merge: 'reports/*.json' });
    expect(merged.code).toBe(2);
    expect(merged.failed).toEqual(['shard 2/2 is missing (got 1 of 2 reports); did every matrix job upload its report?']);
    expect(posted()).toContain('shard 2/2 is missing');
    const none = await act(co, { merge: 'nowhere/*.json' });
    expect(none.failed).toEqual(["Input 'merge': no file matches 'nowhere/*.json' (relative to the workspace); did the shards' artifacts download there?"]);
  }, 120_000);

  it('reads shard and merge, and refuses both at once or a malformed shard', () => {
    const from = (v: Record<string, string>) => (n: string) => v[n] ?? '';
    expect(readInputs(from({ shard: '2/4' })).shard).toEqual({ index: 2, total: 4 });
    expect(readInputs(from({ merge: 'r/*.json' })).merge).toBe('r/*.json');
    expect(() => readInputs(from({ shard: '1/2', merge: 'x' }))).toThrow("Inputs 'shard' and 'merge' cannot both be set");
    expect(() => readInputs(from({ shard: '5/4' }))).toThrow(`Input 'shard' must be I/N, like \${{ matrix.shard }}/5; "5/4": I must be from 1 to N (4)`);
  });
});
