import { addOps } from '../../costs/ops.js';
import { activationName, activationOps } from './activations.js';
import { bool, fail, num, product } from './config.js';
import type { LayerCall, LayerResult, LayerRule } from './rule.js';

function one(call: LayerCall): number[] {
  if (call.inputs.length !== 1) fail(call, `expects one input, got ${call.inputs.length}`);
  return call.inputs[0];
}

/** Dense acts on the last axis: every leading position is one matrix-vector product. */
export const Dense: LayerRule = (call) => {
  const x = one(call);
  const units = num(call, 'units');
  const inDim = x[x.length - 1];
  const out = [...x.slice(0, -1), units];
  const rows = product(x.slice(0, -1));
  const useBias = bool(call, 'use_bias', true);
  const ops = { mac: rows * inDim * units, ...(useBias ? { bias: rows * units } : {}) };
  addOps(ops, activationOps(call, activationName(call, call.config.activation), product(out)));
  return { outputs: [out], ops, params: inDim * units + (useBias ? units : 0) };
};

export const Flatten: LayerRule = (call) => {
  const x = one(call);
  return { outputs: [[x[0], product(x.slice(1))]], ops: {}, params: 0 };
};

export const Activation: LayerRule = (call) => {
  const x = one(call);
  return { outputs: [x], ops: activationOps(call, activationName(call, call.config.activation), product(x)), params: 0 };
};

/** Layers that only matter in training or only pass values through: identity at inference. */
export const identity: LayerRule = (call): LayerResult => ({ outputs: [one(call)], ops: {}, params: 0 });
