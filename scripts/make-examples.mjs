// Generates examples/: the seed notebook's two MLPs saved as TensorFlow.js layers models,
// with seeded initial weights so that running this again writes identical files.
import * as tf from '@tensorflow/tfjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function mlp(hidden, seed) {
  const init = (s) => tf.initializers.glorotUniform({ seed: s });
  return tf.sequential({
    name: `mlp_784_${hidden}_${hidden}_10`,
    layers: [
      tf.layers.flatten({ inputShape: [28, 28], name: 'flatten' }),
      tf.layers.dense({ units: hidden, activation: 'relu', kernelInitializer: init(seed), name: 'dense' }),
      tf.layers.dense({ units: hidden, activation: 'relu', kernelInitializer: init(seed + 1), name: 'dense_1' }),
      tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: init(seed + 2), name: 'dense_2' }),
    ],
  });
}

async function save(model, dir) {
  mkdirSync(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      const json = {
        format: 'layers-model',
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs} (scripts/make-examples.mjs)`,
        convertedBy: null,
        modelTopology: a.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }],
      };
      writeFileSync(join(dir, 'model.json'), JSON.stringify(json, null, 1) + '\n');
      writeFileSync(join(dir, 'weights.bin'), Buffer.from(a.weightData));
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
}

await tf.setBackend('cpu');
await save(mlp(100, 1), join(root, 'examples', 'mlp-784-100-100-10'));
await save(mlp(50, 11), join(root, 'examples', 'mlp-784-50-50-10'));
console.log('wrote examples/mlp-784-100-100-10 and examples/mlp-784-50-50-10');
