/**
 * What a cost rule throws. Rules are pure functions that know nothing of files or node
 * names: the format adapter that called one catches these and says which layer or node of
 * which file is at fault.
 */

/** The op's inputs or attributes are inconsistent (a fault of the model file). */
export class OpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpError';
  }
}

/**
 * The op cannot be measured exactly (an output shape or a cost that depends on values only
 * known at run time): the caller treats it as an unsupported op, under the unknown policy,
 * with `why` in the message.
 */
export class Refusal extends Error {
  constructor(readonly why: string) {
    super(why);
    this.name = 'Refusal';
  }
}

export function fault(message: string): never {
  throw new OpError(message);
}

export function refuse(why: string): never {
  throw new Refusal(why);
}
