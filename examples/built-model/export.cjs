// Writes model/model.json and model/weights.bin: the model of this repository, built by code
// as most ML repositories do (`python export.py`), here with TensorFlow.js in Node so the
// example needs no Python. flopgate runs it at the head and, in a worktree, at the base.
// CommonJS on purpose: require() honours NODE_PATH, so the base's worktree (which has no
// node_modules of its own) can use the head's: NODE_PATH=$PWD/node_modules.
const fs = require('node:fs');
const path = require('node:path');
const tf = require('@tensorflow/tfjs');

// The architecture a pull request changes.
const HIDDEN = [64, 32];

async function main() {
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [28, 28] }));
  for (const units of HIDDEN) model.add(tf.layers.dense({ units, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  const out = path.join(__dirname, 'model');
  fs.mkdirSync(out, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const manifest = {
        format: 'layers-model',
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      };
      fs.writeFileSync(path.join(out, 'model.json'), JSON.stringify(manifest));
      fs.writeFileSync(path.join(out, 'weights.bin'), Buffer.from(artifacts.weightData));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  console.log(`wrote ${path.relative(process.cwd(), out)}/model.json: dense ${[...HIDDEN, 10].join('-')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
