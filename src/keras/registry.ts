import * as act from './layers/activation-layers.js';
import * as apps from './layers/applications.js';
import * as att from './layers/attention.js';
import * as conv from './layers/conv.js';
import * as core from './layers/core.js';
import * as merge from './layers/merge.js';
import * as norm from './layers/normalization.js';
import { OP_RULES } from './layers/ops.js';
import * as pool from './layers/pooling.js';
import * as pre from './layers/preprocessing.js';
import * as rec from './layers/recurrent.js';
import * as resh from './layers/reshaping.js';
import type { LayerRule } from './layers/rule.js';
import { makeBidirectional, makeTimeDistributed } from './layers/wrappers.js';

/**
 * Cost and shape rule per Keras class name (Keras 1, 2 and 3; tfjs uses Keras 2's names).
 * Aliases are the other names the same layer was serialised under: Keras 1 `Convolution2D`,
 * the `MaxPool2D`/`AvgPool2D` shorthands, CuDNN recurrent layers. Nested models are handled
 * by the graph walker, not here.
 */
export const RULES: Record<string, LayerRule> = {
  // Core
  InputLayer: core.identity,
  Dense: core.Dense,
  EinsumDense: core.EinsumDense,
  Embedding: core.Embedding,
  Masking: core.Masking,
  Identity: core.identity,
  Activation: core.Activation,

  // Convolutions (Keras 1 names: Convolution*, AtrousConvolution*, Deconvolution*)
  Conv1D: conv.conv(1),
  Conv2D: conv.conv(2),
  Conv3D: conv.conv(3),
  Convolution1D: conv.conv(1),
  Convolution2D: conv.conv(2),
  Convolution3D: conv.conv(3),
  AtrousConvolution1D: conv.conv(1),
  AtrousConvolution2D: conv.conv(2),
  Conv1DTranspose: conv.convTranspose(1),
  Conv2DTranspose: conv.convTranspose(2),
  Conv3DTranspose: conv.convTranspose(3),
  Convolution1DTranspose: conv.convTranspose(1),
  Convolution2DTranspose: conv.convTranspose(2),
  Convolution3DTranspose: conv.convTranspose(3),
  Deconvolution2D: conv.convTranspose(2),
  Deconvolution3D: conv.convTranspose(3),
  DepthwiseConv1D: conv.depthwise(1),
  DepthwiseConv2D: conv.depthwise(2),
  SeparableConv1D: conv.separable(1),
  SeparableConv2D: conv.separable(2),
  SeparableConvolution1D: conv.separable(1),
  SeparableConvolution2D: conv.separable(2),

  // Pooling
  MaxPooling1D: pool.pool(1, 'max'),
  MaxPooling2D: pool.pool(2, 'max'),
  MaxPooling3D: pool.pool(3, 'max'),
  MaxPool1D: pool.pool(1, 'max'),
  MaxPool2D: pool.pool(2, 'max'),
  MaxPool3D: pool.pool(3, 'max'),
  AveragePooling1D: pool.pool(1, 'avg'),
  AveragePooling2D: pool.pool(2, 'avg'),
  AveragePooling3D: pool.pool(3, 'avg'),
  AvgPool1D: pool.pool(1, 'avg'),
  AvgPool2D: pool.pool(2, 'avg'),
  AvgPool3D: pool.pool(3, 'avg'),
  GlobalAveragePooling1D: pool.globalPool(1, 'avg'),
  GlobalAveragePooling2D: pool.globalPool(2, 'avg'),
  GlobalAveragePooling3D: pool.globalPool(3, 'avg'),
  GlobalAvgPool1D: pool.globalPool(1, 'avg'),
  GlobalAvgPool2D: pool.globalPool(2, 'avg'),
  GlobalAvgPool3D: pool.globalPool(3, 'avg'),
  GlobalMaxPooling1D: pool.globalPool(1, 'max'),
  GlobalMaxPooling2D: pool.globalPool(2, 'max'),
  GlobalMaxPooling3D: pool.globalPool(3, 'max'),
  GlobalMaxPool1D: pool.globalPool(1, 'max'),
  GlobalMaxPool2D: pool.globalPool(2, 'max'),
  GlobalMaxPool3D: pool.globalPool(3, 'max'),
  AdaptiveAveragePooling1D: pool.adaptivePool(1, 'avg'),
  AdaptiveAveragePooling2D: pool.adaptivePool(2, 'avg'),
  AdaptiveAveragePooling3D: pool.adaptivePool(3, 'avg'),
  AdaptiveMaxPooling1D: pool.adaptivePool(1, 'max'),
  AdaptiveMaxPooling2D: pool.adaptivePool(2, 'max'),
  AdaptiveMaxPooling3D: pool.adaptivePool(3, 'max'),

  // Normalisation
  BatchNormalization: norm.BatchNormalization,
  LayerNormalization: norm.LayerNormalization,
  GroupNormalization: norm.GroupNormalization,
  UnitNormalization: norm.UnitNormalization,
  Normalization: norm.Normalization,
  RMSNormalization: norm.RMSNormalization,

  // Regularisation: identity at inference
  Dropout: core.identity,
  SpatialDropout1D: core.identity,
  SpatialDropout2D: core.identity,
  SpatialDropout3D: core.identity,
  GaussianDropout: core.identity,
  AlphaDropout: core.identity,
  GaussianNoise: core.identity,
  ActivityRegularization: core.identity,

  // Activation layers
  ReLU: act.ReLU,
  LeakyReLU: act.LeakyReLU,
  ThresholdedReLU: act.ThresholdedReLU,
  PReLU: act.PReLU,
  ELU: act.ELU,
  Softmax: act.Softmax,

  // Reshaping
  Flatten: core.Flatten,
  Reshape: resh.Reshape,
  Permute: resh.Permute,
  RepeatVector: resh.RepeatVector,
  Cropping1D: resh.cropping(1),
  Cropping2D: resh.cropping(2),
  Cropping3D: resh.cropping(3),
  ZeroPadding1D: resh.zeroPadding(1),
  ZeroPadding2D: resh.zeroPadding(2),
  ZeroPadding3D: resh.zeroPadding(3),
  UpSampling1D: resh.upSampling(1),
  UpSampling2D: resh.upSampling(2),
  UpSampling3D: resh.upSampling(3),

  // Merging
  Add: merge.Add,
  Subtract: merge.Subtract,
  Multiply: merge.Multiply,
  Average: merge.Average,
  Maximum: merge.Maximum,
  Minimum: merge.Minimum,
  Concatenate: merge.Concatenate,
  Dot: merge.Dot,
  Merge: merge.Merge,

  // Recurrent
  SimpleRNN: rec.rnn({ cell: 'simple' }),
  GRU: rec.rnn({ cell: 'gru' }),
  LSTM: rec.rnn({ cell: 'lstm' }),
  CuDNNGRU: rec.rnn({ cell: 'gru', cudnn: true }),
  CuDNNLSTM: rec.rnn({ cell: 'lstm', cudnn: true }),
  RNN: rec.RNN,
  ConvLSTM1D: rec.convLstm(1),
  ConvLSTM2D: rec.convLstm(2),
  ConvLSTM3D: rec.convLstm(3),

  // Attention
  MultiHeadAttention: att.MultiHeadAttention,
  Attention: att.Attention,
  AdditiveAttention: att.AdditiveAttention,
  GroupedQueryAttention: att.GroupedQueryAttention,
  GroupQueryAttention: att.GroupedQueryAttention,

  // Preprocessing (random augmentations are identity at inference, RandomCrop too since Keras 3.8)
  RandomFlip: core.identity,
  RandomRotation: core.identity,
  RandomZoom: core.identity,
  RandomTranslation: core.identity,
  RandomContrast: core.identity,
  RandomBrightness: core.identity,
  // Keras 3.6+ augmentations: each transforms only when training.
  RandomGrayscale: core.identity,
  RandomHue: core.identity,
  RandomSaturation: core.identity,
  RandomSharpness: core.identity,
  RandomShear: core.identity,
  RandomColorDegeneration: core.identity,
  RandomColorJitter: core.identity,
  RandomElasticTransform: core.identity,
  RandomErasing: core.identity,
  RandomGaussianBlur: core.identity,
  RandomInvert: core.identity,
  RandomPerspective: core.identity,
  RandomPosterization: core.identity,
  AugMix: core.identity,
  CutMix: core.identity,
  MixUp: core.identity,
  RandAugment: core.identity,
  RandomCrop: pre.RandomCrop,
  Rescaling: pre.Rescaling,
  Resizing: pre.Resizing,
  CenterCrop: pre.CenterCrop,

  // keras.applications' own layers (ConvNeXt, InceptionResNetV2)
  LayerScale: apps.LayerScale,
  StochasticDepth: apps.StochasticDepth,
  CustomScaleLayer: apps.CustomScaleLayer,
};

export function ruleFor(className: string): LayerRule | undefined {
  return Object.prototype.hasOwnProperty.call(RULES, className) ? RULES[className] : undefined;
}

/** Keras 3 operations (module keras.src.ops.*) by class: a namespace apart from layers (ops.Add is not layers.Add). */
export function opRuleFor(className: string): LayerRule | undefined {
  return Object.prototype.hasOwnProperty.call(OP_RULES, className) ? OP_RULES[className] : undefined;
}

// Wrappers look their inner layer up through ruleFor (late-bound: no import cycle).
RULES.TimeDistributed = makeTimeDistributed(ruleFor);
RULES.Bidirectional = makeBidirectional(ruleFor);
