import { addCounts, type Counts } from '../../core/counts.js';
import { variadic } from '../../core/ops/elementwise.js';
import { shaped } from '../../core/tensor.js';
import type { Config } from '../model.js';
import { choice, fail, lookup, one, subLayer } from './config.js';
import type { LayerCall, LayerResult, LayerRule } from './rule.js';

/**
 * Wrappers call the rule of the layer they wrap. They get the rule lookup as a parameter
 * (the registry passes its own `ruleFor`) so that this module does not import the registry,
 * which imports it.
 */
export type RuleLookup = (className: string) => LayerRule | undefined;

function inner(call: LayerCall, lookupRule: RuleLookup, key: string, inputs: number[][], patch?: Config): LayerResult {
  const { className, config } = subLayer(call, key);
  const rule = lookupRule(className);
  if (!rule) fail(call, `wraps a layer of unknown type ${className}`);
  const name = typeof config.name === 'string' ? `${call.name}/${config.name}` : `${call.name}/${className}`;
  return rule({ name, className, config: patch ? { ...config, ...patch } : config, inputs, kwargs: call.kwargs });
}

/**
 * TimeDistributed applies the wrapped layer to every step of axis 1: the inner layer sees a
 * batch of batch x timesteps samples, so its ops scale with both, and its weights are shared
 * across steps (counted once).
 */
export function makeTimeDistributed(lookupRule: RuleLookup): LayerRule {
  return (call) => {
    const x = one(call);
    if (x.length < 3) fail(call, `expects an input of rank 3 or more [batch, timesteps, ...], got [${x.join(', ')}]`);
    const [b, t] = x;
    const r = inner(call, lookupRule, 'layer', [[b * t, ...x.slice(2)]]);
    const outputs = r.outputs.map((s) => [b, t, ...s.slice(1)]);
    return { ...r, outputs };
  };
}

/**
 * Bidirectional runs the wrapped recurrent layer forwards and backwards (the backward one
 * from `backward_layer` when the file gives it, else a copy with go_backwards flipped) and
 * merges the two outputs: concat (the default) on the last axis, sum/mul/ave element-wise
 * (ave: an add and a divide per element), none = both outputs. States of both follow.
 */
export function makeBidirectional(lookupRule: RuleLookup): LayerRule {
  return (call) => {
    const x = one(call);
    const fw = inner(call, lookupRule, 'layer', [x]);
    const fwdCfg = subLayer(call, 'layer').config;
    const bw = lookup(call, 'backward_layer')
      ? inner(call, lookupRule, 'backward_layer', [x])
      : inner(call, lookupRule, 'layer', [x], { go_backwards: !(fwdCfg.go_backwards === true) });
    const [yf, ...sf] = fw.outputs;
    const [yb, ...sb] = bw.outputs;
    if (yf.length !== yb.length || yf.slice(0, -1).some((d, i) => d !== yb[i])) {
      fail(call, `forward and backward outputs [${yf.join(', ')}] and [${yb.join(', ')}] do not match`);
    }
    const mode = call.config.merge_mode === null ? 'none' : choice(call, 'merge_mode', ['concat', 'sum', 'mul', 'ave', 'none'], 'concat');
    const ops: Counts = addCounts(addCounts({}, fw.ops), bw.ops);
    let merged: number[][];
    if (mode === 'none') merged = [yf, yb];
    else if (mode === 'concat') merged = [[...yf.slice(0, -1), yf[yf.length - 1] + yb[yb.length - 1]]];
    else {
      if (yf[yf.length - 1] !== yb[yb.length - 1]) fail(call, `merge_mode ${mode} needs equal forward and backward sizes`);
      addCounts(ops, variadic(mode === 'sum' ? 'add' : mode === 'mul' ? 'mul' : 'mean', [shaped(yf), shaped(yb)]).counts);
      merged = [yf];
    }
    const params = fw.params + bw.params;
    const trainable = (fw.trainableParams ?? fw.params) + (bw.trainableParams ?? bw.params);
    return { outputs: [...merged, ...sf, ...sb], ops, params, trainableParams: trainable };
  };
}
