/** Recurrent cells, counted per time step and summed over every step of every sample. */
import { addCounts, big, scaleCounts, type Counts } from '../counts.js';
import { fault } from '../errors.js';
import { activationCounts } from './activation.js';

export type CellKind = 'simple' | 'gru' | 'lstm';

/** Gates per cell: the number of H x (I + H) products each step. */
export const GATES: Record<CellKind, number> = { simple: 1, gru: 3, lstm: 4 };
/** States a cell carries (and a layer returns with return_state). */
export const STATES: Record<CellKind, number> = { simple: 1, gru: 1, lstm: 2 };

export interface CellSpec {
  kind: CellKind;
  units: number;
  /** Features of the input at each step. */
  input: number;
  /** Bias vectors added per gate: 0, 1 (Keras), 2 (GRU reset_after, CuDNN layers, ONNX). */
  biasVectors: number;
  activation: string;
  recurrentActivation: string;
  /** LSTM peephole connections (ONNX P): three more products and sums per unit. */
  peepholes?: boolean;
}

/**
 * One time step of one sample (H units, I inputs), as Keras' cells compute it:
 *   simple  h = act(x W + h U + b)
 *   LSTM    z = x W + h U + b (4H);  i, f, o = ract(z_i, z_f, z_o);  g = act(z_g)
 *           c = f * c + i * g;  h = o * act(c)
 *   GRU     x W + b, h U (+ b_rec when reset_after);  z, r = ract(x_z + h_z, x_r + h_r)
 *           hh = act(x_h + r * (h U_h [+ b_rec_h]));  h = z * h + (1 - z) * hh
 * MACs = gates x H x (I + H) per step; `bias` counts every bias vector added.
 */
export function cellStep(c: CellSpec): Counts {
  const h = big(c.units);
  const gates = GATES[c.kind];
  const counts: Counts = { mac: big(gates, c.units, c.input + c.units) };
  if (c.biasVectors) counts.bias = big(c.biasVectors, gates, c.units);
  if (c.kind === 'simple') {
    addCounts(counts, { add: h });
    addCounts(counts, activationCounts(c.activation, h));
  } else if (c.kind === 'lstm') {
    addCounts(counts, { add: 5n * h, mul: 3n * h });
    addCounts(counts, activationCounts(c.recurrentActivation, 3n * h));
    addCounts(counts, activationCounts(c.activation, 2n * h));
    if (c.peepholes) addCounts(counts, { mul: 3n * h, add: 3n * h });
  } else {
    addCounts(counts, { add: 4n * h, mul: 3n * h, sub: h });
    addCounts(counts, activationCounts(c.recurrentActivation, 2n * h));
    addCounts(counts, activationCounts(c.activation, h));
  }
  return counts;
}

/** Weights of one cell: gates x H x (I + H) kernels, the bias vectors, the peepholes. */
export function cellParams(c: CellSpec): bigint {
  const gates = GATES[c.kind];
  return big(gates, c.units, c.input + c.units) + big(c.biasVectors, gates, c.units) + (c.peepholes ? big(3, c.units) : 0n);
}

/** A recurrent layer: `steps` = time steps x samples x directions, every one counted. */
export function recurrent(c: CellSpec, steps: bigint): { counts: Counts; params: bigint } {
  if (!Number.isSafeInteger(c.units) || c.units < 1) fault(`units must be a positive integer, got ${c.units}`);
  return { counts: scaleCounts(cellStep(c), steps), params: cellParams(c) };
}

/**
 * A convolutional LSTM step over `positions` = batch x output positions, F filters: the input
 * convolution and the recurrent one (stride 1, same padding, over the F-channel state) give
 *   MACs = positions x 4F x prod(kernel) x (Cin + F)
 * and the gate arithmetic is an LSTM's on positions x F units. Weights prod(kernel) x (Cin + F)
 * x 4F (+ 4F bias).
 */
export function convLstmStep(positions: number, filters: number, kernel: number, channels: number, bias: boolean, activation: string, recurrentActivation: string): { counts: Counts; params: bigint } {
  const cell: CellSpec = { kind: 'lstm', units: 1, input: 0, biasVectors: bias ? 1 : 0, activation, recurrentActivation };
  // The gate arithmetic of positions x F independent units, without the dense products.
  const units = big(positions, filters);
  const perUnit = cellStep(cell);
  const counts: Counts = {};
  for (const k in perUnit) {
    if (k !== 'mac') addCounts(counts, { [k]: perUnit[k as keyof Counts]! * units });
  }
  counts.mac = big(positions, 4 * filters, kernel, channels + filters);
  return { counts, params: big(kernel, channels + filters, 4 * filters) + (bias ? big(4 * filters) : 0n) };
}
