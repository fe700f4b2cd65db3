import type { LayerRule } from './layers/rule.js';
import * as core from './layers/core.js';

/** Cost and shape rule per Keras class name. Nested models are handled by the graph walker. */
export const RULES: Record<string, LayerRule> = {
  Dense: core.Dense,
  Flatten: core.Flatten,
  Activation: core.Activation,
  Dropout: core.identity,
};

export function ruleFor(className: string): LayerRule | undefined {
  return Object.prototype.hasOwnProperty.call(RULES, className) ? RULES[className] : undefined;
}
