/**
 * Standard ops flopgate refuses on purpose, with the reason its "unsupported op" message gives:
 * what they compute is not a forward pass over tensors of known shape, so there is no exact
 * count to give. They stay under the unknown policy like any op without a rule.
 */
const TRAINING = 'a training op (an optimizer step or a gradient), not part of a forward pass';
const LOSS = 'a training loss: it compares predictions with labels, which inference does not have';
const SEQUENCE = 'a sequence op: a sequence has no static shape to measure';
const OPTIONAL = 'an optional op: an optional value has no static shape to measure';
const TEXT = 'a text op: string processing, not tensor arithmetic';

const DEFAULT: Record<string, string> = {
  If: 'control flow: its then_branch and else_branch subgraphs are not measured',
  Loop: 'control flow: its body subgraph is not measured (nor how many times it runs)',
  Scan: 'control flow: its body subgraph is not measured',
  SequenceAt: SEQUENCE, SequenceConstruct: SEQUENCE, SequenceEmpty: SEQUENCE, SequenceErase: SEQUENCE,
  SequenceInsert: SEQUENCE, SequenceLength: SEQUENCE, SequenceMap: SEQUENCE, SplitToSequence: SEQUENCE,
  ConcatFromSequence: SEQUENCE,
  Optional: OPTIONAL, OptionalGetElement: OPTIONAL, OptionalHasElement: OPTIONAL,
  StringNormalizer: TEXT, StringConcat: TEXT, StringSplit: TEXT, RegexFullMatch: TEXT,
  TfIdfVectorizer: 'a text op: n-gram counting over token ids or strings, not tensor arithmetic',
  NegativeLogLikelihoodLoss: LOSS, SoftmaxCrossEntropyLoss: LOSS,
  NonMaxSuppression: 'its output shape depends on the data (how many boxes are kept)',
};

const TRAINING_OPS = new Set(['Adagrad', 'Adam', 'Momentum', 'Gradient']);

/** Why flopgate does not measure `opType` of `domain`, when it is one of the ops refused on purpose. */
export function refusedReason(domain: string, opType: string): string | undefined {
  const std = domain === '' || domain === 'ai.onnx';
  if (TRAINING_OPS.has(opType) && (std || domain === 'ai.onnx.preview.training')) return TRAINING;
  if (!std || !Object.prototype.hasOwnProperty.call(DEFAULT, opType)) return undefined;
  return DEFAULT[opType];
}
