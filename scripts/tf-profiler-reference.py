#!/usr/bin/env python3
"""TensorFlow 2.21 profiler reference figures for one-layer (and one-op) Keras 3 models.

Run by hand, never in CI or at test time:

    python3 scripts/tf-profiler-reference.py            # all cases
    python3 scripts/tf-profiler-reference.py --only Dense  # ids containing "Dense" (prints, writes nothing)

The first run makes a venv in .bench-tmp/tfref-venv (git-ignored) with tensorflow-cpu 2.21.0
and keras 3.15.1 from the configured pip index, then re-runs itself inside it. Extra pip
arguments (e.g. `--index-url file:///opt/pypi/simple` where only a local index answers) go in
TFREF_PIP_ARGS. Writes __tests__/data/tf-profiler/layers.json (figures) and models.json.gz
(each case's exact model.to_json() text, by id), and the generated table at the end of
registry.md; takes about 5 minutes on 2 cores. Two runs give byte-identical files.

What is measured, per case (a Keras 3 functional model of one layer or one keras.ops call,
batch 1, float32, inputs declared with batch_shape (1, ...)):
- the counting keras-flops does: tf.function(lambda *x: model(x, training=False)) traced
  on TensorSpecs of the inputs, frozen by convert_variables_to_constants_v2 (which lowers
  control flow, so a recurrent loop body appears once, and prunes what the outputs do not
  need), then tf.compat.v1.profiler.profile(cmd='scope', float_operation()) -> `tf`;
- the same total recomputed by walking the frozen graph and asking TF's flops registry per
  node, exactly as tfprof_logger does (a ValueError, e.g. an unknown shape or NCHW pooling,
  counts 0; fractional results are truncated by int()), grouped by op type -> `tf_ops`;
  the script stops if the walk and the profiler disagree;
- op types inside function calls the profiler cannot see into (Keras compiles grouped and
  channels-first 3-D convolutions with XLA on CPU) -> `uncounted_calls`;
- the profiler on the unfrozen traced graph (variables not folded, dead code kept) ->
  `tf_unfrozen`; it is not the reference. It helps explain older figures: the recurrent rows
  of the KERAS table in __tests__/keras-layers.test.ts also count Keras' discarded time-zero
  step, which freezing prunes here and the unfrozen graph keeps.
The frozen function is also run once on zeros so a case whose CPU kernel does not exist is
skipped with the reason rather than recorded.
"""
import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".bench-tmp" / "tfref-venv"
OUT = ROOT / "__tests__" / "data" / "tf-profiler" / "layers.json"
MODELS = OUT.with_name("models.json.gz")
TF_VERSION = "2.21.0"
KERAS_VERSION = "3.15.1"


def ensure_venv():
    """Re-exec inside the venv, making it first if needed (the system Python has no TF)."""
    py = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        extra = os.environ.get("TFREF_PIP_ARGS", "").split()
        subprocess.run([str(py), "-m", "pip", "install", *extra,
                        f"tensorflow-cpu=={TF_VERSION}", f"keras=={KERAS_VERSION}"], check=True)
    os.execv(str(py), [str(py), __file__, *sys.argv[1:]])


ensure_venv()

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ["KERAS_BACKEND"] = "tensorflow"
os.environ["CUDA_VISIBLE_DEVICES"] = ""
import warnings  # noqa: E402

warnings.filterwarnings("ignore")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
from keras import layers as L, ops as K  # noqa: E402
from tensorflow.python.framework import ops as tf_ops_mod  # noqa: E402
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2  # noqa: E402

tf.get_logger().setLevel("ERROR")
assert tf.__version__ == TF_VERSION and keras.__version__ == KERAS_VERSION, (tf.__version__, keras.__version__)

# ---------------------------------------------------------------------------------------------
# Measuring one model
# ---------------------------------------------------------------------------------------------


def _profile_total(graph):
    opts = tf.compat.v1.profiler.ProfileOptionBuilder.float_operation()
    opts["output"] = "none"
    res = tf.compat.v1.profiler.profile(graph=graph, run_meta=tf.compat.v1.RunMetadata(), cmd="scope", options=opts)
    return int(res.total_float_ops)


def _per_type(graph):
    """{op type: [nodes, flops] or [nodes, flops, nodes whose statistics raised]}, as tfprof_logger counts."""
    out = {}
    for op in graph.get_operations():
        # Lowering a loop leaves dangling placeholders for unused inputs; how many depends on
        # what the process traced before (names are reused), not on the model. No flops.
        if op.type == "Placeholder" and op.name.startswith("unused_control_flow_input"):
            continue
        err = 0
        try:
            stats = tf_ops_mod.get_stats_for_node_def(graph, op.node_def, "flops")
            v = int(stats.value) if stats and stats.value else 0
        except ValueError:
            v, err = 0, 1
        e = out.setdefault(op.type, [0, 0, 0])
        e[0] += 1
        e[1] += v
        e[2] += err
    return {k: (v if v[2] else v[:2]) for k, v in sorted(out.items())}


def _called_ops(graph_def):
    """Op types inside the function library (bodies of calls the profiler counts as 0)."""
    counts = {}
    for f in graph_def.library.function:
        for n in f.node_def:
            counts[n.op] = counts.get(n.op, 0) + 1
    return dict(sorted(counts.items()))


def _check_walk(per, total):
    walked = sum(v[1] for v in per.values())
    if walked != total:
        raise SystemExit(f"registry walk {walked} != profiler {total}: the method is wrong")


def measure(model):
    specs = [tf.TensorSpec(t.shape, t.dtype) for t in model.inputs]
    fn = tf.function(lambda *xs: model(xs[0] if len(xs) == 1 else list(xs), training=False))
    concrete = fn.get_concrete_function(*specs)
    zeros = [tf.zeros(s.shape, s.dtype) for s in specs]
    try:
        frozen = convert_variables_to_constants_v2(concrete)
    except ValueError as e:
        # Keras' stateful seed generators assign a variable even at inference, which freezing
        # refuses (so keras-flops fails on such a model): only the unfrozen figures exist.
        ran = concrete(*zeros)
        ran = ran if isinstance(ran, (list, tuple)) else [ran]
        total, per = _profile_total(concrete.graph), _per_type(concrete.graph)
        _check_walk(per, total)
        return {"ran_shapes": [[int(d) for d in t.shape] for t in ran], "tf": None,
                "tf_error": f"convert_variables_to_constants_v2: {str(e).splitlines()[0][:200]}",
                "tf_unfrozen": total, "tf_ops_unfrozen": per}
    # The CPU must be able to run it: a graph no kernel exists for is no reference.
    ran = frozen(*zeros)
    graph = frozen.graph
    total = _profile_total(graph)
    per = _per_type(graph)
    _check_walk(per, total)
    ran = ran if isinstance(ran, (list, tuple)) else [ran]
    res = {"ran_shapes": [[int(d) for d in t.shape] for t in ran], "tf": total, "tf_ops": per}
    calls = _called_ops(graph.as_graph_def())
    if calls:
        res["uncounted_calls"] = calls
    res["tf_unfrozen"] = _profile_total(concrete.graph)
    return res


# ---------------------------------------------------------------------------------------------
# Recording configs the way the existing KERAS table does
# ---------------------------------------------------------------------------------------------

DROP = {"name", "trainable", "seed", "quantization_config"}


def clean(v, keep_dtype=False):
    """get_config() minus names, dtypes, seeds, initialisers, regularisers, constraints.

    An op keeps its dtype (Cast's target); a layer's is its float32 policy.
    """
    if isinstance(v, dict):
        if "class_name" in v and "config" in v and "module" in v:
            return {"class_name": v["class_name"], "config": clean(v["config"])}
        out = {}
        for k, x in v.items():
            if k in DROP or k.endswith(("_initializer", "_regularizer", "_constraint")):
                continue
            if k == "dtype" and not (keep_dtype and isinstance(x, str)):
                continue
            out[k] = clean(x)
        return out
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    return v




# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------

CASES = []  # dicts: id, kind, build(inputs) -> outputs, inputs [(shape, dtype)], extra fields


def _spec(inputs):
    return [(tuple(s), "float32") if not (isinstance(s, tuple) and len(s) == 2 and isinstance(s[1], str)) else (tuple(s[0]), s[1]) for s in inputs]


def layer(id_, make, *inputs, call=None, **extra):
    """A one-layer model. call(layer, tensors) defaults to layer(x) or layer([x, y, ...])."""
    def build(xs):
        lyr = make()
        if call:
            return lyr, call(lyr, xs)
        return lyr, lyr(xs[0] if len(xs) == 1 else xs)
    CASES.append({"id": id_, "kind": "layer", "build": build, "inputs": _spec(inputs), **extra})


def op(id_, fn, *inputs, **extra):
    """A one-op model: fn(*tensors) on symbolic inputs."""
    CASES.append({"id": id_, "kind": "op", "build": lambda xs: (None, fn(*xs)), "inputs": _spec(inputs), **extra})


def i32(*shape):
    return (shape, "int32")


def table_rows():
    """The KERAS rows of __tests__/keras-layers.test.ts, reproduced as cases."""
    src = (ROOT / "__tests__" / "keras-layers.test.ts").read_text()
    body = src[src.index("const KERAS: Row[] = ["):]
    body = body[: body.index("];\n") + 1]
    rows = []
    for line in body.splitlines()[1:]:
        line = line.strip()
        if not line.startswith("["):
            continue
        for end in (",];", ",]", ","):  # the last row closes the array on its own line
            if line.endswith(end):
                line = line[: -len(end)]
                break
        rows.append(json.loads(line))
    return rows


def _with_module(v):
    """The table writes nested layers as {class_name, config}; Keras 3 wants their module back."""
    if isinstance(v, dict):
        out = {k: _with_module(x) for k, x in v.items()}
        if "class_name" in v and "config" in v and "module" not in v:
            out["module"] = "keras.layers"
        return out
    return [_with_module(x) for x in v] if isinstance(v, list) else v


MULTI_ARG = {"MultiHeadAttention", "GroupedQueryAttention", "GroupQueryAttention"}


def add_table_cases():
    for i, row in enumerate(table_rows()):
        cls, cfg, ins, outs, params, tf_flops = row[:6]
        why = row[6] if len(row) > 6 else None

        def make(cls=cls, cfg=cfg):
            return getattr(keras.layers, cls).from_config(_with_module(cfg))
        call = (lambda lyr, xs: lyr(*xs)) if cls in MULTI_ARG else None
        table = {"row": i, "outputs": outs, "params": params, "tf": tf_flops}
        if why:
            table["why"] = why
        layer(f"table{i:03d}/{cls}", make, *[tuple(s) for s in ins], call=call, table=table, table_config=cfg)


ACTIVATIONS = sorted(a for a in dir(keras.activations)
                     if not a.startswith("_") and a not in {"get", "serialize", "deserialize"})


def add_core():
    CASES.append({"id": "InputLayer", "kind": "layer", "build": lambda xs: (None, xs[0]), "inputs": _spec([(3, 5)])})
    layer("Identity", lambda: L.Identity(), (3, 5))
    for act in ACTIVATIONS:
        layer(f"Activation/{act}", lambda act=act: L.Activation(act), (3, 6))
        layer(f"Dense/activation-{act}", lambda act=act: L.Dense(4, activation=act), (6,))
    layer("Dense/no-bias", lambda: L.Dense(4, use_bias=False), (6,))
    layer("Dense/3d-input", lambda: L.Dense(7), (3, 5))
    layer("Dense/4d-input-relu", lambda: L.Dense(3, activation="relu"), (2, 3, 5))
    layer("Dense/no-bias-3d", lambda: L.Dense(3, use_bias=False), (4, 5))
    ed = [
        ("ab,bc->ac", [8], "c", (5,)),
        ("ab,bc->ac", [8], None, (5,)),
        ("abc,cd->abd", [None, 6], "d", (4, 5)),
        ("abc,cde->abde", [None, 3, 4], "de", (6, 5)),
        ("abc,cde->abde", [None, 3, 4], "e", (6, 5)),
        ("abc,cd->ad", [6], "d", (4, 5)),
        ("abcd,cde->abe", [None, 6], "e", (3, 4, 5)),
        ("...b,bc->...c", [8], None, (4, 5)),
        ("...b,bc->...c", [8], "c", (4, 5)),
        ("...b,bc->...c", [8], None, (5,)),
        ("ab...,bc->ac...", [7, 3], None, (5, 3)),
        ("ab...,bc->ac...", [7, 3], "c", (5, 3)),
    ]
    for eq, outshape, bias, ins in ed:
        tag = f"{eq}|bias={bias}|in={'x'.join(map(str, ins))}"
        layer(f"EinsumDense/{tag}", lambda eq=eq, o=outshape, b=bias: L.EinsumDense(eq, o, bias_axes=b), ins)
    layer("EinsumDense/relu", lambda: L.EinsumDense("abc,cd->abd", [None, 6], bias_axes="d", activation="relu"), (4, 5))
    layer("Embedding", lambda: L.Embedding(50, 6), i32(7))
    layer("Embedding/mask_zero", lambda: L.Embedding(50, 6, mask_zero=True), i32(7))
    layer("Embedding/2d-ids", lambda: L.Embedding(20, 4), i32(3, 5))
    layer("Masking", lambda: L.Masking(), (4, 3))
    layer("Masking/value", lambda: L.Masking(mask_value=-1.0), (4, 3))


def add_conv():
    for pad in ["valid", "same", "causal"]:
        for s in [1, 2]:
            layer(f"Conv1D/{pad}-s{s}", lambda p=pad, s=s: L.Conv1D(4, 3, strides=s, padding=p), (10, 3))
    for pad in ["valid", "same", "causal"]:
        layer(f"Conv1D/{pad}-dilation2", lambda p=pad: L.Conv1D(4, 3, dilation_rate=2, padding=p), (10, 3))
    layer("Conv1D/groups3", lambda: L.Conv1D(6, 3, groups=3), (10, 3))
    layer("Conv1D/no-bias", lambda: L.Conv1D(4, 3, use_bias=False), (10, 3))
    layer("Conv1D/relu", lambda: L.Conv1D(4, 3, activation="relu"), (10, 3))
    layer("Conv1D/channels_first", lambda: L.Conv1D(4, 3, data_format="channels_first"), (3, 10))
    layer("Conv1D/k1", lambda: L.Conv1D(5, 1), (10, 3))

    for pad in ["valid", "same"]:
        for s in [1, 2]:
            layer(f"Conv2D/{pad}-s{s}", lambda p=pad, s=s: L.Conv2D(4, 3, strides=s, padding=p), (9, 8, 3))
        layer(f"Conv2D/{pad}-dilation2", lambda p=pad: L.Conv2D(4, 3, dilation_rate=2, padding=p), (9, 8, 3))
        layer(f"Conv2D/{pad}-groups3", lambda p=pad: L.Conv2D(6, 3, padding=p, groups=3), (9, 8, 3))
        layer(f"Conv2D/{pad}-channels_first", lambda p=pad: L.Conv2D(4, 3, padding=p, data_format="channels_first"), (3, 9, 8))
        layer(f"Conv2D/{pad}-channels_first-s2", lambda p=pad: L.Conv2D(4, 3, strides=2, padding=p, data_format="channels_first"), (3, 9, 8))
    layer("Conv2D/k3x2-s2x1", lambda: L.Conv2D(4, (3, 2), strides=(2, 1)), (9, 8, 3))
    layer("Conv2D/no-bias", lambda: L.Conv2D(4, 3, use_bias=False), (9, 8, 3))
    layer("Conv2D/groups-depthwise-like", lambda: L.Conv2D(3, 3, groups=3), (9, 8, 3))
    layer("Conv2D/k1", lambda: L.Conv2D(5, 1), (9, 8, 3))

    for pad in ["valid", "same"]:
        for s in [1, 2]:
            layer(f"Conv3D/{pad}-s{s}", lambda p=pad, s=s: L.Conv3D(2, 2, strides=s, padding=p), (6, 5, 4, 3))
        layer(f"Conv3D/{pad}-dilation2", lambda p=pad: L.Conv3D(2, 2, dilation_rate=2, padding=p), (6, 5, 4, 3))
        layer(f"Conv3D/{pad}-channels_first", lambda p=pad: L.Conv3D(2, 2, padding=p, data_format="channels_first"), (3, 6, 5, 4))
    layer("Conv3D/groups3", lambda: L.Conv3D(6, 2, groups=3), (6, 5, 4, 3))
    layer("Conv3D/no-bias", lambda: L.Conv3D(2, 2, use_bias=False), (6, 5, 4, 3))

    for pad in ["valid", "same"]:
        for s in [1, 2]:
            layer(f"Conv1DTranspose/{pad}-s{s}", lambda p=pad, s=s: L.Conv1DTranspose(4, 3, strides=s, padding=p), (7, 3))
        layer(f"Conv1DTranspose/{pad}-channels_first", lambda p=pad: L.Conv1DTranspose(4, 3, strides=2, padding=p, data_format="channels_first"), (3, 7))
    layer("Conv1DTranspose/output_padding1", lambda: L.Conv1DTranspose(4, 3, strides=2, output_padding=1), (7, 3))
    layer("Conv1DTranspose/dilation2", lambda: L.Conv1DTranspose(4, 3, dilation_rate=2), (7, 3))
    layer("Conv1DTranspose/no-bias", lambda: L.Conv1DTranspose(4, 3, strides=2, use_bias=False), (7, 3))

    for pad in ["valid", "same"]:
        for s in [1, 2]:
            layer(f"Conv2DTranspose/{pad}-s{s}", lambda p=pad, s=s: L.Conv2DTranspose(4, 3, strides=s, padding=p), (5, 6, 3))
        layer(f"Conv2DTranspose/{pad}-channels_first", lambda p=pad: L.Conv2DTranspose(4, 3, strides=2, padding=p, data_format="channels_first"), (3, 5, 6))
        layer(f"Conv2DTranspose/{pad}-output_padding1", lambda p=pad: L.Conv2DTranspose(2, 3, strides=2, padding=p, output_padding=1), (5, 6, 3))
    layer("Conv2DTranspose/k3x2-s2x1", lambda: L.Conv2DTranspose(4, (3, 2), strides=(2, 1)), (5, 6, 3))
    layer("Conv2DTranspose/k2-s2", lambda: L.Conv2DTranspose(4, 2, strides=2), (5, 6, 3))
    layer("Conv2DTranspose/dilation2", lambda: L.Conv2DTranspose(4, 3, dilation_rate=2), (5, 6, 3))
    layer("Conv2DTranspose/no-bias", lambda: L.Conv2DTranspose(4, 3, strides=2, use_bias=False), (5, 6, 3))
    # TF's Conv2DBackpropInput formula divides by the strides: odd sizes leave a fraction that int() drops.
    layer("Conv2DTranspose/fraction-half", lambda: L.Conv2DTranspose(3, 3, strides=2, use_bias=False), (5, 6, 3))
    layer("Conv2DTranspose/fraction-ninths", lambda: L.Conv2DTranspose(1, 4, strides=3, use_bias=False), (2, 2, 1))

    for pad in ["valid", "same"]:
        for s in [1, 2]:
            layer(f"Conv3DTranspose/{pad}-s{s}", lambda p=pad, s=s: L.Conv3DTranspose(2, 2, strides=s, padding=p), (3, 3, 3, 2))
        layer(f"Conv3DTranspose/{pad}-channels_first", lambda p=pad: L.Conv3DTranspose(2, 2, strides=2, padding=p, data_format="channels_first"), (2, 3, 3, 3))
    layer("Conv3DTranspose/k3-s2-output_padding1", lambda: L.Conv3DTranspose(2, 3, strides=2, output_padding=1), (3, 3, 3, 2))

    for dm in [1, 2]:
        for pad in ["valid", "same"]:
            layer(f"DepthwiseConv1D/dm{dm}-{pad}", lambda dm=dm, p=pad: L.DepthwiseConv1D(3, depth_multiplier=dm, padding=p), (8, 3))
            layer(f"DepthwiseConv2D/dm{dm}-{pad}", lambda dm=dm, p=pad: L.DepthwiseConv2D(3, depth_multiplier=dm, padding=p), (8, 8, 3))
            layer(f"SeparableConv1D/dm{dm}-{pad}", lambda dm=dm, p=pad: L.SeparableConv1D(5, 3, depth_multiplier=dm, padding=p), (8, 3))
            layer(f"SeparableConv2D/dm{dm}-{pad}", lambda dm=dm, p=pad: L.SeparableConv2D(5, 3, depth_multiplier=dm, padding=p), (8, 8, 3))
    for cls, ins1, ins2 in [("DepthwiseConv1D", (9, 3), (3, 9)), ("DepthwiseConv2D", (9, 8, 3), (3, 9, 8)),
                            ("SeparableConv1D", (9, 3), (3, 9)), ("SeparableConv2D", (9, 8, 3), (3, 9, 8))]:
        sep = cls.startswith("Separable")
        args = (5, 3) if sep else (3,)
        C = getattr(L, cls)
        layer(f"{cls}/s2-same", lambda C=C, a=args: C(*a, strides=2, padding="same"), ins1)
        layer(f"{cls}/dilation2", lambda C=C, a=args: C(*a, dilation_rate=2), ins1)
        layer(f"{cls}/no-bias", lambda C=C, a=args: C(*a, use_bias=False), ins1)
        layer(f"{cls}/channels_first", lambda C=C, a=args: C(*a, data_format="channels_first"), ins2)
        layer(f"{cls}/relu", lambda C=C, a=args: C(*a, activation="relu"), ins1)


def add_pooling():
    shapes = {1: ((9, 3), (3, 9)), 2: ((9, 9, 3), (3, 9, 9)), 3: ((4, 5, 6, 2), (2, 4, 5, 6))}
    for d in (1, 2, 3):
        last, first = shapes[d]
        for kind in ("MaxPooling", "AveragePooling"):
            C = getattr(L, f"{kind}{d}D")
            cls = f"{kind}{d}D"
            layer(f"{cls}/p2-valid", lambda C=C: C(2), last)
            layer(f"{cls}/p2-same", lambda C=C: C(2, padding="same"), last)
            layer(f"{cls}/p3-s2-valid", lambda C=C: C(3, strides=2), last)
            layer(f"{cls}/p3-s1-same", lambda C=C: C(3, strides=1, padding="same"), last)
            layer(f"{cls}/channels_first", lambda C=C: C(2, data_format="channels_first"), first)
        for kind in ("GlobalAveragePooling", "GlobalMaxPooling"):
            C = getattr(L, f"{kind}{d}D")
            cls = f"{kind}{d}D"
            for keep in (False, True):
                layer(f"{cls}/keepdims-{keep}", lambda C=C, k=keep: C(keepdims=k), last)
                layer(f"{cls}/channels_first-keepdims-{keep}", lambda C=C, k=keep: C(data_format="channels_first", keepdims=k), first)
        for kind in ("AdaptiveAveragePooling", "AdaptiveMaxPooling"):
            C = getattr(L, f"{kind}{d}D")
            cls = f"{kind}{d}D"
            # Windows of one size when the output divides the input; of two sizes otherwise.
            layer(f"{cls}/divides", lambda C=C, d=d: C({1: 3, 2: (3, 3), 3: (2, 2, 2)}[d]), last if d != 3 else (4, 4, 6, 2))
            layer(f"{cls}/uneven", lambda C=C, d=d: C(tuple([2] * (d - 1) + [4]) if d > 1 else 4), last)
            layer(f"{cls}/channels_first", lambda C=C, d=d: C(tuple([2] * d) if d > 1 else 2, data_format="channels_first"), first)


def add_norm():
    layer("BatchNormalization/1d", lambda: L.BatchNormalization(), (5,))
    layer("BatchNormalization/4d", lambda: L.BatchNormalization(), (4, 4, 3))
    layer("BatchNormalization/4d-axis1", lambda: L.BatchNormalization(axis=1), (3, 4, 4))
    layer("BatchNormalization/no-center-no-scale", lambda: L.BatchNormalization(center=False, scale=False), (4, 4, 3))
    for axis, ins in [(-1, (5, 4)), ([1, 2], (5, 4, 3)), (1, (5, 4, 3)), (-2, (5, 4, 3)), ([-1], (6,))]:
        for center, scale in [(True, True), (False, False)]:
            layer(f"LayerNormalization/axis{axis}-center{center}-scale{scale}",
                  lambda a=axis, c=center, s=scale: L.LayerNormalization(axis=a, center=c, scale=s), ins)
    layer("LayerNormalization/rms_scaling-4d", lambda: L.LayerNormalization(rms_scaling=True), (4, 4, 3))
    layer("LayerNormalization/rms_scaling-axis12", lambda: L.LayerNormalization(axis=[1, 2], rms_scaling=True), (5, 4, 3))
    for g in (1, 2, -1):
        layer(f"GroupNormalization/groups{g}", lambda g=g: L.GroupNormalization(groups=g), (4, 4, 6))
    layer("GroupNormalization/no-center-no-scale", lambda: L.GroupNormalization(groups=3, center=False, scale=False), (4, 4, 6))
    layer("GroupNormalization/axis1", lambda: L.GroupNormalization(groups=2, axis=1), (6, 4, 4))
    layer("GroupNormalization/3d", lambda: L.GroupNormalization(groups=2), (5, 6))
    layer("RMSNormalization/last", lambda: L.RMSNormalization(), (10, 16))
    layer("RMSNormalization/axis12", lambda: L.RMSNormalization(axis=[1, 2]), (5, 4))
    layer("RMSNormalization/2d", lambda: L.RMSNormalization(), (8,))
    layer("UnitNormalization/last", lambda: L.UnitNormalization(), (5, 4))
    layer("UnitNormalization/axis12", lambda: L.UnitNormalization(axis=[1, 2]), (5, 4, 3))
    layer("Normalization/scalar", lambda: L.Normalization(mean=0.5, variance=2.0), (4, 3))
    layer("Normalization/per-channel", lambda: L.Normalization(mean=[0.1, 0.2, 0.3], variance=[1.0, 2.0, 3.0]), (4, 4, 3))
    layer("Normalization/invert", lambda: L.Normalization(mean=0.5, variance=2.0, invert=True), (4, 3))
    layer("Normalization/axis1", lambda: L.Normalization(axis=1, mean=[0.1, 0.2, 0.3, 0.4], variance=[1.0, 2.0, 3.0, 4.0]), (4, 3))
    for cls, mk, ins in [("Dropout", lambda: L.Dropout(0.5), (5,)), ("SpatialDropout1D", lambda: L.SpatialDropout1D(0.5), (4, 3)),
                         ("SpatialDropout2D", lambda: L.SpatialDropout2D(0.5), (4, 4, 3)),
                         ("SpatialDropout3D", lambda: L.SpatialDropout3D(0.5), (2, 4, 4, 3)),
                         ("GaussianDropout", lambda: L.GaussianDropout(0.1), (5,)), ("AlphaDropout", lambda: L.AlphaDropout(0.1), (5,)),
                         ("GaussianNoise", lambda: L.GaussianNoise(0.1), (5,)),
                         ("ActivityRegularization", lambda: L.ActivityRegularization(l1=0.01, l2=0.01), (5,))]:
        layer(cls, mk, ins)


def add_activation_layers():
    for mv in (None, 6.0):
        for ns in (0.0, 0.1):
            for th in (0.0, 0.5):
                layer(f"ReLU/max{mv}-slope{ns}-threshold{th}", lambda mv=mv, ns=ns, th=th: L.ReLU(max_value=mv, negative_slope=ns, threshold=th), (3, 5))
    layer("LeakyReLU/default", lambda: L.LeakyReLU(), (3, 5))
    layer("LeakyReLU/0.2", lambda: L.LeakyReLU(negative_slope=0.2), (3, 5))
    layer("PReLU/none", lambda: L.PReLU(), (4, 4, 3))
    layer("PReLU/shared1", lambda: L.PReLU(shared_axes=[1]), (4, 4, 3))
    layer("PReLU/shared12", lambda: L.PReLU(shared_axes=[1, 2]), (4, 4, 3))
    layer("ELU/1.0", lambda: L.ELU(), (3, 5))
    layer("ELU/0.5", lambda: L.ELU(alpha=0.5), (3, 5))
    layer("Softmax/last", lambda: L.Softmax(), (3, 5))
    layer("Softmax/axis1", lambda: L.Softmax(axis=1), (3, 5))
    layer("Softmax/axis-list", lambda: L.Softmax(axis=[1, 2]), (3, 5))


def add_reshaping():
    layer("Flatten/last", lambda: L.Flatten(), (3, 4, 5))
    layer("Flatten/channels_first", lambda: L.Flatten(data_format="channels_first"), (3, 4, 5))
    layer("Reshape/-1", lambda: L.Reshape((-1, 4)), (3, 4, 2))
    layer("Reshape/flat", lambda: L.Reshape((24,)), (3, 4, 2))
    layer("Permute/21", lambda: L.Permute((2, 1)), (3, 4))
    layer("Permute/312", lambda: L.Permute((3, 1, 2)), (3, 4, 2))
    layer("RepeatVector", lambda: L.RepeatVector(3), (4,))
    layer("Cropping1D", lambda: L.Cropping1D((1, 2)), (8, 3))
    layer("Cropping2D", lambda: L.Cropping2D(((1, 2), (0, 1))), (8, 7, 3))
    layer("Cropping2D/channels_first", lambda: L.Cropping2D(((1, 2), (0, 1)), data_format="channels_first"), (3, 8, 7))
    layer("Cropping3D", lambda: L.Cropping3D(1), (4, 5, 6, 2))
    layer("ZeroPadding1D", lambda: L.ZeroPadding1D(2), (8, 3))
    layer("ZeroPadding2D", lambda: L.ZeroPadding2D(((1, 0), (2, 3))), (8, 7, 3))
    layer("ZeroPadding2D/channels_first", lambda: L.ZeroPadding2D(1, data_format="channels_first"), (3, 8, 7))
    layer("ZeroPadding3D", lambda: L.ZeroPadding3D(((1, 1), (2, 2), (0, 0))), (4, 5, 6, 2))
    layer("UpSampling1D", lambda: L.UpSampling1D(3), (4, 2))
    layer("UpSampling2D/nearest", lambda: L.UpSampling2D((2, 3)), (4, 5, 2))
    layer("UpSampling2D/bilinear", lambda: L.UpSampling2D(2, interpolation="bilinear"), (4, 5, 2))
    layer("UpSampling2D/channels_first", lambda: L.UpSampling2D(2, data_format="channels_first"), (2, 4, 5))
    layer("UpSampling2D/bicubic", lambda: L.UpSampling2D(2, interpolation="bicubic"), (4, 5, 2))
    layer("UpSampling3D", lambda: L.UpSampling3D(2), (2, 3, 4, 2))
    layer("UpSampling3D/channels_first", lambda: L.UpSampling3D(2, data_format="channels_first"), (2, 2, 3, 4))


def add_merge():
    for cls in ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum"):
        C = getattr(L, cls)
        layer(f"{cls}/2", lambda C=C: C(), (4, 3), (4, 3))
        if cls != "Subtract":
            layer(f"{cls}/3", lambda C=C: C(), (4, 3), (4, 3), (4, 3))
        layer(f"{cls}/broadcast", lambda C=C: C(), (4, 3), (1, 3))
    layer("Concatenate/last", lambda: L.Concatenate(), (4, 3), (4, 2))
    layer("Concatenate/axis1-3", lambda: L.Concatenate(axis=1), (4, 3), (2, 3), (1, 3))
    layer("Dot/axes1", lambda: L.Dot(axes=1), (4,), (4,))
    layer("Dot/axes1-normalize", lambda: L.Dot(axes=1, normalize=True), (4,), (4,))
    layer("Dot/axes22", lambda: L.Dot(axes=(2, 2)), (3, 4), (5, 4))
    layer("Dot/axes22-normalize", lambda: L.Dot(axes=(2, 2), normalize=True), (3, 4), (5, 4))
    layer("Dot/axes11", lambda: L.Dot(axes=(1, 1)), (3, 4), (3, 5))
    layer("Dot/axes21", lambda: L.Dot(axes=(2, 1)), (3, 4), (4, 5))


def _rnn_variants(name, make):
    layer(f"{name}/last", lambda: make(), (6, 3))
    layer(f"{name}/sequences", lambda: make(return_sequences=True), (6, 3))
    layer(f"{name}/state", lambda: make(return_state=True), (6, 3))
    layer(f"{name}/go_backwards", lambda: make(go_backwards=True), (6, 3))
    layer(f"{name}/no-bias", lambda: make(use_bias=False), (6, 3))
    layer(f"{name}/unroll", lambda: make(unroll=True), (6, 3))
    layer(f"{name}/unroll-sequences", lambda: make(unroll=True, return_sequences=True), (6, 3))
    layer(f"{name}/T1", lambda: make(), (1, 3))


def add_recurrent():
    _rnn_variants("SimpleRNN", lambda **k: L.SimpleRNN(5, **k))
    _rnn_variants("GRU", lambda **k: L.GRU(5, **k))
    layer("GRU/reset_after-False", lambda: L.GRU(5, reset_after=False), (6, 3))
    layer("GRU/reset_after-False-unroll", lambda: L.GRU(5, reset_after=False, unroll=True), (6, 3))
    _rnn_variants("LSTM", lambda **k: L.LSTM(5, **k))
    layer("LSTM/relu-hard_sigmoid", lambda: L.LSTM(5, activation="relu", recurrent_activation="hard_sigmoid"), (6, 3))
    layer("RNN/LSTMCell", lambda: L.RNN(L.LSTMCell(5)), (6, 3))
    layer("RNN/GRUCell", lambda: L.RNN(L.GRUCell(5)), (6, 3))
    layer("RNN/SimpleRNNCell-sequences", lambda: L.RNN(L.SimpleRNNCell(5), return_sequences=True), (6, 3))
    layer("RNN/StackedRNNCells", lambda: L.RNN(L.StackedRNNCells([L.GRUCell(4), L.SimpleRNNCell(3)]), return_state=True), (6, 3))
    layer("ConvLSTM1D/same-sequences", lambda: L.ConvLSTM1D(2, 3, padding="same", return_sequences=True), (3, 8, 2))
    layer("ConvLSTM1D/valid", lambda: L.ConvLSTM1D(2, 3), (3, 8, 2))
    layer("ConvLSTM2D/same-sequences", lambda: L.ConvLSTM2D(2, 3, padding="same", return_sequences=True), (3, 6, 6, 2))
    layer("ConvLSTM2D/valid-s2-state", lambda: L.ConvLSTM2D(2, 3, strides=2, return_state=True), (3, 7, 7, 2))
    layer("ConvLSTM3D/valid", lambda: L.ConvLSTM3D(2, 2), (2, 4, 4, 4, 1))


def add_attention():
    two = lambda lyr, xs: lyr(*xs)  # noqa: E731 (query, value[, key])
    layer("MultiHeadAttention/self", lambda: L.MultiHeadAttention(2, 3), (4, 6), (4, 6), call=two)
    layer("MultiHeadAttention/cross", lambda: L.MultiHeadAttention(2, 3), (4, 6), (5, 6), call=two)
    layer("MultiHeadAttention/key", lambda: L.MultiHeadAttention(2, 3, value_dim=4), (4, 6), (5, 8), (5, 2), call=two)
    layer("MultiHeadAttention/no-bias", lambda: L.MultiHeadAttention(2, 3, use_bias=False), (4, 6), (5, 6), call=two)
    layer("MultiHeadAttention/gate", lambda: L.MultiHeadAttention(2, 3, use_gate=True), (4, 6), (5, 6), call=two)
    layer("MultiHeadAttention/output_shape", lambda: L.MultiHeadAttention(2, 3, output_shape=7), (4, 6), (5, 6), call=two)
    layer("MultiHeadAttention/axes2", lambda: L.MultiHeadAttention(2, 3, attention_axes=(2,)), (3, 4, 6), (3, 5, 6), call=two)
    layer("MultiHeadAttention/axes-default-4d", lambda: L.MultiHeadAttention(2, 3), (3, 4, 6), (3, 5, 6), call=two)
    layer("MultiHeadAttention/axes12", lambda: L.MultiHeadAttention(2, 3, attention_axes=(1, 2)), (3, 4, 6), (2, 5, 6), call=two)
    layer("MultiHeadAttention/scores", lambda: L.MultiHeadAttention(2, 3), (4, 6), (5, 6),
          call=lambda lyr, xs: lyr(*xs, return_attention_scores=True))
    layer("MultiHeadAttention/causal", lambda: L.MultiHeadAttention(2, 3), (4, 6), (4, 6),
          call=lambda lyr, xs: lyr(*xs, use_causal_mask=True))
    layer("GroupedQueryAttention/self", lambda: L.GroupQueryAttention(4, 4, 2), (10, 16), (10, 16), call=two)
    layer("GroupedQueryAttention/cross-gate-no-bias", lambda: L.GroupQueryAttention(3, 6, 3, use_gate=True, use_bias=False), (10, 16), (7, 16), call=two)
    layer("GroupedQueryAttention/key", lambda: L.GroupQueryAttention(3, 4, 2), (6, 8), (5, 8), (5, 4), call=two)
    layer("GroupedQueryAttention/scores", lambda: L.GroupQueryAttention(3, 6, 3), (10, 16), (7, 16),
          call=lambda lyr, xs: lyr(*xs, return_attention_scores=True))
    layer("Attention/dot", lambda: L.Attention(), (4, 6), (5, 6))
    layer("Attention/dot-scale", lambda: L.Attention(use_scale=True), (4, 6), (5, 6))
    layer("Attention/dot-key", lambda: L.Attention(), (4, 6), (5, 6), (5, 6))
    layer("Attention/concat", lambda: L.Attention(score_mode="concat"), (4, 6), (5, 6))
    layer("Attention/concat-scale", lambda: L.Attention(score_mode="concat", use_scale=True), (4, 6), (5, 6))
    layer("Attention/causal", lambda: L.Attention(), (4, 6), (4, 6), call=lambda lyr, xs: lyr(xs, use_causal_mask=True))
    layer("Attention/scores", lambda: L.Attention(), (4, 6), (5, 6), call=lambda lyr, xs: lyr(xs, return_attention_scores=True))
    layer("AdditiveAttention/scale", lambda: L.AdditiveAttention(), (4, 6), (5, 6))
    layer("AdditiveAttention/no-scale", lambda: L.AdditiveAttention(use_scale=False), (4, 6), (5, 6))
    layer("AdditiveAttention/key", lambda: L.AdditiveAttention(), (4, 6), (5, 6), (5, 6))


RANDOM_LAYERS = [
    ("RandomFlip", {}), ("RandomRotation", {"factor": 0.1}), ("RandomZoom", {"height_factor": 0.1}),
    ("RandomTranslation", {"height_factor": 0.1, "width_factor": 0.1}), ("RandomContrast", {"factor": 0.1}),
    ("RandomBrightness", {"factor": 0.1}), ("RandomGrayscale", {}), ("RandomHue", {"factor": 0.1}),
    ("RandomSaturation", {"factor": 0.1}), ("RandomSharpness", {"factor": 0.1}), ("RandomShear", {"x_factor": 0.1}),
    ("RandomColorDegeneration", {"factor": 0.1}), ("RandomColorJitter", {}), ("RandomElasticTransform", {}),
    ("RandomErasing", {}), ("RandomGaussianBlur", {}), ("RandomInvert", {}), ("RandomPerspective", {}),
    ("RandomPosterization", {"factor": 4}), ("AugMix", {}), ("CutMix", {}), ("MixUp", {}), ("RandAugment", {}),
]


def add_preprocessing():
    layer("Rescaling/1-255", lambda: L.Rescaling(1 / 255.0), (4, 4, 3))
    layer("Rescaling/offset", lambda: L.Rescaling(2.0, offset=-1.0), (4, 4, 3))
    layer("Rescaling/per-channel", lambda: L.Rescaling([1.0, 2.0, 3.0]), (4, 4, 3))
    for interp in ("bilinear", "nearest", "bicubic", "area", "lanczos3", "lanczos5"):
        layer(f"Resizing/{interp}-up", lambda i=interp: L.Resizing(6, 5, interpolation=i), (4, 4, 3))
    layer("Resizing/bilinear-down", lambda: L.Resizing(3, 2, interpolation="bilinear"), (6, 5, 3))
    layer("Resizing/nearest-down", lambda: L.Resizing(3, 2, interpolation="nearest"), (6, 5, 3))
    layer("Resizing/bilinear-antialias-down", lambda: L.Resizing(3, 2, antialias=True), (6, 5, 3))
    layer("Resizing/crop_to_aspect_ratio", lambda: L.Resizing(4, 2, crop_to_aspect_ratio=True), (6, 5, 3))
    layer("Resizing/pad_to_aspect_ratio", lambda: L.Resizing(4, 2, pad_to_aspect_ratio=True), (6, 5, 3))
    layer("Resizing/channels_first", lambda: L.Resizing(6, 5, data_format="channels_first"), (3, 4, 4))
    layer("CenterCrop/smaller", lambda: L.CenterCrop(2, 3), (4, 4, 3))
    layer("CenterCrop/larger", lambda: L.CenterCrop(6, 5), (4, 4, 3))
    layer("RandomCrop", lambda: L.RandomCrop(2, 3), (4, 4, 3))
    for cls, kw in RANDOM_LAYERS:
        layer(cls, lambda cls=cls, kw=kw: getattr(L, cls)(**kw), (8, 8, 3))


def add_wrappers_and_apps():
    from keras.src.applications.convnext import LayerScale, StochasticDepth
    from keras.src.applications.inception_resnet_v2 import CustomScaleLayer
    layer("TimeDistributed/Dense", lambda: L.TimeDistributed(L.Dense(4)), (5, 3))
    layer("TimeDistributed/Conv2D", lambda: L.TimeDistributed(L.Conv2D(2, 3)), (3, 6, 6, 2))
    layer("TimeDistributed/Dense-relu-4d", lambda: L.TimeDistributed(L.Dense(4, activation="relu")), (5, 2, 3))
    for mode in ("concat", "sum", "mul", "ave", None):
        layer(f"Bidirectional/LSTM-{mode}", lambda m=mode: L.Bidirectional(L.LSTM(4, return_sequences=True), merge_mode=m), (6, 3))
    layer("Bidirectional/GRU-last", lambda: L.Bidirectional(L.GRU(4)), (6, 3))
    layer("Bidirectional/SimpleRNN-state", lambda: L.Bidirectional(L.SimpleRNN(4, return_state=True)), (6, 3))
    layer("LayerScale", lambda: LayerScale(1e-6, 6), (4, 4, 6))
    layer("StochasticDepth", lambda: StochasticDepth(0.1), (4, 4, 6))
    layer("CustomScaleLayer", lambda: CustomScaleLayer(0.17), (4, 4, 6), (4, 4, 6))


def add_ops():
    X = (3, 5)
    binary = {"add": K.add, "subtract": K.subtract, "multiply": K.multiply, "divide": K.divide,
              "maximum": K.maximum, "minimum": K.minimum, "true_divide": K.true_divide,
              "greater": K.greater, "equal": K.equal, "less_equal": K.less_equal}
    for name, f in binary.items():
        op(f"ops.{name}/tensors", lambda x, y, f=f: f(x, y), X, X)
        op(f"ops.{name}/broadcast", lambda x, y, f=f: f(x, y), X, (1, 5))
    op("ops.add/constant", lambda x: K.add(x, 3.0), X)
    op("ops.logical_and", lambda x, y: K.logical_and(K.greater(x, 0.0), K.greater(y, 0.0)), X, X)
    op("ops.where", lambda x, y: K.where(K.greater(x, 0.0), x, y), X, X)
    for p in (2, 0.5, 3, -1):
        op(f"ops.power/{p}", lambda x, p=p: K.power(x, p), X)
    op("ops.power/tensor", lambda x, y: K.power(x, y), X, X)
    unary = ["square", "sqrt", "rsqrt", "exp", "expm1", "log", "log1p", "abs", "absolute", "negative", "tanh", "sin",
             "cos", "reciprocal", "sign", "floor", "ceil", "round", "erf", "sigmoid", "relu", "relu6", "gelu", "silu",
             "elu", "selu", "softplus", "softsign", "log_sigmoid", "hard_sigmoid", "hard_silu", "leaky_relu",
             "celu", "sparse_plus", "squareplus", "tanh_shrink", "hard_tanh", "hard_shrink", "soft_shrink", "sparse_sigmoid",
             "softmax", "log_softmax", "sparsemax"]
    for name in unary:
        f = getattr(K, name)
        op(f"ops.{name}", lambda x, f=f: f(x), X)
    op("ops.gelu/exact", lambda x: K.gelu(x, approximate=False), X)
    op("ops.threshold", lambda x: K.threshold(x, 0.5, 0.0), X)
    op("ops.glu", lambda x: K.glu(x), (3, 6))
    op("ops.softmax/axis1", lambda x: K.softmax(x, axis=1), X)
    op("ops.clip", lambda x: K.clip(x, -1.0, 1.0), X)
    for name in ("mean", "sum", "max", "min", "prod"):
        f = getattr(K, name)
        op(f"ops.{name}/axis-1", lambda x, f=f: f(x, axis=-1), X)
        op(f"ops.{name}/axis-1-keepdims", lambda x, f=f: f(x, axis=-1, keepdims=True), X)
        op(f"ops.{name}/axis12-3d", lambda x, f=f: f(x, axis=(1, 2)), (3, 4, 5))
        op(f"ops.{name}/all-axes", lambda x, f=f: f(x), X, batchless=True)
    op("ops.var/axis-1", lambda x: K.var(x, axis=-1), X)
    op("ops.std/axis-1", lambda x: K.std(x, axis=-1), X)
    op("ops.any/axis-1", lambda x: K.any(K.greater(x, 0.0), axis=-1), X)
    op("ops.all/axis-1", lambda x: K.all(K.greater(x, 0.0), axis=-1), X)
    op("ops.argmax/axis-1", lambda x: K.argmax(x, axis=-1), X)
    op("ops.argmin/axis-1", lambda x: K.argmin(x, axis=-1), X)
    op("ops.cumsum/axis-1", lambda x: K.cumsum(x, axis=-1), X)
    op("ops.logsumexp/axis-1", lambda x: K.logsumexp(x, axis=-1), X)
    op("ops.norm/axis-1", lambda x: K.norm(x, axis=-1), X)
    op("ops.reshape", lambda x: K.reshape(x, (1, 5, 3)), X)
    op("ops.reshape/-1", lambda x: K.reshape(x, (-1, 15)), X)
    op("ops.transpose", lambda x: K.transpose(x, (0, 2, 1)), X)
    op("ops.swapaxes", lambda x: K.swapaxes(x, 1, 2), X)
    op("ops.expand_dims", lambda x: K.expand_dims(x, 1), X)
    op("ops.squeeze", lambda x: K.squeeze(x, 1), (1, 5))
    op("ops.concatenate", lambda x, y: K.concatenate([x, y], axis=1), X, (2, 5))
    op("ops.stack", lambda x, y: K.stack([x, y], axis=1), X, X)
    op("ops.split", lambda x: K.split(x, 3, axis=1), (6, 5))
    op("ops.tile", lambda x: K.tile(x, (1, 2, 3)), X)
    op("ops.repeat", lambda x: K.repeat(x, 2, axis=1), X)
    op("ops.broadcast_to", lambda x: K.broadcast_to(x, (1, 4, 5)), (1, 5))
    op("ops.cast", lambda x: K.cast(x, "int32"), X)
    op("ops.matmul/2d-weights", lambda x: K.matmul(x, np.ones((5, 4), "float32")), X)
    op("ops.matmul/tensors", lambda x, y: K.matmul(x, y), (3, 5), (5, 4))
    op("ops.matmul/batched-4d", lambda x, y: K.matmul(x, y), (2, 3, 5), (2, 5, 4))
    op("ops.einsum/1-operand-sum", lambda x: K.einsum("bij->bi", x), X)
    op("ops.einsum/1-operand-transpose", lambda x: K.einsum("bij->bji", x), X)
    op("ops.einsum/2-operands", lambda x, y: K.einsum("bij,bjk->bik", x, y), (3, 5), (5, 4))
    op("ops.einsum/2-operands-ellipsis", lambda x, y: K.einsum("...ij,...jk->...ik", x, y), (3, 5), (5, 4))
    op("ops.einsum/3-operands", lambda x, y, z: K.einsum("bij,bjk,bkl->bil", x, y, z), (3, 5), (5, 4), (4, 2))
    op("ops.dot", lambda x, y: K.dot(x, y), (3, 5), (5, 4))
    op("ops.tensordot", lambda x, y: K.tensordot(x, y, axes=[[2], [1]]), (3, 5), (5, 4))
    op("py/x+3.0", lambda x: x + 3.0, X)
    op("py/x-1.0", lambda x: x - 1.0, X)
    op("py/x*2.0", lambda x: x * 2.0, X)
    op("py/x/2.0", lambda x: x / 2.0, X)
    op("py/-x", lambda x: -x, X)
    op("py/x**2", lambda x: x ** 2, X)
    op("py/x+y", lambda x, y: x + y, X, X)
    op("py/x@y", lambda x, y: x @ y, (3, 5), (5, 4))
    op("py/x[:,0]", lambda x: x[:, 0], X)
    op("py/x[:,1:3]", lambda x: x[:, 1:3], X)
    op("py/x[...,0]", lambda x: x[..., 0], X)
    op("py/x>0", lambda x: x > 0.0, X)
    op("py/hard-sigmoid-MobileNetV3", lambda x: K.relu6(x + 3.0) * (1.0 / 6.0), X)


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------


def run_case(c):
    keras.backend.clear_session()
    # RandomCrop draws a seed into its config when given none: fixed, so a re-run is byte-identical.
    keras.utils.set_random_seed(0)
    inputs = [keras.Input(batch_shape=(1,) + s, dtype=d) for s, d in c["inputs"]]
    lyr, out = c["build"](inputs)
    outs = list(out) if isinstance(out, (list, tuple)) else [out]
    model = keras.Model(inputs, outs if len(outs) > 1 else outs[0])
    doc = json.loads(model.to_json())
    nodes = [x for x in doc["config"]["layers"] if x["class_name"] != "InputLayer"]
    rec = {"id": c["id"], "kind": c["kind"]}
    if c["kind"] == "layer":
        own = next(x for x in doc["config"]["layers"] if x["name"] == (lyr.name if lyr else "input_layer"))
        rec["class"] = own["class_name"]
        rec["module"] = own["module"]
        rec["config"] = clean(own["config"])
    else:
        if not nodes:
            raise RuntimeError("no op node in the model")
        # The node that produces the output is the op under test; nodes lists any helpers.
        rec["class"] = nodes[-1]["class_name"]
        rec["module"] = nodes[-1]["module"]
        rec["config"] = clean(nodes[-1]["config"], keep_dtype=True)
        rec["nodes"] = [[n["class_name"], n["module"]] for n in nodes]
    rec["inputs"] = [list(s) for s, _ in c["inputs"]]
    if any(d != "float32" for _, d in c["inputs"]):
        rec["input_dtypes"] = [d for _, d in c["inputs"]]
    rec["params"] = int(model.count_params())
    m = measure(model)
    # The shapes the frozen graph produced; Keras' symbolic ones only when they say otherwise.
    ran = m.pop("ran_shapes")
    symbolic = [[None if d is None else int(d) for d in o.shape] for o in outs]
    if c.get("batchless"):
        rec["outputs"] = ran
        rec["outputs_have_no_batch_axis"] = True
    else:
        assert all(s[:1] == [1] for s in ran), ran
        rec["outputs"] = [s[1:] for s in ran]
    if symbolic != ran:
        rec["keras_outputs"] = symbolic if c.get("batchless") else [s[1:] for s in symbolic]
    rec.update(m)
    for k in ("note", "table"):
        if k in c:
            rec[k] = c[k]
    if "table_config" in c and c["table_config"] != rec["config"]:
        rec["table"]["config_differs"] = True
    return rec, model.to_json()


def registry_names():
    src = (ROOT / "src" / "keras" / "registry.ts").read_text()
    block = src[src.index("export const RULES"): src.index("};\n", src.index("export const RULES"))]
    names = re.findall(r"^  (\w+):", block, re.M)
    names += re.findall(r"^RULES\.(\w+) =", src, re.M)
    return names


APPLICATION_LAYERS = {"LayerScale": "keras.src.applications.convnext", "StochasticDepth": "keras.src.applications.convnext",
                      "CustomScaleLayer": "keras.src.applications.inception_resnet_v2"}
NOT_IN_KERAS3 = {
    "AtrousConvolution1D": "Keras 1 name (Conv1D with dilation); absent from keras.layers in 3.15",
    "AtrousConvolution2D": "Keras 1 name (Conv2D with dilation); absent from keras.layers in 3.15",
    "Deconvolution2D": "Keras 1 name of Conv2DTranspose; absent from keras.layers in 3.15",
    "Deconvolution3D": "Keras 1 name of Conv3DTranspose; absent from keras.layers in 3.15",
    "ThresholdedReLU": "Keras 2 layer, removed in Keras 3 (ReLU(threshold=...) is measured instead)",
    "Merge": "Keras 1 merge layer, removed in Keras 2",
    "CuDNNGRU": "Keras 2 (TF 1.x / tf.keras) GPU-only layer, removed in Keras 3",
    "CuDNNLSTM": "Keras 2 (TF 1.x / tf.keras) GPU-only layer, removed in Keras 3",
    "GroupedQueryAttention": "the class is exported as keras.layers.GroupQueryAttention only; model JSON writes class_name GroupQueryAttention (measured)",
}


def coverage(records):
    """Every registry class is measured, is an alias of a measured class, or is listed as absent from Keras 3.15."""
    measured = {r["class"] for r in records if r["kind"] == "layer"}
    aliases, missing = {}, []
    for n in registry_names():
        if n in NOT_IN_KERAS3 or n in measured:
            continue
        cls = getattr(keras.layers, n, None)
        if cls is not None and cls.__name__ != n:
            serial = keras.saving.get_registered_name(cls).split(">")[-1]
            if cls.__name__ in measured or serial in measured:
                aliases[n] = serial if serial in measured else cls.__name__
                continue
        missing.append(n)
    return aliases, missing


REGISTRY_MD = OUT.with_name("registry.md")
BEGIN, END = "<!-- BEGIN generated by scripts/tf-profiler-reference.py -->", "<!-- END generated -->"


def write_unregistered(records, registered):
    """Rewrites registry.md's generated table: op types the cases reach that TF does not count."""
    seen = {}
    for r in records:
        for t in list(r.get("tf_ops", {})) + list(r.get("tf_ops_unfrozen", {})):
            seen.setdefault(t, []).append(r["id"])
    rows = ["| op type | cases | e.g. |", "|---|---|---|"]
    for t in sorted(x for x in seen if x not in registered):
        ids = seen[t]
        rows.append(f"| `{t}` | {len(ids)} | {', '.join(f'`{i}`' for i in ids[:3])} |")
    text = REGISTRY_MD.read_text()
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    REGISTRY_MD.write_text(head + BEGIN + "\n" + "\n".join(rows) + "\n" + END + tail)


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    add_table_cases()
    add_core()
    add_conv()
    add_pooling()
    add_norm()
    add_activation_layers()
    add_reshaping()
    add_merge()
    add_recurrent()
    add_attention()
    add_preprocessing()
    add_wrappers_and_apps()
    add_ops()
    ids = [c["id"] for c in CASES]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, dup
    records, skipped, models = [], [], {}
    for c in CASES:
        if only and only not in c["id"]:
            continue
        try:
            r, model_json = run_case(c)
        except SystemExit:
            raise
        except Exception as e:  # noqa: BLE001 -- a case Keras or TF refuses is reported, not fatal
            # Keras prints the cause of a failed call in bold inside a quoted traceback.
            bold = re.findall(r"\x1b\[1m(.*?)\x1b\[0m", str(e), re.S)
            lines = [x.strip() for x in str(e).strip().splitlines() if x.strip()] or [type(e).__name__]
            msg = (bold[-1].strip() if bold else lines[0])[:300]
            skipped.append({"id": c["id"], "reason": f"{type(e).__name__}: {msg}"})
            print(f"SKIP {c['id']}: {type(e).__name__}: {msg}", file=sys.stderr)
            continue
        records.append(r)
        models[r["id"]] = model_json
        if only:
            print(json.dumps(r))
    if only:
        return
    aliases, missing = coverage(records)
    if missing:
        raise SystemExit(f"registry classes with no case: {missing}")
    doc = {
        "about": {
            "what": "TF1 profiler (tf.compat.v1.profiler, float_operation) FLOPs of one-layer / one-op Keras 3 functional models, batch 1, float32; see scripts/tf-profiler-reference.py and registry.md",
            "tensorflow": tf.__version__,
            "keras": keras.__version__,
            "method": "convert_variables_to_constants_v2(tf.function(lambda *x: model(x, training=False)).get_concrete_function(TensorSpecs of the batch-1 inputs)).graph, profiled with cmd=scope",
            "fields": {
                "id": "unique; table<NNN>/<Class> reproduces row NNN of KERAS in __tests__/keras-layers.test.ts",
                "kind": "layer (a Keras layer) or op (a keras.ops call or Python operator on a symbolic tensor)",
                "class, module": "the node's class_name and module as model.to_json() writes them (op: the first op node; nodes lists all)",
                "config": "the node's config from model.to_json() without name, trainable, dtype policy, seed, quantization_config, initialisers, regularisers, constraints; nested layers as {class_name, config}",
                "inputs, outputs": "shapes without the batch axis, outputs as the frozen graph produced them on zeros (outputs_have_no_batch_axis: an op reduced the batch axis away, so full shapes)",
                "keras_outputs": "Keras' symbolic output shapes, only where they differ from what ran (e.g. a None Keras could not infer)",
                "input_dtypes": "only when an input is not float32",
                "params": "model.count_params()",
                "tf": "the profiler's total_float_ops: THE reference figure (null when the graph cannot be frozen: see tf_error)",
                "tf_error": "why the model could not be frozen; tf_unfrozen and tf_ops_unfrozen are then the only figures",
                "tf_ops": "{TF op type: [nodes in the frozen graph, flops the registry gave them (, nodes whose statistics raised ValueError and so count 0)]}; the unused_control_flow_input* placeholders of lowered loops are left out (their number depends on the process's history, not the model)",
                "uncounted_calls": "op types inside function bodies (PartitionedCall / StatefulPartitionedCall) that the profiler counts as 0",
                "tf_unfrozen": "the profiler on the traced graph before freezing (variables as reads, dead code such as Keras' RNN time-zero step kept): for explaining older figures only",
                "table": "for table rows: the row index and the row's own outputs, params, tf and why (config_differs when Keras' config is not the row's)",
            },
            "models": "models.json.gz beside this file: {id: the exact model.to_json() text} (gzip: the 740 texts are ~1 MB of mostly repeated initialiser and InputLayer boilerplate)",
            "registered_flops_ops": sorted(k.split(",")[0] for k in tf_ops_mod._stats_registry.list() if k.endswith(",flops")),
            "registry_aliases_measured_under_their_keras3_class": aliases,
            "registry_classes_not_in_keras_3_15": NOT_IN_KERAS3,
            "application_layers": APPLICATION_LAYERS,
            "skipped": skipped,
        },
        "cases": records,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    write_unregistered(records, set(doc["about"]["registered_flops_ops"]))
    text = json.dumps(doc, separators=(",", ":"))
    # One case a line: compact, yet a diff shows which cases changed.
    text = text.replace(',"cases":[{', ',"cases":[\n{').replace('},{"id":', '},\n{"id":')
    OUT.write_text(text + "\n")
    # mtime 0: the same models give the same bytes, so a re-run leaves git clean.
    MODELS.write_bytes(gzip.compress(json.dumps(models, indent=0).encode(), mtime=0))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(records)} cases, {len(skipped)} skipped, {len(text) // 1024} KiB;"
          f" {MODELS.name}: {MODELS.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
