#!/usr/bin/env python3
"""Make the TensorFlow-format fixtures in __tests__/data/tf-formats/ and their reference figures.

Usage (by hand, from the repository root; never in CI or at test time):

    python3 scripts/make-tf-formats.py            # venv, every model, every format, references.json
    python3 scripts/make-tf-formats.py mlp_784_100_100_10 cnn   # only these models (references merged)

The first run makes a venv under .bench-tmp/tf-venv (git-ignored) with tensorflow-cpu 2.21.0 and
keras 3.15.1 from the machine's pip index, then re-runs itself inside it. It also tries
`tf-keras` (for a Keras 2 SavedModel with keras_metadata.pb) and `tensorflowjs` (for the real
`tensorflowjs_converter`); when pip cannot install them, the Keras 2 SavedModel is not made and the
TF.js graph models are written by this script the way the converter writes them (see
write_graph_model). references.json records which path was taken.

Every model is built with fixed seeds, so a rerun gives the same architecture and the same
figures; weights are random (they are never read by flopgate) and TFLite/graph-model weight
bytes change from run to run.

Reference MACs are computed twice, independently of flopgate and of each other:
  hand:  a per-layer formula over the Keras layer objects and the shapes Keras inferred;
  graph: a walk over the TF ops of the frozen batch-1 concrete function (MatMul, BatchMatMul,
         Einsum, Conv2D/3D, DepthwiseConv2dNative, Conv2DBackpropInput, Conv3DBackpropInputV2),
         with each While loop's body counted once per trip and called functions walked into.
The script stops if the two disagree. The TF1 profiler's float operations are recorded too,
for what it sees (it has no statistics for Einsum, 3-D pooling, and it costs loop bodies once).
"""

import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".bench-tmp", "tf-venv")
OUT = os.path.join(ROOT, "__tests__", "data", "tf-formats")
PINNED = ["tensorflow-cpu==2.21.0", "keras==3.15.1", "h5py"]
OPTIONAL = ["tf-keras", "tensorflowjs"]


def in_venv():
    return os.path.realpath(sys.prefix) == os.path.realpath(VENV)


def bootstrap():
    """Make the venv once and re-run this script inside it."""
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    # --retries 0: the default index is unreachable here, and pip's retries cost minutes.
    pip = [py, "-m", "pip", "install", "--retries", "0", "-q"]
    if subprocess.call([py, "-c", "import tensorflow, keras, h5py"], stderr=subprocess.DEVNULL):
        subprocess.check_call(pip + PINNED)
    status = {}
    for name in OPTIONAL:
        rc = subprocess.call(pip + [name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        status[name] = "installed" if rc == 0 else "not installable from this machine's pip index"
    env = dict(os.environ, FLOPGATE_TF_OPTIONAL=json.dumps(status), TF_CPP_MIN_LOG_LEVEL="2")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


if not in_venv():
    bootstrap()

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
from keras import layers  # noqa: E402
from google.protobuf.json_format import MessageToDict  # noqa: E402
from tensorflow.core.protobuf import config_pb2, device_properties_pb2, meta_graph_pb2  # noqa: E402
from tensorflow.core.framework import graph_pb2, attr_value_pb2  # noqa: E402
from tensorflow.python.framework import convert_to_constants, tensor_util  # noqa: E402
from tensorflow.python.framework.function_def_to_graph import function_def_to_graph  # noqa: E402
from tensorflow.python.grappler import cluster as gcluster, tf_optimizer  # noqa: E402
from tensorflow.python.training.saver import export_meta_graph  # noqa: E402
from tensorflow.lite.python import schema_py_generated as tfl  # noqa: E402

OPTIONAL_STATUS = json.loads(os.environ.get("FLOPGATE_TF_OPTIONAL", "{}"))
SEED = 20260101


# --------------------------------------------------------------------------------------------
# The models. Each builder returns a functional Keras model with a fixed batch-free input shape.
# Widths are small so the committed files stay small; the seed MLPs keep their notebook sizes.

def mlp(hidden):
    inp = keras.Input((28, 28), name="image")
    x = layers.Flatten()(inp)
    for units in hidden:
        x = layers.Dense(units, activation="relu")(x)
    return keras.Model(inp, layers.Dense(10, activation="softmax")(x))


def cnn():
    inp = keras.Input((32, 32, 3), name="image")
    x = layers.Conv2D(16, 3, strides=2, padding="same", use_bias=False)(inp)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU(max_value=6.0)(x)
    y = layers.DepthwiseConv2D(3, padding="same")(x)
    y = layers.BatchNormalization()(y)
    y = layers.Activation("hard_swish")(y)
    y = layers.Conv2D(16, 1)(y)
    x = layers.Add()([x, y])
    x = layers.SeparableConv2D(32, 3, padding="same", activation="relu")(x)
    x = layers.BatchNormalization()(x)
    x = layers.MaxPooling2D(2)(x)
    a = layers.Conv2D(16, 1, activation="relu")(x)
    b = layers.AveragePooling2D(3, strides=1, padding="same")(x)
    b = layers.Conv2D(8, 3, padding="same")(b)
    x = layers.Concatenate()([a, b])
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inp, layers.Dense(10, activation="softmax")(x))


def mobilenetv3_block():
    """One inverted residual with squeeze-excite, as MobileNetV3 stacks them."""
    inp = keras.Input((28, 28, 16), name="features")
    x = layers.Conv2D(64, 1, use_bias=False)(inp)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("hard_swish")(x)
    x = layers.DepthwiseConv2D(5, padding="same", use_bias=False)(x)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("hard_swish")(x)
    s = layers.GlobalAveragePooling2D(keepdims=True)(x)
    s = layers.Conv2D(16, 1, activation="relu")(s)
    s = layers.Conv2D(64, 1, activation="hard_sigmoid")(s)
    x = layers.Multiply()([x, s])
    x = layers.Conv2D(16, 1, use_bias=False)(x)
    x = layers.BatchNormalization()(x)
    return keras.Model(inp, layers.Add()([inp, x]))


def conv1d():
    inp = keras.Input((64, 8), name="signal")
    x = layers.Conv1D(16, 5, activation="relu")(inp)
    x = layers.MaxPooling1D(2)(x)
    x = layers.Conv1D(32, 3, strides=2, padding="same", activation="relu")(x)
    x = layers.AveragePooling1D(2)(x)
    x = layers.GlobalAveragePooling1D()(x)
    return keras.Model(inp, layers.Dense(4, activation="softmax")(x))


def conv3d():
    inp = keras.Input((8, 16, 16, 2), name="volume")
    x = layers.Conv3D(8, 3, activation="relu")(inp)
    x = layers.MaxPooling3D(2)(x)
    x = layers.Conv3D(16, 3, padding="same", activation="relu")(x)
    x = layers.GlobalAveragePooling3D()(x)
    return keras.Model(inp, layers.Dense(3)(x))


def upsample():
    inp = keras.Input((16, 16, 8), name="features")
    x = layers.Conv2DTranspose(8, 3, strides=2, padding="same", activation="relu")(inp)
    x = layers.UpSampling2D(2)(x)
    x = layers.Resizing(48, 48, interpolation="bilinear")(x)
    x = layers.Conv2DTranspose(4, 2, strides=1, padding="valid")(x)
    return keras.Model(inp, layers.Conv2D(3, 3, padding="same")(x))


def rnn():
    inp = keras.Input((20,), dtype="int32", name="tokens")
    x = layers.Embedding(200, 16)(inp)
    x = layers.LSTM(24, return_sequences=True)(x)
    x = layers.GRU(16, return_sequences=True)(x)
    x = layers.SimpleRNN(12, return_sequences=True)(x)
    x = layers.Bidirectional(layers.LSTM(8))(x)
    return keras.Model(inp, layers.Dense(2, activation="softmax")(x))


def transformer():
    inp = keras.Input((16, 32), name="tokens")
    a = layers.MultiHeadAttention(num_heads=4, key_dim=8)(inp, inp)
    x = layers.LayerNormalization()(layers.Add()([inp, a]))
    f = layers.Dense(64, activation="gelu")(x)
    f = layers.Dense(32)(f)
    x = layers.LayerNormalization()(layers.Add()([x, f]))
    x = layers.GlobalAveragePooling1D()(x)
    return keras.Model(inp, layers.Dense(2, activation="softmax")(x))


MODELS = {
    "mlp_784_100_100_10": lambda: mlp([100, 100]),
    "mlp_784_50_50_10": lambda: mlp([50, 50]),
    "cnn": cnn,
    "mobilenetv3_block": mobilenetv3_block,
    "conv1d": conv1d,
    "conv3d": conv3d,
    "upsample": upsample,
    "rnn": rnn,
    "transformer": transformer,
}
# The seed notebook's figures (docs/conventions.md, `notebook`): 2 per MAC, ReLU 1, softmax 5.
NOTEBOOK = {"mlp_784_100_100_10": 179050, "mlp_784_50_50_10": 84550}


# --------------------------------------------------------------------------------------------
# Method 1: MACs by hand formula per Keras layer.

def prod(xs):
    out = 1
    for v in xs:
        out *= int(v)
    return out


def shape_of(t):
    return [int(d) for d in t.shape[1:]]


def layer_macs(layer):
    kind = type(layer).__name__
    if kind == "Dense":
        ins = shape_of(layer.input)
        return prod(ins[:-1]) * ins[-1] * layer.units
    if kind in ("Conv1D", "Conv2D", "Conv3D"):
        cin = shape_of(layer.input)[-1]
        return prod(shape_of(layer.output)) * prod(layer.kernel_size) * cin // layer.groups
    if kind == "DepthwiseConv2D":
        return prod(shape_of(layer.output)) * prod(layer.kernel_size)
    if kind == "SeparableConv2D":
        ins, outs = shape_of(layer.input), shape_of(layer.output)
        mid = prod(outs[:-1]) * ins[-1] * layer.depth_multiplier
        return mid * prod(layer.kernel_size) + mid * layer.filters
    if kind in ("Conv2DTranspose", "Conv3DTranspose"):
        ins = shape_of(layer.input)
        return prod(ins) * layer.filters * prod(layer.kernel_size)
    if kind in ("LSTM", "GRU", "SimpleRNN"):
        steps, feat = shape_of(layer.input)
        gates = {"LSTM": 4, "GRU": 3, "SimpleRNN": 1}[kind]
        return steps * gates * layer.units * (feat + layer.units)
    if kind == "Bidirectional":
        steps, feat = shape_of(layer.input)
        total = 0
        for sub in (layer.forward_layer, layer.backward_layer):
            gates = {"LSTM": 4, "GRU": 3, "SimpleRNN": 1}[type(sub).__name__]
            total += steps * gates * sub.units * (feat + sub.units)
        return total
    if kind == "MultiHeadAttention":
        call = layer._inbound_nodes[0].arguments
        q = call.args[0].shape
        v = (call.args[1] if len(call.args) > 1 else call.kwargs["value"]).shape
        k = call.kwargs["key"].shape if call.kwargs.get("key") is not None else v
        heads, kd = layer.num_heads, layer.key_dim
        vd = layer.value_dim or kd
        pq, pk, pv = prod(q[1:-1]), prod(k[1:-1]), prod(v[1:-1])
        out_dim = q[-1]
        return (pq * q[-1] * heads * kd + pk * k[-1] * heads * kd + pv * v[-1] * heads * vd
                + pq * pk * heads * kd + pq * pv * heads * vd + pq * heads * vd * out_dim)
    return 0


def hand_macs(model):
    per_layer = {}
    for layer in model.layers:
        m = layer_macs(layer)
        if m:
            per_layer[layer.name] = m
    return sum(per_layer.values()), per_layer


# --------------------------------------------------------------------------------------------
# Method 2: MACs by a walk over TF ops, with loops and calls followed.

OPEN_DIMS_ARE_BATCH = [False]


def static(t):
    dims = t.shape.as_list() if t.shape.rank is not None else None
    if dims is not None and OPEN_DIMS_ARE_BATCH[0]:
        # Graph models keep the serving signature's open batch, and TensorList items inside loop
        # bodies lose it: counted at batch 1. The hand formula still has to agree.
        dims = [1 if d is None else d for d in dims]
    if dims is None or any(d is None for d in dims):
        raise ValueError(f"{t.name}: shape {t.shape} not static")
    return dims


def op_macs(op):
    t = op.type
    if t in ("MatMul", "_FusedMatMul"):
        a = static(op.inputs[0])
        k = a[0] if op.get_attr("transpose_a") else a[1]
        return prod(static(op.outputs[0])) * k
    if t in ("BatchMatMul", "BatchMatMulV2", "BatchMatMulV3"):
        a = static(op.inputs[0])
        k = a[-2] if op.get_attr("adj_x") else a[-1]
        return prod(static(op.outputs[0])) * k
    if t == "Einsum":
        eq = op.get_attr("equation").decode()
        lhs = eq.split("->")[0].split(",")
        sizes = {}
        for term, tensor in zip(lhs, op.inputs):
            for letter, dim in zip(term, static(tensor)):
                sizes[letter] = dim
        return prod(sizes.values())
    if t in ("Conv2D", "Conv3D", "_FusedConv2D"):
        f = static(op.inputs[1])
        return prod(static(op.outputs[0])) * prod(f[:-1])
    if t == "DepthwiseConv2dNative":
        f = static(op.inputs[1])
        return prod(static(op.outputs[0])) * f[0] * f[1]
    if t in ("Conv2DBackpropInput", "Conv3DBackpropInputV2"):
        f = static(op.inputs[1])  # [k..., out_channels, in_channels]
        return prod(static(op.inputs[2])) * prod(f[:-1])
    return 0


def trip_count(op, feeds):
    """While loops from Keras RNNs carry maximum_iterations as their second input. At batch 1 it
    is computed from static shapes, so running the frozen graph on zeros gives its value."""
    value = tensor_util.constant_value(op.inputs[1])
    if value is None:
        with tf.compat.v1.Session(graph=op.graph) as sess:
            value = sess.run(op.inputs[1], feed_dict=feeds(op.graph))
    return int(value)


def zero_feeds(graph):
    return {op.outputs[0].name: np.zeros(op.outputs[0].shape.as_list(), op.outputs[0].dtype.as_numpy_dtype)
            for op in graph.get_operations() if op.type == "Placeholder"}


def graph_macs(graph, library, counts):
    total = 0
    for op in graph.get_operations():
        total += op_macs(op)
        if op.type in ("While", "StatelessWhile"):
            body = function_graph(library, op.get_attr("body").name, op.inputs)
            inner = graph_macs(body, library, counts)
            trips = trip_count(op, zero_feeds)
            total += inner * trips
            counts["while_loops"].append({"loop": op.name, "body_macs": inner, "trips": trips})
        elif op.type in ("PartitionedCall", "StatefulPartitionedCall"):
            total += graph_macs(function_graph(library, op.get_attr("f").name, op.inputs), library, counts)
        elif op.type in ("If", "StatelessIf", "Case"):
            raise ValueError(f"{op.name}: {op.type} not expected in these models")
    return total


def function_graph(library, name, inputs):
    fdef = type(library.function[0])()
    fdef.CopyFrom(next(f for f in library.function if f.signature.name == name))
    for attrs in fdef.arg_attr.values():  # recorded shapes would override the ones given here
        if "_output_shapes" in attrs.attr:
            del attrs.attr["_output_shapes"]
    # An unknown dimension here is the batch, which the serving signature leaves open: count 1.
    shapes = [tf.TensorShape([1 if d is None else d for d in i.shape.as_list()]) if i.shape.rank is not None
              else i.shape for i in inputs]
    return function_def_to_graph(fdef, input_shapes=shapes)


def frozen_v2(fn):
    """The batch-1 concrete function with variables as constants, control flow kept as While."""
    return convert_to_constants.convert_variables_to_constants_v2(fn, lower_control_flow=False)


def walk_macs(fn):
    frozen = frozen_v2(fn)
    gdef = frozen.graph.as_graph_def()
    counts = {"while_loops": []}
    return graph_macs(frozen.graph, gdef.library, counts), counts


def profiler_flops(fn):
    frozen = convert_to_constants.convert_variables_to_constants_v2(fn)
    opts = tf.compat.v1.profiler.ProfileOptionBuilder.float_operation()
    opts["output"] = "none"
    info = tf.compat.v1.profiler.profile(graph=frozen.graph, options=opts)
    return int(info.total_float_ops)


# --------------------------------------------------------------------------------------------
# Notebook FLOPs for the seed MLPs: 2 per MAC, bias not counted, ReLU 1, softmax 5 per output.

def notebook_flops(model):
    total = 0
    for layer in model.layers:
        total += 2 * layer_macs(layer)
        act = getattr(layer, "activation", None)
        name = getattr(act, "__name__", "")
        if type(layer).__name__ == "Dense":
            total += {"relu": 1, "softmax": 5, "linear": 0}[name] * layer.units
    return total


# --------------------------------------------------------------------------------------------
# Inputs for calibration and for the concrete functions.

def input_specs(model, batch):
    return [tf.TensorSpec([batch] + [int(d) for d in t.shape[1:]], t.dtype, name=t.name.split(":")[0])
            for t in model.inputs]


def concrete(model, batch):
    specs = input_specs(model, batch)

    @tf.function(input_signature=specs)
    def serve(*xs):
        return model(list(xs) if len(xs) > 1 else xs[0], training=False)

    return serve.get_concrete_function()


def representative(model):
    rng = np.random.default_rng(SEED)

    def gen():
        for _ in range(16):
            sample = []
            for t in model.inputs:
                shape = [1] + [int(d) for d in t.shape[1:]]
                if t.dtype in ("int32", "int64", tf.int32, tf.int64):
                    emb = next(layer for layer in model.layers if type(layer).__name__ == "Embedding")
                    sample.append(rng.integers(0, emb.input_dim, shape).astype(np.int32))
                else:
                    sample.append(rng.standard_normal(shape).astype(np.float32))
            yield sample
    return gen


# --------------------------------------------------------------------------------------------
# TFLite.

def convert_tflite(converter_factory, variant, model, select_tf_ops=False):
    conv = converter_factory()
    if variant in ("int8", "dynamic", "float16"):
        conv.optimizations = [tf.lite.Optimize.DEFAULT]
    if variant == "int8":
        conv.representative_dataset = representative(model)
        conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        if all(t.dtype in ("float32", tf.float32) for t in model.inputs):
            conv.inference_input_type = tf.int8
        conv.inference_output_type = tf.int8
    if variant == "float16":
        conv.target_spec.supported_types = [tf.float16]
    if variant == "flex":
        conv._experimental_lower_tensor_list_ops = False
    if variant == "flex" or select_tf_ops:
        base = conv.target_spec.supported_ops or {tf.lite.OpsSet.TFLITE_BUILTINS}
        conv.target_spec.supported_ops = set(base) | {tf.lite.OpsSet.SELECT_TF_OPS}
    return conv.convert()


TENSOR_TYPES = {v: k for k, v in vars(tfl.TensorType).items() if not k.startswith("_")}
BUILTINS = {v: k for k, v in vars(tfl.BuiltinOperator).items() if not k.startswith("_")}


def tflite_shape(t):
    return [int(d) for d in t.shape]


def tflite_op_macs(sg, op, name):
    ins = [sg.tensors[i] if i >= 0 else None for i in op.inputs]
    out = prod(tflite_shape(sg.tensors[op.outputs[0]]))
    if name == "FULLY_CONNECTED":
        return out * tflite_shape(ins[1])[1]  # weights [units, in]
    if name == "CONV_2D":
        return out * prod(tflite_shape(ins[1])[1:])  # filter [out, kh, kw, in / groups]
    if name == "DEPTHWISE_CONV_2D":
        f = tflite_shape(ins[1])  # [1, kh, kw, channels x multiplier]
        return out * f[1] * f[2]
    if name == "CONV_3D":
        return out * prod(tflite_shape(ins[1])[:4])  # filter [kd, kh, kw, in, out]
    if name == "TRANSPOSE_CONV":
        f = tflite_shape(ins[1])  # inputs: output_shape, filter [out, kh, kw, in], input, (bias)
        return prod(tflite_shape(ins[2])) * f[0] * f[1] * f[2]
    if name == "BATCH_MATMUL":
        a = tflite_shape(ins[0])
        adj_x = op.builtinOptions.adjX if op.builtinOptions is not None else False
        return out * (a[-2] if adj_x else a[-1])
    return 0


def scalar_buffer(m, sg, tensor_index):
    t = sg.tensors[tensor_index]
    data = m.buffers[t.buffer].data
    if data is None or len(data) != 4 or t.type != tfl.TensorType.INT32:
        return None
    return int(np.frombuffer(bytes(data), np.int32)[0])


def while_trips(m, sg, op):
    """Keras loops test `counter < bound` in the cond subgraph (LESS); a bound that reaches the
    WHILE from a constant 4-byte int32 buffer of the calling subgraph is the trip count."""
    opts = op.builtinOptions
    cond = m.subgraphs[opts.condSubgraphIndex]
    bounds = []
    for cop in cond.operators:
        if BUILTINS[max(m.operatorCodes[cop.opcodeIndex].builtinCode,
                        m.operatorCodes[cop.opcodeIndex].deprecatedBuiltinCode)] != "LESS":
            continue
        rhs = cop.inputs[1]
        if rhs in list(cond.inputs):
            value = scalar_buffer(m, sg, op.inputs[list(cond.inputs).index(rhs)])
        else:
            value = scalar_buffer(m, cond, rhs)
        if value is not None:
            bounds.append(value)
    if not bounds:
        raise ValueError("WHILE without a constant bound")
    return min(bounds)


def tflite_macs(m, index=0):
    sg = m.subgraphs[index]
    total = 0
    for op in sg.operators or []:
        oc = m.operatorCodes[op.opcodeIndex]
        name = BUILTINS[max(oc.builtinCode, oc.deprecatedBuiltinCode)]
        total += tflite_op_macs(sg, op, name)
        if name == "WHILE":
            total += tflite_macs(m, op.builtinOptions.bodySubgraphIndex) * while_trips(m, sg, op)
    return total


def describe_tflite(data):
    m = tfl.ModelT.InitFromObj(tfl.Model.GetRootAsModel(data, 0))
    names = []
    for oc in m.operatorCodes:
        code = max(oc.builtinCode, oc.deprecatedBuiltinCode)
        name = BUILTINS[code]
        names.append(f"CUSTOM:{oc.customCode.decode()}" if name == "CUSTOM" else name)
    ops, open_dims, quant, while_info = {}, [], set(), []
    main = m.subgraphs[0]
    open_inputs = [main.tensors[i].name.decode() for i in main.inputs
                   if main.tensors[i].shapeSignature is not None and -1 in list(main.tensors[i].shapeSignature)]
    for si, sg in enumerate(m.subgraphs):
        for op in sg.operators or []:
            n = names[op.opcodeIndex]
            ops[n] = ops.get(n, 0) + 1
            if n == "WHILE":
                o = op.builtinOptions
                while_info.append({"subgraph": si, "cond_subgraph": o.condSubgraphIndex,
                                   "body_subgraph": o.bodySubgraphIndex})
        for t in sg.tensors or []:
            sig = list(t.shapeSignature) if t.shapeSignature is not None else None
            if sig is not None and -1 in sig:
                open_dims.append({"subgraph": si, "tensor": t.name.decode(),
                                  "shape": [int(d) for d in t.shape], "shape_signature": [int(d) for d in sig]})
            q = t.quantization
            if q is not None and q.scale is not None and len(q.scale):
                quant.add(TENSOR_TYPES[t.type])
    types = sorted({TENSOR_TYPES[t.type] for sg in m.subgraphs for t in sg.tensors or []})
    # Elements of buffer-backed (constant) tensors by type: weights, biases and small int32 shape
    # operands alike. Folded batch norms make this differ from Keras' params (README).
    constants = {}
    for sg in m.subgraphs:
        for t in sg.tensors or []:
            data = m.buffers[t.buffer].data
            if data is not None and len(data):
                key = TENSOR_TYPES[t.type]
                constants[key] = constants.get(key, 0) + prod(tflite_shape(t))
    return {
        "schema_version": m.version,
        "subgraphs": [{"name": (sg.name or b"").decode(), "operators": len(sg.operators or []),
                       "tensors": len(sg.tensors or [])} for sg in m.subgraphs],
        "ops": dict(sorted(ops.items())),
        "tensor_types": types,
        "quantized_tensor_types": sorted(quant),
        "constant_elements": dict(sorted(constants.items())),
        "while": while_info,
        "flex": sorted(n for n in ops if n.startswith("CUSTOM:Flex")),
        "open_batch": bool(open_inputs),
        # Tensors other than the inputs can carry -1 too (TensorList items in WHILE bodies, even at
        # batch 1): only the main subgraph's inputs say whether the batch was left open.
        "tensors_with_minus_one": len(open_dims),
        "open_dims_sample": open_dims[:3],
        "macs_from_file": tflite_macs(m),
        "buffers": len(m.buffers),
    }


# --------------------------------------------------------------------------------------------
# SavedModel.

def strip_variable_data(path):
    """flopgate reads shapes, never values: keep variables.index, drop the data shards."""
    vdir = os.path.join(path, "variables")
    for name in os.listdir(vdir):
        if name.startswith("variables.data-"):
            os.remove(os.path.join(vdir, name))
    fp = os.path.join(path, "fingerprint.pb")
    if os.path.exists(fp):
        os.remove(fp)  # it hashes the deleted data, so it would lie


FLOATS = {tf.float16.as_datatype_enum, tf.float32.as_datatype_enum, tf.float64.as_datatype_enum,
          tf.bfloat16.as_datatype_enum}


def varint(buf, pos):
    shift = result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def proto_fields(buf):
    """(field, wire type, value) of a protobuf message; enough for BundleEntryProto."""
    pos = 0
    while pos < len(buf):
        key, pos = varint(buf, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = varint(buf, pos)
        elif wire == 2:
            n, pos = varint(buf, pos)
            value, pos = buf[pos:pos + n], pos + n
        elif wire == 5:
            value, pos = buf[pos:pos + 4], pos + 4
        elif wire == 1:
            value, pos = buf[pos:pos + 8], pos + 8
        else:
            raise ValueError(f"wire type {wire}")
        yield field, wire, value


def read_block(data, offset, size):
    """A LevelDB table block: prefix-compressed entries, then restart offsets and their count."""
    if data[offset + size] != 0:
        raise ValueError("compressed block")  # TF writes bundle indexes uncompressed
    block = data[offset:offset + size]
    restarts = int.from_bytes(block[-4:], "little")
    end = len(block) - 4 - 4 * restarts
    pos, key, out = 0, b"", []
    while pos < end:
        shared, pos = varint(block, pos)
        unshared, pos = varint(block, pos)
        vlen, pos = varint(block, pos)
        key = key[:shared] + block[pos:pos + unshared]
        pos += unshared
        out.append((key, block[pos:pos + vlen]))
        pos += vlen
    return out


def read_bundle_index(path):
    """variables.index as flopgate would read it: footer -> index block -> data blocks -> entries.
    Checked against tf.train.list_variables so the README's description stays true."""
    with open(path, "rb") as f:
        data = f.read()
    footer = data[-48:]
    if int.from_bytes(footer[-8:], "little") != 0xDB4775248B80FB57:
        raise ValueError("not an SSTable")
    _meta_off, pos = varint(footer, 0)
    _meta_size, pos = varint(footer, pos)
    index_off, pos = varint(footer, pos)
    index_size, pos = varint(footer, pos)
    entries = {}
    for _, handle in read_block(data, index_off, index_size):
        off, p = varint(handle, 0)
        size, _ = varint(handle, p)
        for key, value in read_block(data, off, size):
            dtype, shape = None, []
            for field, _, v in proto_fields(value):
                if field == 1:
                    dtype = v
                elif field == 2:
                    for f2, _, dim in proto_fields(v):
                        if f2 == 2:
                            shape.append(next((x for f3, _, x in proto_fields(dim) if f3 == 1), 0))
            entries[key.decode()] = (dtype, shape)
    return entries


def describe_saved_model(path):
    from tensorflow.core.protobuf import saved_model_pb2
    sm = saved_model_pb2.SavedModel()
    with open(os.path.join(path, "saved_model.pb"), "rb") as f:
        sm.ParseFromString(f.read())
    mg = sm.meta_graphs[0]
    top, lib = {}, {}
    for n in mg.graph_def.node:
        top[n.op] = top.get(n.op, 0) + 1
    for fn in mg.graph_def.library.function:
        for n in fn.node_def:
            lib[n.op] = lib.get(n.op, 0) + 1
    sigs = {}
    for key, sig in mg.signature_def.items():
        sigs[key] = {
            "inputs": {k: {"name": v.name, "shape": [int(d.size) for d in v.tensor_shape.dim]}
                       for k, v in sig.inputs.items()},
            "outputs": {k: {"name": v.name, "shape": [int(d.size) for d in v.tensor_shape.dim]}
                        for k, v in sig.outputs.items()},
            "method_name": sig.method_name,
        }
    files = sorted(os.path.relpath(os.path.join(d, f), path) for d, _, fs in os.walk(path) for f in fs)
    variables = tf.train.list_variables(os.path.join(path, "variables", "variables"))
    obj_vars = [(n.variable.name, [int(d.size) for d in n.variable.shape.dim], n.variable.dtype)
                for n in mg.object_graph_def.nodes if n.WhichOneof("kind") == "variable"]
    bundle = read_bundle_index(os.path.join(path, "variables", "variables.index"))
    if {k: v[1] for k, v in bundle.items() if k} != {n: s for n, s in variables}:
        raise SystemExit(f"{path}: the SSTable reading of variables.index disagrees with TF")
    return {
        "tags": list(mg.meta_info_def.tags),
        "tensorflow_version": mg.meta_info_def.tensorflow_version,
        "files": files,
        "graph_ops": dict(sorted(top.items())),
        "library_functions": len(mg.graph_def.library.function),
        "library_ops": dict(sorted(lib.items())),
        "while": sum(v for k, v in lib.items() if k in ("While", "StatelessWhile")),
        "signatures": sigs,
        # The bundle may hold one variable under several keys (export() lists every variable in
        # both `variables` and `_all_variables`); the object graph holds each variable once.
        "variables_index_keys": {n: s for n, s in variables},
        "object_graph_variables": len(obj_vars),
        # Keras' count: float variables, once per name (int64 seed-generator states are not weights).
        "object_graph_params": sum(prod(shape) for shape in
                                   {name: shape for name, shape, dtype in obj_vars if dtype in FLOATS}.values()),
    }


# --------------------------------------------------------------------------------------------
# TF.js graph model, written the way tensorflowjs_converter (4.x, tf_saved_model_conversion_v2)
# writes one: freeze the serving signature with control flow lowered to TF1 ops, two grappler
# passes with the converter's optimizer lists, batch-norm folding, Add -> BiasAdd, CPU remap
# (which writes _FusedConv2D/_FusedMatMul), the depthwise fusing TF.js does itself, then every
# Const's value moved out of the topology into weight shards.

def grappler_cluster():
    dev = device_properties_pb2.NamedDevice()
    dev.name = "/GPU:0"
    dev.properties.type = "GPU"
    dev.properties.environment["architecture"] = "4"
    return gcluster.Cluster(devices=[dev])


def run_grappler(optimizers, graph_def, graph, signature):
    config = config_pb2.ConfigProto()
    config.graph_options.rewrite_options.optimizers[:] = optimizers
    meta = export_meta_graph(graph_def=graph_def, graph=graph)
    meta.signature_def["not_used_key"].CopyFrom(signature)
    return tf_optimizer.OptimizeGraph(config, meta, cluster=grappler_cluster())


def const_value(node):
    return tensor_util.MakeNdarray(node.attr["value"].tensor)


def set_const(node, value):
    node.attr["value"].CopyFrom(attr_value_pb2.AttrValue(tensor=tensor_util.make_tensor_proto(value)))


def fold_batch_norms(gdef):
    """Conv2D/DepthwiseConv2dNative/MatMul(x, W) * s with constant s -> op(x, W * s)."""
    nodes = {n.name: n for n in gdef.node}
    consumers = {}
    for n in gdef.node:
        for i in n.input:
            consumers.setdefault(i.split(":")[0].lstrip("^"), []).append(n)
    drop, rename = set(), {}
    for mul in gdef.node:
        if mul.op != "Mul" or len(mul.input) != 2:
            continue
        a, b = (nodes.get(i.split(":")[0]) for i in mul.input)
        if a is None or b is None or b.op != "Const" or a.op not in ("Conv2D", "DepthwiseConv2dNative", "MatMul"):
            continue
        if len(consumers.get(a.name, [])) != 1:
            continue
        w = nodes.get(a.input[1].split(":")[0])
        if w is None or w.op != "Const" or len(consumers.get(w.name, [])) != 1:
            continue
        scale = const_value(b)
        weights = const_value(w)
        if scale.ndim != 1:
            continue
        if a.op == "DepthwiseConv2dNative":
            weights = weights * scale.reshape(weights.shape[2], weights.shape[3])
        else:
            weights = weights * scale
        set_const(w, weights.astype(np.float32))
        drop.add(mul.name)
        rename[mul.name] = a.name
    out = graph_pb2.GraphDef()
    out.versions.CopyFrom(gdef.versions)
    out.library.CopyFrom(gdef.library)
    for n in gdef.node:
        if n.name in drop:
            continue
        m = out.node.add()
        m.CopyFrom(n)
        for idx, inp in enumerate(m.input):
            base = inp.split(":")[0].lstrip("^")
            if base in rename:
                m.input[idx] = inp.replace(base, rename[base])
    return out


def normalize_bias_add(gdef):
    """Add/AddV2 of a 1-D constant right after a lone Conv2D/Depthwise/MatMul becomes BiasAdd."""
    nodes = {n.name: n for n in gdef.node}
    consumers = {}
    for n in gdef.node:
        for i in n.input:
            consumers.setdefault(i.split(":")[0].lstrip("^"), []).append(n)
    for n in gdef.node:
        if n.op not in ("Add", "AddV2") or len(n.input) != 2:
            continue
        a, b = (nodes.get(i.split(":")[0]) for i in n.input)
        if a is None or b is None or b.op != "Const" or a.op not in ("Conv2D", "DepthwiseConv2dNative", "MatMul"):
            continue
        if len(consumers.get(a.name, [])) != 1 or const_value(b).ndim != 1:
            continue
        n.op = "BiasAdd"
        n.attr["data_format"].s = b"NHWC"
    return gdef


def fuse_depthwise(gdef):
    """DepthwiseConv2dNative + BiasAdd (+ Relu/Relu6) -> FusedDepthwiseConv2dNative, as TF.js does."""
    nodes = {n.name: n for n in gdef.node}
    consumers = {}
    for n in gdef.node:
        for i in n.input:
            consumers.setdefault(i.split(":")[0].lstrip("^"), []).append(n)
    drop, rename = set(), {}
    for dw in list(gdef.node):
        if dw.op != "DepthwiseConv2dNative":
            continue
        cons = consumers.get(dw.name, [])
        if len(cons) != 1 or cons[0].op != "BiasAdd":
            continue
        bias = cons[0]
        fused = [b"BiasAdd"]
        last = bias
        after = consumers.get(bias.name, [])
        if len(after) == 1 and after[0].op in ("Relu", "Relu6"):
            last = after[0]
            fused.append(after[0].op.encode())
        dw.op = "FusedDepthwiseConv2dNative"
        dw.input.append(bias.input[1])
        dw.attr["fused_ops"].list.s[:] = fused
        dw.attr["num_args"].i = 1
        drop.update({bias.name, last.name})
        rename[last.name] = dw.name
        nodes[dw.name] = dw
    out = graph_pb2.GraphDef()
    out.versions.CopyFrom(gdef.versions)
    out.library.CopyFrom(gdef.library)
    for n in gdef.node:
        if n.name in drop:
            continue
        m = out.node.add()
        m.CopyFrom(n)
        for idx, inp in enumerate(m.input):
            base = inp.split(":")[0].lstrip("^")
            if base in rename:
                m.input[idx] = inp.replace(base, rename[base], 1)
    return out


CLEARED = ("tensor_content", "half_val", "float_val", "double_val", "int_val", "string_val",
           "scomplex_val", "int64_val", "bool_val", "resource_handle_val", "variant_val",
           "uint32_val", "uint64_val")


def extract_consts(nodes, prefix=""):
    """Move every Const's value out of the topology. Constants inside library functions get the
    function's name as a prefix (names are only unique per function), references included."""
    if prefix:
        names = {n.name for n in nodes if n.op == "Const"}
        for node in nodes:
            if node.op == "Const":
                continue
            for i, inp in enumerate(node.input):
                ctrl = inp.startswith("^")
                base = inp.lstrip("^").split(":")[0]
                if base in names:
                    node.input[i] = ("^" if ctrl else "") + prefix + "/" + inp.lstrip("^")
    out = []
    for node in nodes:
        if node.op != "Const":
            continue
        value = const_value(node)
        if prefix:
            node.name = prefix + "/" + node.name
        out.append((node.name, value))
        for field in CLEARED:
            node.attr["value"].tensor.ClearField(field)
    return out


def write_weights(entries, outdir, shard_bytes=4 * 1024 * 1024):
    """tfjs write_weights: one group, raw little-endian values in order, shards of at most 4 MiB."""
    blob, specs = bytearray(), []
    for name, value in entries:
        dtype = {np.float32: "float32", np.int32: "int32", np.bool_: "bool"}.get(value.dtype.type)
        if dtype is None:
            if value.dtype == np.int64:
                value, dtype = value.astype(np.int32), "int32"
            elif value.dtype == np.float64:
                value, dtype = value.astype(np.float32), "float32"
            else:
                raise ValueError(f"{name}: dtype {value.dtype} not handled")
        specs.append({"name": name, "shape": list(value.shape), "dtype": dtype})
        blob += np.ascontiguousarray(value).tobytes()
    n = max(1, -(-len(blob) // shard_bytes))
    paths = []
    for i in range(n):
        p = f"group1-shard{i + 1}of{n}.bin"
        with open(os.path.join(outdir, p), "wb") as f:
            f.write(blob[i * shard_bytes:(i + 1) * shard_bytes])
        paths.append(p)
    return [{"paths": paths, "weights": specs}]


def signature_of(fn):
    sig = meta_graph_pb2.SignatureDef()
    for t in fn.inputs:
        if t.dtype == tf.resource:
            continue
        sig.inputs[t.name].name = t.name
        sig.inputs[t.name].dtype = t.dtype.as_datatype_enum
        sig.inputs[t.name].tensor_shape.CopyFrom(t.shape.as_proto())
    for t in fn.outputs:
        sig.outputs[t.name].name = t.name
        sig.outputs[t.name].dtype = t.dtype.as_datatype_enum
        sig.outputs[t.name].tensor_shape.CopyFrom(t.shape.as_proto())
    return sig


def write_graph_model(saved_model_dir, outdir, control_flow_v2=False):
    loaded = tf.saved_model.load(saved_model_dir)
    fn = loaded.signatures["serving_default"]
    frozen = convert_to_constants.convert_variables_to_constants_v2(
        fn, lower_control_flow=not control_flow_v2, aggressive_inlining=True)
    graph = frozen.graph
    sig = signature_of(frozen)
    for t in frozen.outputs:
        graph.add_to_collection("train_op", graph.get_operation_by_name(t.name.split(":")[0]))
    gdef = graph.as_graph_def()
    gdef = run_grappler(["pruning", "constfold", "arithmetic", "dependency",
                         "pruning", "constfold", "arithmetic", "dependency"], gdef, graph, sig)
    gdef = fold_batch_norms(gdef)
    gdef = normalize_bias_add(gdef)
    for n in gdef.node:
        if n.op in ("Conv2D", "MatMul"):
            n.device = "/device:CPU:0"
    gdef = run_grappler(["remap", "constfold", "arithmetic", "dependency"], gdef, graph, sig)
    keep = graph_pb2.GraphDef()
    keep.versions.CopyFrom(gdef.versions)
    keep.library.CopyFrom(gdef.library)
    for n in gdef.node:
        if not (n.op == "Placeholder" and n.name.startswith("unused_control_flow_input")):
            keep.node.add().CopyFrom(n)
    macs = graph_def_macs(keep)
    gdef = fuse_depthwise(keep)
    entries = extract_consts(gdef.node)
    for f in gdef.library.function:
        entries += extract_consts(f.node_def, prefix=f.signature.name)
    os.makedirs(outdir, exist_ok=True)
    manifest = write_weights(entries, outdir)
    model_json = {
        "format": "graph-model",
        "generatedBy": tf.__version__,
        "convertedBy": "flopgate scripts/make-tf-formats.py (tensorflowjs_converter 4.x pipeline; "
                       "the converter was not installable)",
        "signature": MessageToDict(sig),
        "modelTopology": MessageToDict(gdef),
        "weightsManifest": manifest,
    }
    with open(os.path.join(outdir, "model.json"), "w") as f:
        json.dump(model_json, f)
    return gdef, manifest, macs


def graph_def_macs(gdef):
    """MACs of the optimised GraphDef, imported into TF for its shapes. Lowered TF1 loops are not
    walked (their bodies sit in frames, not functions): None then."""
    if any(n.op in ("Enter", "Exit") for n in gdef.node):
        return None
    batch1 = graph_pb2.GraphDef()
    batch1.CopyFrom(gdef)
    for n in batch1.node:  # the serving signature leaves the batch open: count batch 1
        if n.op == "Placeholder" and n.attr["shape"].shape.dim and n.attr["shape"].shape.dim[0].size == -1:
            n.attr["shape"].shape.dim[0].size = 1
    g = tf.Graph()
    with g.as_default():
        tf.import_graph_def(batch1, name="")
    counts = {"while_loops": []}
    OPEN_DIMS_ARE_BATCH[0] = True
    try:
        return graph_macs(g, gdef.library, counts)
    finally:
        OPEN_DIMS_ARE_BATCH[0] = False


def describe_graph_model(outdir, gdef, manifest, macs):
    top, lib = {}, {}
    for n in gdef.node:
        top[n.op] = top.get(n.op, 0) + 1
    for fn in gdef.library.function:
        for n in fn.node_def:
            lib[n.op] = lib.get(n.op, 0) + 1
    loop_ops = sorted({k for k in top if k in ("Enter", "Merge", "Switch", "NextIteration", "Exit", "LoopCond")})
    specs = manifest[0]["weights"]
    return {
        "ops": dict(sorted(top.items())),
        "library_functions": len(gdef.library.function),
        "library_ops": dict(sorted(lib.items())),
        "fused_ops": sorted({k for k in list(top) + list(lib) if k.startswith("_Fused") or k.startswith("Fused")}),
        "loop_ops": loop_ops,
        "while": sum(v for k, v in list(top.items()) + list(lib.items()) if k in ("While", "StatelessWhile")),
        "weights": len(specs),
        "weights_int32": sum(1 for s in specs if s["dtype"] == "int32"),
        "weights_float32_elements": sum(prod(s["shape"]) for s in specs if s["dtype"] == "float32"),
        "shards": manifest[0]["paths"],
        "macs_from_file": macs,
    }


# --------------------------------------------------------------------------------------------

def rel(path):
    return os.path.relpath(path, OUT)


def file_entry(path, fmt, quant, extra):
    if os.path.isdir(path):
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)
    else:
        size = os.path.getsize(path)
    entry = {"path": rel(path), "format": fmt, "quantization": quant, "bytes": size}
    entry.update(extra)
    return entry


def tflite_batch1(model, fn1, variant):
    """(bytes, used Flex) or (None, TF's reason) for one TFLite variant of the batch-1 function."""
    # No trackable object: the converter then freezes the variables into constant buffers
    # instead of keeping VAR_HANDLE/READ_VARIABLE resources.
    def factory():
        return tf.lite.TFLiteConverter.from_concrete_functions([fn1])
    try:
        try:
            return convert_tflite(factory, variant, model), False
        except Exception as e:
            if "TF Select ops" not in str(e):
                raise
            # TF names the ops it has no builtin for (MaxPool3D...): allow them as Flex ops.
            return convert_tflite(factory, variant, model, select_tf_ops=True), True
    except Exception as e:  # recorded, not hidden: references.json lists what TF refused
        return None, str(e).strip().splitlines()[-1][:300]


def tflite_child(name, variant, path):
    keras.utils.set_random_seed(SEED)
    model = MODELS[name]()
    randomize(model)
    data, flex = tflite_batch1(model, concrete(model, 1), variant)
    if data is None:
        print(f"{name} {variant}: {flex}", file=sys.stderr)
        sys.exit(3)
    with open(path, "wb") as f:
        f.write(data)
    if flex:
        open(path + ".flex", "w").close()


def randomize(model):
    """Nonzero biases and statistics: grappler folds away an add of zeros, which would drop ops."""
    rng = np.random.default_rng(SEED)
    for w in model.weights:
        shape = tuple(int(d) for d in w.shape)
        if "variance" in w.path:
            w.assign(rng.uniform(0.5, 1.5, shape).astype(w.dtype))
        else:
            w.assign((rng.standard_normal(shape) * 0.1).astype(w.dtype))


def make(name, refs):
    keras.utils.set_random_seed(SEED)
    model = MODELS[name]()
    randomize(model)
    mdir = os.path.join(OUT, name)
    shutil.rmtree(mdir, ignore_errors=True)
    os.makedirs(mdir)
    files = []

    kpath = os.path.join(mdir, f"{name}.keras")
    model.save(kpath)
    files.append(file_entry(kpath, "keras", "float32", {}))
    if name not in NOTEBOOK:  # size: the seed MLPs' weights would be one more full copy each
        hpath = os.path.join(mdir, f"{name}.h5")
        model.save(hpath)
        files.append(file_entry(hpath, "h5", "float32", {}))

    hand, per_layer = hand_macs(model)
    fn1 = concrete(model, 1)
    walked, counts = walk_macs(fn1)
    if hand != walked:
        raise SystemExit(f"{name}: hand formula {hand} != TF op walk {walked} MACs")
    ref = {
        "params": int(model.count_params()),
        "trainable_params": int(sum(prod(w.shape) for w in model.trainable_weights)),
        "macs": hand,
        "macs_per_layer": per_layer,
        "macs_check": {"hand_formula": hand, "tf_op_walk": walked,
                       "tf_op_walk_while_loops": counts["while_loops"],
                       "tf1_profiler_float_ops": profiler_flops(fn1)},
        "input_shapes": [[int(d) if d is not None else None for d in t.shape[1:]] for t in model.inputs],
        "input_dtypes": [str(t.dtype) for t in model.inputs],
        "layers": [type(layer).__name__ for layer in model.layers],
    }
    if name in NOTEBOOK:
        ref["notebook_flops"] = notebook_flops(model)
        if ref["notebook_flops"] != NOTEBOOK[name]:
            raise SystemExit(f"{name}: notebook FLOPs {ref['notebook_flops']} != {NOTEBOOK[name]}")

    # TFLite at batch 1: Keras RNNs only lower to WHILE with a static batch (else Flex, below).
    # float16 shows its layout (FLOAT16 buffers, DEQUANTIZE) on the small models; for the seed
    # MLPs it would only add size.
    variants = ("float32", "int8", "dynamic") if name in NOTEBOOK else ("float32", "int8", "dynamic", "float16")
    for variant in variants:
        path = os.path.join(mdir, f"{name}.{variant}.tflite")
        flex = False
        if variant == "int8":
            # Calibration can crash the process (SIGSEGV on the RNN), so it runs in a child.
            child = subprocess.run([sys.executable, os.path.abspath(__file__), "--tflite-child", name, variant, path],
                                   capture_output=True, text=True)
            if child.returncode != 0:
                said = [ln for ln in child.stderr.splitlines() if ln.startswith(f"{name} {variant}: ")]
                ref.setdefault("not_made", {})[rel(path)] = (
                    said[-1].split(": ", 1)[1] if said else f"the converter process died (exit {child.returncode})")
                continue
            with open(path, "rb") as f:
                data = f.read()
            flex = os.path.exists(path + ".flex")
            if flex:
                os.remove(path + ".flex")
        else:
            data, flex = tflite_batch1(model, fn1, variant)
        if data is None:
            ref.setdefault("not_made", {})[rel(path)] = flex
            continue
        with open(path, "wb") as f:
            f.write(data)
        quant = {"float32": "none", "int8": "full-integer int8 (representative dataset)",
                 "dynamic": "dynamic-range int8 weights", "float16": "float16 weights"}[variant]
        files.append(file_entry(path, "tflite", quant, dict(describe_tflite(data), select_tf_ops=flex)))

    if name == "cnn":
        path = os.path.join(mdir, f"{name}.open-batch.tflite")
        data = tf.lite.TFLiteConverter.from_keras_model(model).convert()
        with open(path, "wb") as f:
            f.write(data)
        files.append(file_entry(path, "tflite", "none", describe_tflite(data)))
    if name == "rnn":
        # With an open batch the TensorList ops cannot be lowered: TF asks for Flex ops.
        path = os.path.join(mdir, f"{name}.open-batch.flex.tflite")
        data = convert_tflite(lambda: tf.lite.TFLiteConverter.from_keras_model(model), "flex", model)
        with open(path, "wb") as f:
            f.write(data)
        files.append(file_entry(path, "tflite", "none", describe_tflite(data)))

    # SavedModel, as Keras 3 model.export() writes it.
    sm_export = os.path.join(mdir, "saved_model_export")
    model.export(sm_export, verbose=False)
    gm = os.path.join(mdir, "graph_model")
    files.append(file_entry(gm, "tfjs-graph-model", "none", describe_graph_model(gm, *write_graph_model(sm_export, gm))))
    if name == "rnn":
        gm2 = os.path.join(mdir, "graph_model_cf_v2")
        files.append(file_entry(gm2, "tfjs-graph-model", "none",
                                describe_graph_model(gm2, *write_graph_model(sm_export, gm2, control_flow_v2=True))))
    strip_variable_data(sm_export)
    files.append(file_entry(sm_export, "saved_model", "none",
                            dict(describe_saved_model(sm_export), written_by="keras.Model.export")))

    if name in NOTEBOOK:  # the rnn's would be 380 kB, the cnn's 150 kB: the MLPs show the layout
        sm_tf = os.path.join(mdir, "saved_model_tf")
        tf.saved_model.save(model, sm_tf, signatures=concrete(model, None))
        strip_variable_data(sm_tf)
        files.append(file_entry(sm_tf, "saved_model", "none",
                                dict(describe_saved_model(sm_tf), written_by="tf.saved_model.save")))

    for f in files:
        got = f.get("macs_from_file")
        if got is not None and got != hand:
            raise SystemExit(f"{f['path']}: {got} MACs from the file, {hand} from Keras")
    ref["files"] = files
    refs["models"][name] = ref
    print(f"{name}: params {ref['params']:,}  MACs {hand:,}  files {len(files)}  "
          f"{sum(f['bytes'] for f in files):,} bytes", flush=True)


class FusedBatchNormNet(tf.Module):
    """A TF1-style network with no Keras in it: FusedBatchNormV3 where no convolution precedes it
    (so the converter cannot fold it away), as Keras 2 and TF1 graphs converted to TF.js carry."""

    def __init__(self):
        super().__init__()
        rng = np.random.default_rng(SEED)

        def var(shape, name, low=None):
            value = rng.uniform(0.5, 1.5, shape) if low else rng.standard_normal(shape) * 0.1
            return tf.Variable(value.astype(np.float32), name=name)

        self.bn1 = [var([4], "bn1_scale"), var([4], "bn1_offset"), var([4], "bn1_mean"), var([4], "bn1_var", True)]
        self.conv1 = [var([3, 3, 4, 8], "conv1_kernel"), var([8], "conv1_bias")]
        self.bn2 = [var([8], "bn2_scale"), var([8], "bn2_offset"), var([8], "bn2_mean"), var([8], "bn2_var", True)]
        self.conv2 = [var([1, 1, 8, 8], "conv2_kernel"), var([8], "conv2_bias")]
        self.dense = [var([8, 3], "dense_kernel"), var([3], "dense_bias")]

    @staticmethod
    def bn(x, p):
        return tf.compat.v1.nn.fused_batch_norm(x, p[0], p[1], mean=p[2], variance=p[3],
                                                 is_training=False)[0]

    def __call__(self, x):
        x = self.bn(x, self.bn1)
        x = tf.nn.relu(tf.nn.bias_add(tf.nn.conv2d(x, self.conv1[0], 1, "SAME"), self.conv1[1]))
        x = tf.nn.max_pool2d(x, 2, 2, "VALID")
        y = self.bn(x, self.bn2)
        y = tf.nn.bias_add(tf.nn.conv2d(y, self.conv2[0], 1, "SAME"), self.conv2[1])
        x = tf.reduce_mean(x + y, axis=[1, 2])
        return tf.nn.softmax(tf.matmul(x, self.dense[0]) + self.dense[1])


# MACs by hand: conv1 16x16 outputs x 8 filters x 3x3x4; conv2 8x8 x 8 x 1x1x8; dense 8 x 3.
FUSED_BN_MACS = {"conv1": 16 * 16 * 8 * 3 * 3 * 4, "conv2": 8 * 8 * 8 * 8, "dense": 8 * 3}


def make_tf_module(name, refs):
    """The FusedBatchNormV3 network: SavedModel (tf.saved_model.save), graph model, TFLite float32."""
    net = FusedBatchNormNet()
    mdir = os.path.join(OUT, name)
    shutil.rmtree(mdir, ignore_errors=True)
    os.makedirs(mdir)
    fn1 = tf.function(net.__call__).get_concrete_function(tf.TensorSpec([1, 16, 16, 4], tf.float32, name="image"))
    open_fn = tf.function(net.__call__).get_concrete_function(tf.TensorSpec([None, 16, 16, 4], tf.float32, name="image"))
    hand = sum(FUSED_BN_MACS.values())
    walked, counts = walk_macs(fn1)
    if hand != walked:
        raise SystemExit(f"{name}: hand formula {hand} != TF op walk {walked} MACs")
    files = []
    data, flex = tflite_batch1(None, fn1, "float32")
    path = os.path.join(mdir, f"{name}.float32.tflite")
    with open(path, "wb") as f:
        f.write(data)
    files.append(file_entry(path, "tflite", "none", dict(describe_tflite(data), select_tf_ops=flex)))
    sm = os.path.join(mdir, "saved_model_tf")
    tf.saved_model.save(net, sm, signatures=open_fn)
    gm = os.path.join(mdir, "graph_model")
    files.append(file_entry(gm, "tfjs-graph-model", "none", describe_graph_model(gm, *write_graph_model(sm, gm))))
    strip_variable_data(sm)
    files.append(file_entry(sm, "saved_model", "none",
                            dict(describe_saved_model(sm), written_by="tf.saved_model.save (tf.Module, no Keras)")))
    for f in files:
        if f.get("macs_from_file") is not None and f["macs_from_file"] != hand:
            raise SystemExit(f"{f['path']}: {f['macs_from_file']} MACs from the file, {hand} by hand")
    refs["models"][name] = {
        "params": int(sum(prod(v.shape) for v in net.trainable_variables)),
        "trainable_params": int(sum(prod(v.shape) for v in net.trainable_variables)),
        "params_note": "every tf.Variable of the module (batch-norm statistics included); no Keras model",
        "macs": hand,
        "macs_per_layer": FUSED_BN_MACS,
        "macs_check": {"hand_formula": hand, "tf_op_walk": walked, "tf_op_walk_while_loops": counts["while_loops"],
                       "tf1_profiler_float_ops": profiler_flops(fn1)},
        "input_shapes": [[16, 16, 4]],
        "input_dtypes": ["float32"],
        "layers": ["FusedBatchNormV3", "Conv2D+BiasAdd+Relu", "MaxPool", "FusedBatchNormV3", "Conv2D+BiasAdd",
                   "AddV2", "Mean", "MatMul+Add", "Softmax"],
        "files": files,
    }
    print(f"{name}: params {refs['models'][name]['params']:,}  MACs {hand:,}  files {len(files)}", flush=True)


TF_MODULES = {"tf_fused_batch_norm": make_tf_module}


def main():
    if sys.argv[1:2] == ["--tflite-child"]:
        return tflite_child(*sys.argv[2:5])
    names = sys.argv[1:] or list(MODELS) + list(TF_MODULES)
    unknown = [n for n in names if n not in MODELS and n not in TF_MODULES]
    if unknown:
        raise SystemExit(f"unknown model(s) {unknown}; known: {list(MODELS) + list(TF_MODULES)}")
    os.makedirs(OUT, exist_ok=True)
    ref_path = os.path.join(OUT, "references.json")
    refs = {"models": {}}
    if os.path.exists(ref_path):
        with open(ref_path) as f:
            refs = json.load(f)
    refs["generated_by"] = {
        "script": "scripts/make-tf-formats.py",
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "optional_packages": OPTIONAL_STATUS,
        "seed": SEED,
    }
    refs["conventions"] = {
        "macs": "multiply-accumulates of Dense/Conv/Depthwise/Separable/ConvTranspose, RNN gates "
                "(every step), attention projections and the two attention products; 0 elsewhere "
                "(flopgate's `macs` convention). Batch 1.",
        "params": "keras Model.count_params(): every weight, trainable or not (BatchNormalization "
                  "moving statistics included). A quantized file counts the same weights.",
        "notebook_flops": "seed notebook: 2 per MAC, bias not counted, ReLU 1 and softmax 5 per output.",
        "macs_check": "hand_formula: per Keras layer; tf_op_walk: over the frozen batch-1 TF graph, "
                      "While bodies times their trip count; tf1_profiler_float_ops: what the TF1 "
                      "profiler reports on the frozen graph with control flow lowered (2 per MAC "
                      "plus element-wise ops it knows; loop bodies once; no Einsum statistics).",
    }
    for name in names:
        if name in TF_MODULES:
            TF_MODULES[name](name, refs)
        else:
            make(name, refs)
    order = list(MODELS) + list(TF_MODULES)
    refs["models"] = dict(sorted(refs["models"].items(), key=lambda kv: order.index(kv[0])))
    with open(ref_path, "w") as f:
        json.dump(refs, f, indent=1)
        f.write("\n")
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(OUT) for f in fs)
    print(f"wrote {rel(ref_path)}; {total:,} bytes under {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
