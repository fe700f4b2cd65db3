import { addCounts, big, scaleCounts, type Counts } from '../../core/counts.js';
import { windowed } from '../../core/ops/conv.js';
import { convLstmStep, recurrent, STATES, type CellKind, type CellSpec } from '../../core/ops/recurrent.js';
import { layoutOf } from '../../core/ops/conv.js';
import { activationName, canonicalActivation } from './activations.js';
import { bool, dataFormat, fail, int, lookup, ofRank, product, subLayer, tuple } from './config.js';
import { kernelSize, strides } from './conv.js';
import { useBias } from './core.js';
import type { LayerCall, LayerRule } from './rule.js';
import { padding } from './spatial.js';

interface RnnOptions {
  cell: CellKind;
  /** CuDNN* layers (Keras 2) always carry two bias vectors per gate. */
  cudnn?: boolean;
}

/**
 * The cell a recurrent layer's config describes: its activations, and its bias vectors (one
 * per gate; two for GRU with reset_after, the Keras 2.3+/3 default, which files without the
 * key predate, and for the CuDNN layers).
 */
function cellOf(call: LayerCall, kind: CellKind, input: number, cudnn = false): CellSpec {
  const bias = cudnn ? true : useBias(call);
  const resetAfter = cudnn ? true : bool(call, 'reset_after', false);
  return {
    kind,
    units: int(call, ['units', 'output_dim']),
    input,
    biasVectors: !bias ? 0 : cudnn || (kind === 'gru' && resetAfter) ? 2 : 1,
    activation: canonicalActivation(call, activationName(call, call.config.activation ?? 'tanh')),
    recurrentActivation: canonicalActivation(call, activationName(call, lookup(call, ['recurrent_activation', 'inner_activation'])?.[1] ?? 'sigmoid')),
  };
}

/**
 * SimpleRNN/GRU/LSTM (Keras 1 `output_dim`, `inner_activation`; Keras 2 CuDNNGRU/CuDNNLSTM)
 * over [batch, timesteps, features]: every step of every sample is counted. Outputs: the
 * sequence or the last step, then the states with return_state.
 */
export function rnn(o: RnnOptions): LayerRule {
  return (call) => {
    const [b, t, input] = ofRank(call, 3, 'batch, timesteps, features');
    const cell = cellOf(call, o.cell, input, o.cudnn);
    const r = recurrent(cell, big(b, t));
    const y = bool(call, 'return_sequences', false) ? [b, t, cell.units] : [b, cell.units];
    const states = bool(call, 'return_state', false) ? Array.from({ length: STATES[o.cell] }, () => [b, cell.units]) : [];
    return { outputs: [y, ...states], ops: r.counts, params: r.params };
  };
}

const CELLS: Record<string, CellKind> = { SimpleRNNCell: 'simple', GRUCell: 'gru', LSTMCell: 'lstm' };

/**
 * RNN(cell): the generic recurrent layer over a SimpleRNNCell, GRUCell or LSTMCell, or a
 * StackedRNNCells of them (each cell's input is the previous cell's units). Outputs are the
 * last cell's sequence or last step, then every cell's states (return_state).
 */
export const RNN: LayerRule = (call) => {
  const [b, t, input] = ofRank(call, 3, 'batch, timesteps, features');
  const top = subLayer(call, 'cell');
  const raw = top.className === 'StackedRNNCells' ? top.config.cells : [{ class_name: top.className, config: top.config }];
  if (!Array.isArray(raw) || raw.length === 0) fail(call, 'StackedRNNCells has no cells');
  const ops: Counts = {};
  let params = 0n;
  let features = input;
  const states: number[][] = [];
  (raw as unknown[]).forEach((c, i) => {
    const { className, config } = subLayer({ ...call, config: { cell: c } }, 'cell');
    const kind = Object.prototype.hasOwnProperty.call(CELLS, className) ? CELLS[className] : undefined;
    if (!kind) fail(call, `cell ${i} is of unknown type ${className}`);
    const sub: LayerCall = { ...call, name: `${call.name}/${typeof config.name === 'string' ? config.name : className}`, className, config };
    const r = recurrent(cellOf(sub, kind, features), big(b, t));
    addCounts(ops, r.counts);
    params += r.params;
    features = int(sub, 'units');
    for (let s = 0; s < STATES[kind]; s++) states.push([b, features]);
  });
  const y = bool(call, 'return_sequences', false) ? [b, t, features] : [b, features];
  return { outputs: [y, ...(bool(call, 'return_state', false) ? states : [])], ops, params };
};

/**
 * ConvLSTM1D/2D/3D over [batch, time, spatial..., channels] (or channels first): an LSTM whose
 * gate products are convolutions (the layer's window for the input, stride 1 same for the
 * state), every step counted.
 */
export function convLstm(rank: number): LayerRule {
  return (call) => {
    const x = ofRank(call, rank + 3, `batch, time, ${rank} spatial dimension${rank > 1 ? 's' : ''} and channels`);
    const [b, t] = x;
    const l = layoutOf([b, ...x.slice(2)], rank, dataFormat(call) === 'channels_last');
    const filters = int(call, 'filters');
    const k = kernelSize(call, rank);
    const spatial = windowed(l.spatial, { kernel: k, strides: strides(call, rank), dilations: tuple(call, 'dilation_rate', rank, 1), pads: padding(call) });
    const state = l.channelsLast ? [b, ...spatial, filters] : [b, filters, ...spatial];
    const act = canonicalActivation(call, activationName(call, call.config.activation ?? 'tanh'));
    const ract = canonicalActivation(call, activationName(call, call.config.recurrent_activation ?? 'sigmoid'));
    const step = convLstmStep(b * product(spatial), filters, product(k), l.channels, useBias(call), act, ract);
    const y = bool(call, 'return_sequences', false) ? [b, t, ...state.slice(1)] : state;
    const states = bool(call, 'return_state', false) ? [state, state] : [];
    return { outputs: [y, ...states], ops: scaleCounts(step.counts, big(t)), params: step.params };
  };
}
