import type { FitResult } from '../../src/fit/types.js';

/** The seed notebook's MLP, 784-h-h-10 with relu, relu, softmax, as an inline `layers:` list. */
export function notebookLayers(hidden: number): object[] {
  return [
    { flatten: { input_shape: [28, 28] } },
    { dense: { units: hidden, activation: 'relu' } },
    { dense: { units: hidden, activation: 'relu' } },
    { dense: { units: 10, activation: 'softmax' } },
  ];
}

/** The same MLP as a model file: a JSON document holding the `layers:` list. */
export const notebookModelJson = (hidden: number): string => JSON.stringify({ layers: notebookLayers(hidden) });

/** A successful fit result; tests override what they look at. */
export function fitOk(accuracy: number, more: Partial<Extract<FitResult, { status: 'ok' }>> = {}): FitResult {
  return {
    status: 'ok',
    dataset: 'mnist',
    accuracy,
    loss: 0.3,
    epochs: 1,
    train_samples: 8000,
    validation_samples: 2000,
    seconds: 3,
    samples_per_second: 2666,
    backend: 'cpu',
    threads: 1,
    seed: 1,
    ...more,
  };
}
