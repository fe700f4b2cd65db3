import { big } from '../../core/counts.js';
import { recurrent, type CellKind, type CellSpec } from '../../core/ops/recurrent.js';
import { addCounts, type Counts } from '../../core/counts.js';
import { fmt } from '../../core/tensor.js';
import { val, type NodeCtx, type OpRule } from './types.js';

/** The activation functions ONNX recurrent ops accept, as the core's activations. */
const ACT: Record<string, string> = {
  Relu: 'relu', LeakyRelu: 'leaky_relu', ThresholdedRelu: 'thresholded_relu', Tanh: 'tanh', ScaledTanh: 'scaled_tanh',
  Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid', Affine: 'affine', Elu: 'elu', Softsign: 'softsign', Softplus: 'softplus',
};

const CELLS: Record<string, { kind: CellKind; gates: number; defaults: string[] }> = {
  // f for the gates, g for the candidate (and h for the cell output of an LSTM).
  LSTM: { kind: 'lstm', gates: 4, defaults: ['Sigmoid', 'Tanh', 'Tanh'] },
  GRU: { kind: 'gru', gates: 3, defaults: ['Sigmoid', 'Tanh'] },
  RNN: { kind: 'simple', gates: 1, defaults: ['Tanh'] },
};

/**
 * LSTM / GRU / RNN over X [T, B, I] (layout 1: [B, T, I]), W [dirs, gates x H, I]: the core's
 * cell, every step of every sample and direction counted. ONNX keeps two bias vectors (input
 * and recurrent), both added when B is given; P (LSTM) adds peepholes. Each direction may name
 * its own activations.
 */
function recurrentRule(op: keyof typeof CELLS): OpRule {
  const cell = CELLS[op];
  return {
    infer(ctx: NodeCtx) {
      const x = ctx.in(0).shape;
      const w = ctx.in(1).shape;
      const layout = ctx.opset >= 14 ? ctx.int('layout', 0) : 0;
      if (x.length !== 3 || w.length !== 3) ctx.fail(`needs 3-D input and weights, got ${fmt(x)} and ${fmt(w)}`);
      const [t, b, i] = layout === 1 ? [x[1], x[0], x[2]] : x;
      const direction = ctx.str('direction', 'forward');
      if (!['forward', 'reverse', 'bidirectional'].includes(direction)) ctx.fail(`unknown direction "${direction}"`);
      const dirs = direction === 'bidirectional' ? 2 : 1;
      const h = ctx.int('hidden_size', w[1] / cell.gates);
      if (w[0] !== dirs || w[1] !== cell.gates * h || w[2] !== i) {
        ctx.fail(`weights ${fmt(w)} do not fit ${dirs} direction(s), ${cell.gates} gates of ${h} units and ${i} inputs`);
      }
      const acts = ctx.strings('activations') ?? [];
      const ops: Counts = {};
      for (let d = 0; d < dirs; d++) {
        const name = (k: number) => {
          const given = acts[d * cell.defaults.length + k] ?? cell.defaults[k];
          const a = Object.prototype.hasOwnProperty.call(ACT, given) ? ACT[given] : undefined;
          return a ?? ctx.fail(`unknown activation "${given}"`);
        };
        // The LSTM's cell output activation (h) is the candidate's (g) in the core's cell.
        const spec: CellSpec = { kind: cell.kind, units: h, input: i, biasVectors: ctx.has(3) ? 2 : 0, recurrentActivation: name(0), activation: name(cell.kind === 'simple' ? 0 : 1), peepholes: op === 'LSTM' && ctx.has(7) };
        addCounts(ops, recurrent(spec, big(t, b)).counts);
      }
      const y = layout === 1 ? [b, t, dirs, h] : [t, dirs, b, h];
      const yh = layout === 1 ? [b, dirs, h] : [dirs, b, h];
      const dtype = ctx.in(0).dtype;
      const outputs = [val(y, dtype)];
      for (let k = 1; k < ctx.nOut; k++) outputs.push(val(yh, dtype));
      return { outputs, ops };
    },
  };
}

export const LSTM = recurrentRule('LSTM');
export const GRU = recurrentRule('GRU');
export const RNN = recurrentRule('RNN');
