import { describe, expect, it } from 'vitest';
import { inlineSpec } from '../src/keras/inline.js';
import type { ModelSpec } from '../src/keras/model.js';
import { runFit } from '../src/fit/run.js';
import { notebookLayers } from './helpers/notebook.js';
import type { FitConfig, FitResult } from '../src/fit/types.js';

/** The notebook's MLPs as the budget file writes them inline. */
function mlp(hidden: number): ModelSpec {
  return inlineSpec(notebookLayers(hidden), 'budget.yml: models[0]');
}

const base: FitConfig = {
  dataset: 'mnist',
  epochs: 1,
  batch_size: 32,
  train_samples: 8000,
  validation_samples: 2000,
  seed: 1,
  optimizer: 'adam',
  loss: 'categorical_crossentropy',
  backend: 'auto',
};

function ok(r: FitResult): Extract<FitResult, { status: 'ok' }> {
  if (r.status !== 'ok') throw new Error(`fit skipped: ${r.reason}`);
  return r;
}

/**
 * One epoch of 8,000 digits at the notebook's settings leaves both MLPs close to 0.90. Over
 * seeds 1-8, Keras 3.15 with TensorFlow on the same digits and split sizes averages 0.908
 * (100 units) and 0.901 (50 units); flopgate 0.911 and 0.904, on WASM and cpu alike. Seeds 3
 * and 5 leave them just under 0.90 (as three of Keras's eight do for the 50-unit model).
 * The default seed, 1, which the example budget uses, clears it with both: 0.910 and 0.902.
 * A fixed seed on one backend gives the same figure on every run.
 */
const NOTEBOOK_SEED = 1;

describe('fit: the notebook MLPs on the embedded digits', () => {
  for (const hidden of [100, 50]) {
    it(`784-${hidden}-${hidden}-10 reaches 0.90 validation accuracy in one epoch of 8,000 samples`, async () => {
      const lines: string[] = [];
      const r = ok(await runFit(mlp(hidden), [[28, 28]], { ...base, seed: NOTEBOOK_SEED }, (l) => lines.push(l)));
      expect(r.accuracy).toBeGreaterThanOrEqual(0.9);
      expect(r.accuracy).toBeLessThanOrEqual(1);
      expect(r.train_samples).toBe(8000);
      expect(r.validation_samples).toBe(2000);
      expect(r.epochs).toBe(1);
      expect(r.dataset).toBe('mnist');
      // No tfjs-node here: auto must land on WASM, and say so (SIMD or not).
      expect(r.backend).toMatch(/^(wasm \((no )?simd\)|tensorflow)$/);
      expect(r.samples_per_second).toBeGreaterThan(0);
      expect(r.seconds).toBeGreaterThan(0);
      expect(Number.isFinite(r.loss) && r.loss > 0).toBe(true);
      const epochLines = lines.filter((l) => l.startsWith('epoch '));
      expect(epochLines).toHaveLength(1);
      expect(epochLines[0]).toMatch(/^epoch 1\/1: loss \d\.\d{4}, accuracy \d\.\d{4}, val loss \d\.\d{4}, val accuracy \d\.\d{4}, \d+\.\d s \(training \d+\.\d s, [\d,]+ samples\/s\)$/);
      expect(lines.some((l) => l.includes(`backend ${r.backend}`))).toBe(true);
      console.log(`784-${hidden}-${hidden}-10: ${r.accuracy} on ${r.backend}, ${r.seconds} s, ${r.samples_per_second} samples/s`);
    });
  }
});

describe('fit: seeded and repeatable', () => {
  it('the same seed on the same backend gives the same accuracy and loss twice; another seed does not', async () => {
    const cfg: FitConfig = { ...base, train_samples: 3000, validation_samples: 1000, seed: 7 };
    const a = ok(await runFit(mlp(50), [[28, 28]], cfg, () => {}));
    const b = ok(await runFit(mlp(50), [[28, 28]], cfg, () => {}));
    expect(b.backend).toBe(a.backend);
    expect(b.accuracy).toBe(a.accuracy);
    expect(b.loss).toBe(a.loss);
    const c = ok(await runFit(mlp(50), [[28, 28]], { ...cfg, seed: 8 }, () => {}));
    expect(c.loss).not.toBe(a.loss);
  });

  it('is repeatable on the pure-JS cpu backend too, with a Dropout layer drawing masks', async () => {
    const spec = inlineSpec(
      [
        { flatten: { input_shape: [28, 28] } },
        { dense: { units: 32, activation: 'relu' } },
        { dropout: { rate: 0.3 } },
        { dense: { units: 10, activation: 'softmax' } },
      ],
      'inline',
    );
    const cfg: FitConfig = { ...base, backend: 'cpu', train_samples: 1500, validation_samples: 500, seed: 3, epochs: 2 };
    const lines: string[] = [];
    const random = Math.random;
    const a = ok(await runFit(spec, [[28, 28]], cfg, (l) => lines.push(l)));
    const b = ok(await runFit(spec, [[28, 28]], cfg, () => {}));
    expect(a.backend).toBe('cpu');
    expect(a.epochs).toBe(2);
    expect(lines.filter((l) => /^epoch \d\/2: /.test(l))).toHaveLength(2);
    expect(b.accuracy).toBe(a.accuracy);
    expect(b.loss).toBe(a.loss);
    // Math.random is handed back: the seeded stream does not leak out of the fit.
    expect(Math.random).toBe(random);
  });
});
