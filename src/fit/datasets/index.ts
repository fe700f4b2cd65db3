import { FlopgateError } from '../../errors.js';
import type { FitConfig } from '../types.js';
import type { DatasetSplit } from './digits.js';
import { embeddedMnist } from './embedded.js';
import { idxDataset } from './idx-files.js';

export const DATASETS = ['mnist', 'mnist-full', 'fashion-mnist', 'idx'] as const;

/** The fit's training and validation samples, per the fit block. */
export async function loadDataset(cfg: FitConfig, cacheDir: string, log: (line: string) => void): Promise<DatasetSplit> {
  switch (cfg.dataset) {
    case 'mnist':
      return embeddedMnist(cfg.train_samples, cfg.validation_samples, cfg.seed);
    case 'mnist-full':
    case 'fashion-mnist':
    case 'idx':
      return idxDataset(cfg, cacheDir, log);
    default:
      throw new FlopgateError(`fit: unknown dataset "${cfg.dataset}" (expected ${DATASETS.join(', ')})`);
  }
}
