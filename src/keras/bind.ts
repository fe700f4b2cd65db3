import { FlopgateError } from '../errors.js';
import { knob, type Knobs } from '../options.js';

const fmt = (s: readonly (number | null)[]) => `[${s.map((d) => (d === null ? 'None' : d)).join(', ')}]`;

/**
 * Concrete batch-first input shapes: the batch dimension becomes `batchSize`, open dimensions
 * come from the user's shapes, and a user shape that contradicts a fixed one is refused
 * rather than silently preferred.
 */
export function bindInputShapes(
  declared: (number | null)[][],
  given: number[][] | undefined,
  batchSize: number,
  label: string,
  knobs?: Knobs,
): number[][] {
  if (given && given.length !== declared.length) {
    throw new FlopgateError(`${label}: the model has ${declared.length} input(s) but ${given.length} input shape(s) were given`);
  }
  return declared.map((shape, i) => {
    const user = given?.[i];
    const rest = shape.slice(1);
    if (user && user.length !== rest.length) {
      throw new FlopgateError(`${label}: input ${i + 1} has shape ${fmt(shape)} (rank ${rest.length} without batch), but the given input shape ${fmt(user)} has rank ${user.length}`);
    }
    const bound = rest.map((d, axis) => {
      const u = user?.[axis];
      if (d === null || d === undefined || d < 0) {
        if (u === undefined) {
          throw new FlopgateError(`${label}: input ${i + 1} has an open dimension (None) at axis ${axis + 1} of ${fmt(shape)}; give it with ${knob({ knobs }, 'inputShape')}`);
        }
        return u;
      }
      if (u !== undefined && u !== d) {
        throw new FlopgateError(`${label}: input ${i + 1} is fixed at ${fmt(shape)} in the file, but the given input shape is ${fmt(user!)}`);
      }
      return d;
    });
    return [batchSize, ...bound];
  });
}
