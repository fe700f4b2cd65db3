import { addOps, scaleOps, type OpCounts } from '../../costs/ops.js';
import { activationName, activationOps } from './activations.js';
import { bool, fail, int, lookup, ofRank, product, subLayer, tuple } from './config.js';
import { kernelSize, strides } from './conv.js';
import { useBias } from './core.js';
import type { LayerCall, LayerRule } from './rule.js';
import { assemble, layout, padding, windowLength } from './spatial.js';

type Cell = 'SimpleRNN' | 'GRU' | 'LSTM';

/** Gates per cell: the number of H x (I + H) products each step. */
const GATES: Record<Cell, number> = { SimpleRNN: 1, GRU: 3, LSTM: 4 };
const STATES: Record<Cell, number> = { SimpleRNN: 1, GRU: 1, LSTM: 2 };

interface RnnOptions {
  cell: Cell;
  /** CuDNN* layers (Keras 2) always carry two bias vectors per gate. */
  cudnn?: boolean;
}

/**
 * Ops of one time step of one sample (H units, I inputs), as the Keras cells compute them:
 *   SimpleRNN  h = act(x W + h U + b)
 *   LSTM       z = x W + h U + b (4H);  i, f, o = ract(z_i, z_f, z_o);  g = act(z_g)
 *              c = f * c + i * g;  h = o * act(c)
 *   GRU        x W + b_in, h U (+ b_rec when reset_after);  z, r = ract(x_z + h_z, x_r + h_r)
 *              reset_after: hh = act(x_h + r * (h U_h + b_rec_h));  else hh = act(x_h + (r * h) U_h)
 *              h = z * h + (1 - z) * hh
 * MACs = gates x H x (I + H) per step; `bias` counts every bias vector added.
 */
function stepOps(call: LayerCall, o: RnnOptions, units: number, input: number, bias: boolean, resetAfter: boolean): OpCounts {
  const h = units;
  const act = activationName(call, call.config.activation ?? 'tanh');
  const ract = activationName(call, lookup(call, ['recurrent_activation', 'inner_activation'])?.[1] ?? 'sigmoid');
  const gates = GATES[o.cell];
  const ops: OpCounts = { mac: gates * h * (input + h) };
  const biasVectors = !bias ? 0 : o.cudnn || (o.cell === 'GRU' && resetAfter) ? 2 : 1;
  if (biasVectors) ops.bias = biasVectors * gates * h;
  if (o.cell === 'SimpleRNN') {
    addOps(ops, { add: h });
    addOps(ops, activationOps(call, act, h));
  } else if (o.cell === 'LSTM') {
    addOps(ops, { add: 4 * h + h, mul: 3 * h });
    addOps(ops, activationOps(call, ract, 3 * h));
    addOps(ops, activationOps(call, act, 2 * h));
  } else {
    addOps(ops, { add: 4 * h, mul: 3 * h, sub: h });
    addOps(ops, activationOps(call, ract, 2 * h));
    addOps(ops, activationOps(call, act, h));
  }
  return ops;
}

/**
 * SimpleRNN/GRU/LSTM (and Keras 1's `output_dim`, `inner_activation`; Keras 2's CuDNNGRU and
 * CuDNNLSTM) over an input [batch, timesteps, features]: every step of every sample is
 * counted. Weights: gates x H x (I + H) kernels plus the bias vectors: one per gate, two for
 * GRU with reset_after (the Keras 2.3+/3 default; files without the key predate it) and for
 * the CuDNN layers. Outputs: the sequence or the last step, then the states if return_state.
 */
export function rnn(o: RnnOptions): LayerRule {
  return (call) => {
    const x = ofRank(call, 3, 'batch, timesteps, features');
    const [b, t, input] = x;
    const units = int(call, ['units', 'output_dim']);
    const bias = o.cudnn ? true : useBias(call);
    const resetAfter = o.cudnn ? true : bool(call, 'reset_after', false);
    const gates = GATES[o.cell];
    const biasVectors = !bias ? 0 : o.cudnn || (o.cell === 'GRU' && resetAfter) ? 2 : 1;
    const params = gates * units * (input + units) + biasVectors * gates * units;
    const ops = scaleOps(stepOps(call, o, units, input, bias, resetAfter), b * t);
    const y = bool(call, 'return_sequences', false) ? [b, t, units] : [b, units];
    const states = bool(call, 'return_state', false) ? Array.from({ length: STATES[o.cell] }, () => [b, units]) : [];
    return { outputs: [y, ...states], ops, params };
  };
}

const CELLS: Record<string, Cell> = { SimpleRNNCell: 'SimpleRNN', GRUCell: 'GRU', LSTMCell: 'LSTM' };

/**
 * RNN(cell): the generic recurrent layer over a SimpleRNNCell, GRUCell or LSTMCell, or a
 * StackedRNNCells of them (each cell's input is the previous cell's units). Every cell costs
 * what the layer of the same kind costs per step; outputs are the last cell's sequence or last
 * step, then every cell's states (return_state).
 */
export const RNN: LayerRule = (call) => {
  const x = ofRank(call, 3, 'batch, timesteps, features');
  const [b, t, input] = x;
  const top = subLayer(call, 'cell');
  const raw = top.className === 'StackedRNNCells' ? top.config.cells : [{ class_name: top.className, config: top.config }];
  if (!Array.isArray(raw) || raw.length === 0) fail(call, 'StackedRNNCells has no cells');
  const ops: OpCounts = {};
  let params = 0;
  let features = input;
  const states: number[][] = [];
  (raw as unknown[]).forEach((c, i) => {
    const cellCall = { ...call, config: { cell: c } };
    const { className, config } = subLayer(cellCall, 'cell');
    const cell = CELLS[className];
    if (!cell) fail(call, `cell ${i} is of unknown type ${className}`);
    const sub: LayerCall = { ...call, name: `${call.name}/${typeof config.name === 'string' ? config.name : className}`, className, config };
    const units = int(sub, 'units');
    const bias = useBias(sub);
    const resetAfter = bool(sub, 'reset_after', false);
    const biasVectors = !bias ? 0 : cell === 'GRU' && resetAfter ? 2 : 1;
    params += GATES[cell] * units * (features + units) + biasVectors * GATES[cell] * units;
    addOps(ops, stepOps(sub, { cell }, units, features, bias, resetAfter), b * t);
    for (let s = 0; s < STATES[cell]; s++) states.push([b, units]);
    features = units;
  });
  const y = bool(call, 'return_sequences', false) ? [b, t, features] : [b, features];
  return { outputs: [y, ...(bool(call, 'return_state', false) ? states : [])], ops, params };
};

/**
 * ConvLSTM1D/2D/3D over [batch, time, spatial..., channels] (or channels first): an LSTM whose
 * four gate products are convolutions. Per step, the input convolution (the layer's strides,
 * padding, dilation) and the recurrent one (stride 1, `same`, over the F-channel state) give
 *   MACs = positions x 4F x prod(kernel) x (Cin + F)     positions = B x output spatial
 * and the gate arithmetic is an LSTM's on positions x F units. Weights prod(kernel) x (Cin + F)
 * x 4F (+ 4F bias).
 */
export function convLstm(rank: number): LayerRule {
  return (call) => {
    const x = ofRank(call, rank + 3, `batch, time, ${rank} spatial dimension${rank > 1 ? 's' : ''} and channels`);
    const [b, t] = x;
    const frame = { ...call, inputs: [[b, ...x.slice(2)]] };
    const l = layout(frame, rank);
    const filters = int(call, 'filters');
    const k = kernelSize(call, rank);
    const s = strides(call, rank);
    const d = tuple(call, 'dilation_rate', rank, 1);
    const pad = padding(call);
    const spatial = l.spatial.map((n, i) => windowLength(call, n, k[i], s[i], pad, d[i]));
    const state = assemble(l, spatial, filters);
    const positions = b * product(spatial);
    const bias = useBias(call);
    const ops = scaleOps(stepOps(call, { cell: 'LSTM' }, positions * filters, 0, bias, false), t);
    ops.mac = t * positions * 4 * filters * product(k) * (l.channels + filters);
    const params = product(k) * (l.channels + filters) * 4 * filters + (bias ? 4 * filters : 0);
    const y = bool(call, 'return_sequences', false) ? [b, t, ...state.slice(1)] : state;
    const states = bool(call, 'return_state', false) ? [state, state] : [];
    return { outputs: [y, ...states], ops, params };
  };
}
