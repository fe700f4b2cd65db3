import { addOps, type Op, type OpCounts } from '../../costs/ops.js';
import { checkShape, fmt } from '../shapes.js';
import { val, type NodeCtx, type OpRule } from './types.js';

/** The activation functions ONNX recurrent ops accept, in the op vocabulary. */
const ACT: Record<string, Op> = {
  Relu: 'relu', LeakyRelu: 'relu', ThresholdedRelu: 'relu', Tanh: 'tanh', ScaledTanh: 'tanh',
  Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid', Affine: 'mul', Elu: 'exp', Softsign: 'exp', Softplus: 'exp',
};

interface Cell {
  gates: number;
  defaults: string[];
  /** Elements each activation is applied to per step, in units of H. */
  actWidth: number[];
  /** Element-wise gate arithmetic per step, in units of H. */
  extra: OpCounts;
}

const CELLS: Record<string, Cell> = {
  // i, o, f gates through f; cell candidate through g; cell state through h.
  // c = f*c + i*g, h = o*h(c).
  LSTM: { gates: 4, defaults: ['Sigmoid', 'Tanh', 'Tanh'], actWidth: [3, 1, 1], extra: { mul: 3, add: 1 } },
  // z, r through f; candidate through g; r*(...), h = (1-z)*h~ + z*h.
  GRU: { gates: 3, defaults: ['Sigmoid', 'Tanh'], actWidth: [2, 1], extra: { mul: 3, sub: 1, add: 1 } },
  RNN: { gates: 1, defaults: ['Tanh'], actWidth: [1], extra: {} },
};

/**
 * Per time step, per batch row and per direction every gate is a product of [x, h] (I + H)
 * with its weights: MACs = T x B x directions x gates x H x (I + H), the figure the papers and
 * the manifest use. ONNX keeps two bias vectors (input and recurrent), both added.
 */
function recurrent(cell: Cell): OpRule {
  return {
    infer(ctx: NodeCtx) {
      const x = ctx.in(0).shape;
      const w = ctx.in(1).shape;
      const layout = ctx.opset >= 14 ? ctx.int('layout', 0) : 0;
      if (x.length !== 3 || w.length !== 3) ctx.fail(`needs 3-D input and weights, got ${fmt(x)} and ${fmt(w)}`);
      const [t, b, i] = layout === 1 ? [x[1], x[0], x[2]] : x;
      const direction = ctx.str('direction', 'forward');
      const dirs = direction === 'bidirectional' ? 2 : 1;
      if (!['forward', 'reverse', 'bidirectional'].includes(direction)) ctx.fail(`unknown direction "${direction}"`);
      const h = ctx.int('hidden_size', w[1] / cell.gates);
      if (w[0] !== dirs || w[1] !== cell.gates * h || w[2] !== i) {
        ctx.fail(`weights ${fmt(w)} do not fit ${dirs} direction(s), ${cell.gates} gates of ${h} units and ${i} inputs`);
      }
      const steps = t * b * dirs;
      const ops: OpCounts = { mac: steps * cell.gates * h * (i + h) };
      if (ctx.has(3)) ops.bias = steps * 2 * cell.gates * h;
      const acts = ctx.strings('activations') ?? [];
      for (let d = 0; d < dirs; d++) {
        cell.actWidth.forEach((width, k) => {
          const name = acts[d * cell.actWidth.length + k] ?? cell.defaults[k];
          const op = ACT[name];
          if (!op) ctx.fail(`unknown activation "${name}"`);
          addOps(ops, { [op]: t * b * width * h });
        });
        addOps(ops, cell.extra, t * b * h);
        if (ctx.has(7)) addOps(ops, { mul: 3, add: 3 }, t * b * h);
      }
      const y = layout === 1 ? [b, t, dirs, h] : [t, dirs, b, h];
      const yh = layout === 1 ? [b, dirs, h] : [dirs, b, h];
      const dtype = ctx.in(0).dtype;
      const outputs = [val(checkShape(y, ctx.fail), dtype)];
      for (let k = 1; k < ctx.nOut; k++) outputs.push(val(yh, dtype));
      return { outputs, ops };
    },
  };
}

export const LSTM = recurrent(CELLS.LSTM);
export const GRU = recurrent(CELLS.GRU);
export const RNN = recurrent(CELLS.RNN);
