/** A model entry's `fit:` block after defaults are applied. */
export interface FitConfig {
  /** `mnist` (embedded), `mnist-full`, `fashion-mnist`, or `idx` with `path`. */
  dataset: string;
  epochs: number;
  batch_size: number;
  train_samples: number;
  validation_samples: number;
  seed: number;
  optimizer: string;
  loss: string;
  learning_rate?: number;
  /** Seconds the whole fit may take; runFit's default is 600. */
  timeout?: number;
  /**
   * Threads for the WASM backend's data-parallel training (`auto`: one per core, up to 4).
   * A fit is reproducible for a given number of threads.
   */
  threads?: number | 'auto';
  /** `auto` (tfjs-node, else wasm, else cpu) or one of them by name. */
  backend: 'auto' | 'tensorflow' | 'wasm' | 'cpu';
  /** Directory holding IDX files, for the downloadable datasets. */
  path?: string;
  /** Base URL to download IDX files from when they are neither at `path` nor cached. */
  url?: string;
}

export type FitResult =
  | {
      status: 'ok';
      dataset: string;
      accuracy: number;
      loss: number;
      epochs: number;
      train_samples: number;
      validation_samples: number;
      seconds: number;
      samples_per_second: number;
      backend: string;
      /** Threads that trained (worker threads plus the main one); 1 off WASM. */
      threads: number;
      seed: number;
    }
  | { status: 'skipped'; reason: string };
