import { afterAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../src/analyze.js';
import { Gate, mapOrdered, OrderedLog } from '../src/check/ordered.js';
import { runCheck } from '../src/check/run.js';
import { TempRepo } from './helpers/git-repo.js';
import { fitOk, notebookModelJson } from './helpers/notebook.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapOrdered and OrderedLog', () => {
  it('keeps the order of results and of each item\'s lines, whatever finishes first, with at most `limit` at once', async () => {
    const lines: string[] = [];
    const log = new OrderedLog((l) => lines.push(l));
    let running = 0;
    let most = 0;
    const out = await mapOrdered([40, 5, 30, 1, 20, 2], 3, async (ms, i) => {
      running++;
      most = Math.max(most, running);
      log.log(i, `${i} start`);
      await sleep(ms);
      log.log(i, `${i} end`);
      running--;
      log.finish(i);
      return i * 10;
    });
    expect(out).toEqual([0, 10, 20, 30, 40, 50]);
    expect(most).toBe(3);
    expect(lines).toEqual([0, 1, 2, 3, 4, 5].flatMap((i) => [`${i} start`, `${i} end`]));
  });

  it('turn(i) waits for every item before i; the item then writes through', async () => {
    const lines: string[] = [];
    const log = new OrderedLog((l) => lines.push(l));
    const second = (async () => {
      await log.turn(1);
      log.log(1, 'live');
      return lines.length;
    })();
    await sleep(5);
    expect(lines).toEqual([]);
    log.log(0, 'zero');
    log.finish(0);
    expect(await second).toBe(2);
    expect(lines).toEqual(['zero', 'live']);
  });
});

describe('runCheck measures models concurrently', () => {
  const r = TempRepo.init('flopgate-ordered-');
  afterAll(() => r.remove());
  const names = Array.from({ length: 12 }, (_, i) => `m${i}`);
  r.commit(
    {
      ...Object.fromEntries(names.map((n, i) => [`${n}.json`, notebookModelJson(20 + i)])),
      'flopgate.yml': `models:\n${names.map((n, i) => `  - name: ${n}\n    path: ${n}.json\n${i % 4 === 0 ? '    fit: {epochs: 1}\n' : ''}`).join('')}`,
    },
    'models',
  );

  it('in the budget file\'s order, each model\'s lines together, fits one at a time inside their groups', async () => {
    const lines: string[] = [];
    let inFit = 0;
    let overlapped = false;
    let analysing = 0;
    let mostAnalysing = 0;
    const report = await runCheck(
      { root: r.dir, budgetFile: 'flopgate.yml', fit: true, log: (l) => lines.push(l), group: async (title, fn) => {
        lines.push(`[group ${title}]`);
        try {
          return await fn();
        } finally {
          lines.push('[end]');
        }
      } },
      {
        // Later models answer sooner: only the ordering can put them back in place.
        analyzeModel: async (src, label, opts) => {
          analysing++;
          mostAnalysing = Math.max(mostAnalysing, analysing);
          await sleep(30 - 2 * Number(label.replace(/\D/g, '')));
          analysing--;
          return analyzeModel(src, label, opts);
        },
        runFit: async (_spec, _shapes, _cfg, log) => {
          if (inFit++) overlapped = true;
          log('epoch 1/1');
          await sleep(10);
          inFit--;
          return fitOk(0.9);
        },
      },
    );
    expect(report.models.map((m) => m.name)).toEqual(names);
    expect(mostAnalysing).toBeGreaterThan(1);
    expect(overlapped).toBe(false);
    const order = lines.filter((l) => /^flopgate: m\d+: /.test(l)).map((l) => l.split(':')[1]!.trim());
    // Each model's lines in one run, models in order.
    expect(order.filter((n, i) => n !== order[i - 1])).toEqual(names);
    expect(order.length).toBeGreaterThan(names.length);
    const firstFit = lines.indexOf('[group flopgate: fit m0]');
    expect(lines.slice(firstFit, firstFit + 3)).toEqual(['[group flopgate: fit m0]', 'flopgate: m0: epoch 1/1', '[end]']);
  });
});

describe('OrderedLog groups', () => {
  it('opens a group live at the head, and replays a held one in its place', async () => {
    const lines: string[] = [];
    const group = async <T,>(title: string, fn: () => Promise<T>) => {
      lines.push(`[${title}]`);
      try {
        return await fn();
      } finally {
        lines.push('[/]');
      }
    };
    const log = new OrderedLog((l) => lines.push(l), group);
    // Model 1 fits (in a group) while model 0 is still at work: its group is held.
    const held = log.inGroup(1, 'fit m1', async () => {
      log.log(1, 'm1 epoch 1');
      await sleep(5);
      log.log(1, 'm1 epoch 2');
      return 'm1 done';
    });
    await log.inGroup(0, 'fit m0', async () => {
      log.log(0, 'm0 epoch 1');
      await sleep(15);
    });
    log.log(0, 'm0 checked');
    expect(await held).toBe('m1 done');
    log.log(1, 'm1 checked');
    log.finish(1);
    expect(lines).toEqual(['[fit m0]', 'm0 epoch 1', '[/]', 'm0 checked']);
    log.finish(0);
    await log.drained();
    expect(lines).toEqual(['[fit m0]', 'm0 epoch 1', '[/]', 'm0 checked', '[fit m1]', 'm1 epoch 1', 'm1 epoch 2', '[/]', 'm1 checked']);
  });
});

describe('Gate', () => {
  it('grants in the order asked, and a request for the whole capacity runs alone', async () => {
    const gate = new Gate(4);
    const events: string[] = [];
    let running = 0;
    const job = (name: string, weight: number, ms: number) =>
      gate.run(weight, async () => {
        running += weight;
        events.push(`${name} in (${running})`);
        await sleep(ms);
        running -= weight;
      });
    await Promise.all([job('a', 1, 20), job('b', 1, 5), job('big', 4, 5), job('c', 1, 1), job('d', 1, 1)]);
    // big waits for a and b to leave, and c and d wait for big, though they would fit beside a.
    expect(events).toEqual(['a in (1)', 'b in (2)', 'big in (4)', 'c in (1)', 'd in (2)']);
  });
});
