/** Check results made by hand, for the renderers' tests: the seed notebook's MLP unless told otherwise. */
import type { CheckReport, ModelCheckResult } from '../../src/check/types.js';
import type { LayerReport } from '../../src/report/types.js';

export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);

export function layer(index: number, name: string, flops: number, params: number, type = 'Dense'): LayerReport {
  const f = BigInt(flops);
  return { index, name, type, input_shape: [1, 784], output_shape: [1, 100], macs: f / 2n, flops: f, params: BigInt(params), trainable_params: BigInt(params), weights_bytes: 4n * BigInt(params), activation_bytes: 0n, ops: { mac: f / 2n } };
}

export function model(name: string, over: Partial<ModelCheckResult> = {}): ModelCheckResult {
  const layers = over.layers ?? [layer(0, 'flatten', 0, 0, 'Flatten'), layer(1, 'dense', 157_000, 78_500), layer(2, 'dense_1', 20_100, 10_100), layer(3, 'dense_2', 1_950, 1_010)];
  const flops = over.flops ?? layers.reduce((a, l) => a + l.flops, 0n);
  return {
    name,
    path: `models/${name}.keras`,
    format: 'keras',
    convention: 'notebook',
    flops,
    lower_bound: false,
    macs: flops / 2n,
    params: 89_610n,
    trainable_params: 89_610n,
    non_trainable_params: 0n,
    weights_bytes: 0n,
    weights_by_dtype: {},
    activation_bytes: 0n,
    batch_size: 1,
    input_shapes: [[28, 28]],
    training_flops_estimate: 3n * flops,
    unknown: [],
    layers,
    source: { file: '.github/flopgate.yml', line: 4, column: 5 },
    checks: [{ budget: 'flops', limit: 200_000n, actual: flops, status: flops > 200_000n ? 'fail' : 'pass' }],
    status: flops > 200_000n ? 'fail' : 'pass',
    ...over,
  };
}

export function report(models: ModelCheckResult[], over: Partial<CheckReport> = {}): CheckReport {
  const status = models.some((m) => m.status === 'fail') ? 'fail' : models.some((m) => m.status === 'warn') ? 'warn' : 'pass';
  return { version: 1, convention: 'notebook', passed: status !== 'fail', status, budget_file: '.github/flopgate.yml', head: HEAD, base: BASE, models, ...over };
}
