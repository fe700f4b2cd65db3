#!/usr/bin/env python3
"""Regression set of ONNX files as PyTorch users export them today, with reference figures.

Run by hand from the repository root (never in CI, never at test time):

    python3 scripts/make-onnx-regression.py              # every model, both exporters
    python3 scripts/make-onnx-regression.py --only bert  # re-make some models (names below),
                                                         # keeping the other references

The first run makes a venv in .bench-tmp/onnxref-venv (git-ignored) and installs torch,
transformers, timm, onnx, onnxscript and onnxruntime into it from the pip index, then runs
itself again inside it (the install takes several minutes, the exports about 7 minutes on
2 cores; `--only einsum3` in a fresh venv rewrote the committed files byte for byte). Each
model is built from a config with fresh, seeded weights (no pretrained weights are needed)
and exported twice, with `torch.onnx.export(..., dynamo=True)`
and with `dynamo=False` (the legacy TorchScript exporter), at each exporter's default opset.
The weights are written as external data (the dynamo exporter does it itself; the legacy
file is re-saved by `onnx.save_model(save_as_external_data=True)` with onnx's default 1 KiB
threshold), onnxruntime runs the file against torch's output, and the weights are then
deleted: only the graph-only `.onnx` is kept in __tests__/data/onnx-exports/. The dynamo
exporter's per-node debugging metadata (Python stack traces with this machine's paths, FX
nodes, module classes) is dropped first: it was most of each file's bytes, and nothing that
measures a graph reads it (see STRIPPED_METADATA).

Before export every weight gets distinct, non-trivial values (see `perturb`): exporters rewrite
graphs by value, and fresh initialisation (zero biases, unit norm scales) would make them do
what they never do to a trained model.

references.json beside the files records, per file: PyTorch's FlopCounterMode total and its
per-op breakdown (FLOPs; every op it counts is a product at 2 FLOPs per multiply-accumulate,
so `macs` is the total / 2, checked), torch's parameter count (`model.parameters()`, which
yields a shared parameter once) and its buffers, the inputs, the exporter, the file's opset,
producer and node count, and the library versions. An export that fails is recorded with its
error and the run moves on.

FlopCounterMode runs with grad enabled, the math SDPA backend and oneDNN off: otherwise it
sees fused attention and LSTM kernels it has no formula for, and misses their products.

timm imports torchvision, and the index's torchvision is a CUDA build that does not load
beside CPU torch: timm is installed without it, and a stand-in module answers timm's
imports of torchvision names (data transforms, FrozenBatchNorm2d), none of which the models
here use.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / '.bench-tmp' / 'onnxref-venv'
OUT = ROOT / '__tests__' / 'data' / 'onnx-exports'
WORK = ROOT / '.bench-tmp' / 'onnxref-work'

# The versions the committed set was made with; the index serves these.
PACKAGES = ['torch==2.13.0', 'transformers==5.18.0', 'onnx==1.23.1', 'onnxscript==0.7.2', 'onnxruntime==1.30.0',
            'huggingface_hub', 'pyyaml', 'safetensors', 'numpy', 'pillow']
# timm declares torchvision as a dependency; installed without its dependencies, see above.
NO_DEPS = ['timm==1.0.29']


def ensure_venv() -> None:
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    py = VENV / 'bin' / 'python'
    if not py.exists():
        subprocess.check_call([sys.executable, '-m', 'venv', str(VENV)])
        subprocess.check_call([str(py), '-m', 'pip', 'install', *PACKAGES])
        subprocess.check_call([str(py), '-m', 'pip', 'install', '--no-deps', *NO_DEPS])
    os.execv(str(py), [str(py), __file__, *sys.argv[1:]])


def stub_torchvision() -> None:
    """A stand-in `torchvision` whose every name is a placeholder class, for timm's imports."""
    import importlib.abc
    import importlib.machinery
    import types

    try:
        import torchvision  # noqa: F401
        return
    except Exception:
        for k in [k for k in sys.modules if k == 'torchvision' or k.startswith('torchvision.')]:
            del sys.modules[k]

    class Placeholder(type):
        def __getattr__(cls, name):
            if name.startswith('__'):
                raise AttributeError(name)
            return Placeholder(name, (), {})

        def __call__(cls, *a, **k):
            raise RuntimeError(f'torchvision is not installed: {cls.__name__} is a stand-in')

    class Module(types.ModuleType):
        def __getattr__(self, name):
            if name.startswith('__'):
                raise AttributeError(name)
            return Placeholder(name, (), {})

    class Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        def find_spec(self, name, path, target=None):
            if name == 'torchvision' or name.startswith('torchvision.'):
                return importlib.machinery.ModuleSpec(name, self, is_package=True)
            return None

        def create_module(self, spec):
            m = Module(spec.name)
            m.__path__ = []
            return m

        def exec_module(self, module):
            pass

    sys.meta_path.insert(0, Finder())


# ---------------------------------------------------------------------------------------------
# The models. Each builder returns (module, {input name: tensor}); the module is called with
# the tensors as keyword arguments, through `Flat`, which returns every output tensor.


def timm_model(name, shape, **kw):
    def build():
        import timm
        import torch
        m = timm.create_model(name, pretrained=False, **kw)
        return m, {'x': torch.randn(*shape)}
    return build


def hf_text(cls_name, config_name, seq=16, extra=None, **cfg):
    """A transformers model from a config, with input_ids (and extra inputs)."""
    def build():
        import torch
        import transformers
        config = getattr(transformers, config_name)(**cfg)
        m = getattr(transformers, cls_name)(config)
        ids = torch.randint(3, cfg.get('vocab_size', 1000), (1, seq))
        inputs = {'input_ids': ids, 'attention_mask': torch.ones(1, seq, dtype=torch.int64)}
        for k, v in (extra or {}).items():
            inputs[k] = v()
        return m, inputs
    return build


def ids(n, seq, vocab=1000):
    def make():
        import torch
        return torch.randint(3, vocab, (n, seq))
    return make


def hf_audio(cls_name, config_name, inputs, **cfg):
    def build():
        import transformers
        config = getattr(transformers, config_name)(**cfg)
        return getattr(transformers, cls_name)(config), {k: v() for k, v in inputs.items()}
    return build


def randn(*shape):
    def make():
        import torch
        return torch.randn(*shape)
    return make


def recurrent():
    import torch
    from torch import nn

    class Recurrent(nn.Module):
        """Embedding -> 2-layer bidirectional LSTM -> GRU -> Linear on the last step."""

        def __init__(self):
            super().__init__()
            self.embed = nn.Embedding(1000, 32)
            self.lstm = nn.LSTM(32, 64, num_layers=2, batch_first=True, bidirectional=True)
            self.gru = nn.GRU(128, 48, batch_first=True)
            self.head = nn.Linear(48, 10)

        def forward(self, tokens):
            x, _ = self.lstm(self.embed(tokens))
            x, _ = self.gru(x)
            return self.head(x[:, -1])

    return Recurrent(), {'tokens': torch.randint(0, 1000, (2, 12))}


def einsum3():
    import torch
    from torch import nn

    class Einsum3(nn.Module):
        """A 3-operand einsum with a weight: a bilinear form written as bi,oij,bj->bo."""

        def __init__(self):
            super().__init__()
            self.w = nn.Parameter(torch.randn(8, 16, 12) * 0.1)

        def forward(self, x, y):
            return torch.einsum('bi,oij,bj->bo', x, self.w, y)

    return Einsum3(), {'x': torch.randn(2, 16), 'y': torch.randn(2, 12)}


def bilinear():
    import torch
    from torch import nn
    return nn.Bilinear(16, 12, 8), {'input1': torch.randn(2, 16), 'input2': torch.randn(2, 12)}


def lm_config(**kw):
    return dict(vocab_size=1000, **kw)


MODELS = {
    # timm CNNs: full widths (the graph does not grow with them), small images.
    'resnet18': ('timm CNN, BatchNorm', timm_model('resnet18', (1, 3, 64, 64))),
    'mobilenetv3_small_100': ('timm CNN, hard-swish, squeeze-excite', timm_model('mobilenetv3_small_100', (1, 3, 64, 64))),
    'efficientnet_b0': ('timm CNN, SiLU, squeeze-excite', timm_model('efficientnet_b0', (1, 3, 64, 64))),
    'tf_efficientnet_b0': ('timm CNN, TF "same" padding', timm_model('tf_efficientnet_b0', (1, 3, 64, 64))),
    'convnext_atto': ('timm CNN, LayerNorm, GELU, depthwise 7x7', timm_model('convnext_atto', (1, 3, 64, 64))),
    'regnetx_002': ('timm CNN, grouped conv', timm_model('regnetx_002', (1, 3, 64, 64))),
    # timm vision transformers, 2 blocks on 64x64 images.
    'vit_tiny': ('timm ViT', timm_model('vit_tiny_patch16_224', (1, 3, 64, 64), img_size=64, depth=2)),
    'deit_tiny_distilled': ('timm DeiT, distillation token', timm_model('deit_tiny_distilled_patch16_224', (1, 3, 64, 64), img_size=64, depth=2)),
    'swin_small_config': ('timm Swin, 3 stages of 1 block', timm_model(
        'swin_tiny_patch4_window7_224', (1, 3, 112, 112), img_size=112, embed_dim=32, depths=(1, 1, 1), num_heads=(2, 4, 8))),
    # Hugging Face transformers, 2-4 layers of 64 units, 16 tokens.
    'bert': ('HF BERT encoder, pooler and classifier', hf_text(
        'BertForSequenceClassification', 'BertConfig', **lm_config(hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
                                                                    intermediate_size=128, max_position_embeddings=64))),
    'albert': ('HF ALBERT, one layer shared 4 times', hf_text(
        'AlbertModel', 'AlbertConfig', **lm_config(embedding_size=32, hidden_size=64, num_hidden_layers=4, num_attention_heads=2,
                                                   intermediate_size=128, max_position_embeddings=64))),
    'deberta_v2': ('HF DeBERTa-v2, relative attention with share_att_key', hf_text(
        'DebertaV2Model', 'DebertaV2Config', **lm_config(hidden_size=64, num_hidden_layers=2, num_attention_heads=2, intermediate_size=128,
                                                         max_position_embeddings=64, relative_attention=True, position_buckets=32,
                                                         pos_att_type=['p2c', 'c2p'], share_att_key=True, norm_rel_ebd='layer_norm'))),
    'distilbert': ('HF DistilBERT', hf_text(
        'DistilBertModel', 'DistilBertConfig', **lm_config(dim=64, n_layers=2, n_heads=2, hidden_dim=128, max_position_embeddings=64))),
    'gpt2': ('HF GPT-2 LM head (tied embeddings)', hf_text(
        'GPT2LMHeadModel', 'GPT2Config', **lm_config(n_embd=64, n_layer=2, n_head=2, n_positions=64, use_cache=False))),
    't5': ('HF T5 encoder-decoder, relative position buckets', hf_text(
        'T5ForConditionalGeneration', 'T5Config', extra={'decoder_input_ids': ids(1, 8)},
        **lm_config(d_model=64, d_kv=32, d_ff=128, num_layers=2, num_decoder_layers=2, num_heads=2, use_cache=False))),
    'bart': ('HF BART encoder-decoder (tied embeddings)', hf_text(
        'BartForConditionalGeneration', 'BartConfig', extra={'decoder_input_ids': ids(1, 8)},
        **lm_config(d_model=64, encoder_layers=2, decoder_layers=2, encoder_attention_heads=2, decoder_attention_heads=2,
                    encoder_ffn_dim=128, decoder_ffn_dim=128, max_position_embeddings=64, use_cache=False))),
    'wav2vec2': ('HF wav2vec2, conv feature extractor, weight-normed positional conv', hf_audio(
        'Wav2Vec2Model', 'Wav2Vec2Config', {'input_values': randn(1, 1600)},
        hidden_size=64, num_hidden_layers=2, num_attention_heads=2, intermediate_size=128, conv_dim=(32, 32, 32),
        conv_kernel=(10, 3, 3), conv_stride=(5, 2, 2), num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=4)),
    'whisper': ('HF Whisper encoder-decoder, audio Conv1d (tied embeddings)', hf_audio(
        'WhisperForConditionalGeneration', 'WhisperConfig', {'input_features': randn(1, 80, 100), 'decoder_input_ids': ids(1, 8)},
        vocab_size=1000, d_model=64, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
        encoder_ffn_dim=128, decoder_ffn_dim=128, num_mel_bins=80, max_source_positions=50, max_target_positions=32, use_cache=False,
        pad_token_id=1, bos_token_id=2, eos_token_id=2, decoder_start_token_id=2)),
    # torch.nn models.
    'lstm_gru': ('torch.nn bidirectional LSTM and GRU', recurrent),
    'einsum3': ('3-operand torch.einsum with a weight', einsum3),
    'bilinear': ('torch.nn.Bilinear', bilinear),
}

# The one full-size model, kept for the speed benchmark: legacy export only.
FULL = {'swin_t': ('timm Swin-T, full size (speed benchmark)', timm_model('swin_tiny_patch4_window7_224', (1, 3, 224, 224)))}
FULL_EXPORTERS = ('legacy',)

# FlopCounterMode's ops whose formula is 2 FLOPs per multiply-accumulate.
PRODUCT_OPS = {'mm', 'addmm', 'bmm', 'baddbmm', 'convolution', '_convolution'}


def flat_module(model, names):
    import torch

    class Flat(torch.nn.Module):
        """Calls the model by keyword and returns every output tensor, so no computation is
        pruned as unused by the exporter that FlopCounterMode counts."""

        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, *xs):
            return tuple(flatten(self.model(**dict(zip(names, xs)))))

    return Flat()


def flatten(o):
    import torch
    if isinstance(o, torch.Tensor):
        yield o
    elif isinstance(o, dict) or hasattr(o, 'to_tuple'):
        for v in (o.to_tuple() if hasattr(o, 'to_tuple') else o.values()):
            yield from flatten(v)
    elif isinstance(o, (tuple, list)):
        for v in o:
            yield from flatten(v)


def perturb(model):
    """Gives every weight and BatchNorm statistic distinct, non-trivial values, as training does.

    Fresh initialisation leaves biases at 0, norm scales at 1 and BatchNorm statistics at 0 and
    1, and both exporters rewrite graphs by value: the legacy one merges equal-valued
    initializers through Identity nodes, the dynamo one drops an all-zero Conv bias after
    folding a BatchNorm. A trained model has none of those coincidences, so neither should
    the references.
    """
    import torch
    g = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for p in model.parameters():
            if p.is_floating_point():
                p.add_(torch.randn(p.shape, generator=g) * 0.02)
        for name, b in model.named_buffers():
            if name.endswith('running_mean'):
                b.copy_(torch.randn(b.shape, generator=g) * 0.1)
            elif name.endswith('running_var'):
                b.copy_(torch.rand(b.shape, generator=g) + 0.5)


def measure(model, xs):
    """FlopCounterMode's FLOPs (total and per op), as the brief of this set requires."""
    import torch
    from torch.nn.attention import SDPBackend, sdpa_kernel
    from torch.utils.flop_counter import FlopCounterMode

    torch.backends.mkldnn.enabled = False
    with torch.enable_grad(), sdpa_kernel(SDPBackend.MATH):
        fc = FlopCounterMode(display=False)
        with fc:
            model(*xs)
    per_op = {str(k).split('.')[-1]: int(v) for k, v in fc.get_flop_counts().get('Global', {}).items()}
    total = int(fc.get_total_flops())
    strange = set(per_op) - PRODUCT_OPS
    if strange:
        raise RuntimeError(f'FlopCounterMode counted ops without 2 FLOPs per MAC: {sorted(strange)}')
    if total % 2:
        raise RuntimeError(f'odd FLOP total {total}')
    return total, per_op


def torch_params(model):
    import torch
    params = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    buffers = {}
    for name, b in model.named_buffers():
        kind = name.rsplit('.', 1)[-1]
        buffers[kind] = buffers.get(kind, 0) + b.numel()
    # Parameters reachable by more than one module path: shared (tied) weights.
    seen, shared = {}, []
    for name, p in model.named_parameters(remove_duplicate=False):
        if id(p) in seen:
            shared.append({'name': name, 'same_as': seen[id(p)], 'elements': p.numel()})
        else:
            seen[id(p)] = name
    # Channels of the BatchNorm layers: a BN folded into a Conv leaves its shift as the Conv's
    # bias but its scale (one per channel) nowhere, which is what these figures check.
    bn = sum(mod.num_features for mod in model.modules() if isinstance(mod, torch.nn.modules.batchnorm._BatchNorm))
    return {'params': params, 'trainable_params': trainable, 'buffers': buffers, 'shared_parameters': shared,
            'batchnorm_channels': bn}


def export(flat, xs, names, exporter, path: Path):
    import onnx
    import torch

    for p in [path, Path(str(path) + '.data')]:
        if p.exists():
            p.unlink()
    with torch.no_grad():
        if exporter == 'dynamo':
            torch.onnx.export(flat, tuple(xs), str(path), input_names=names, dynamo=True, external_data=True)
        else:
            tmp = WORK / path.name
            torch.onnx.export(flat, tuple(xs), str(tmp), input_names=names, dynamo=False)
            m = onnx.load(str(tmp))
            onnx.save_model(m, str(path), save_as_external_data=True, all_tensors_to_one_file=True,
                            location=path.name + '.data')
            tmp.unlink()


# Debugging metadata the dynamo exporter writes on every node: the Python stack (with this
# machine's paths), the FX node and the module classes. Together about 60% of a small graph's
# bytes; they are dropped to keep the set small. Kept: `namespace` (module path and aten op)
# and `pkg.onnxscript.rewriter.rule_name` (which rewrites, such as FuseBatchNormIntoConv, made
# the node), which say where a node came from.
STRIPPED_METADATA = ('pkg.torch.onnx.stack_trace', 'pkg.torch.onnx.fx_node', 'pkg.torch.onnx.class_hierarchy',
                     'pkg.torch.onnx.name_scopes')


def strip_metadata(path: Path) -> int:
    """Drops STRIPPED_METADATA from every node; the graph and its external-data references stay."""
    import onnx
    m = onnx.load(str(path), load_external_data=False)
    before = m.ByteSize()

    def walk(nodes):
        for n in nodes:
            keep = [p for p in n.metadata_props if p.key not in STRIPPED_METADATA]
            del n.metadata_props[:]
            n.metadata_props.extend(keep)
            for a in n.attribute:
                if a.HasField('g'):
                    walk(a.g.node)
                for g in a.graphs:
                    walk(g.node)

    walk(m.graph.node)
    for f in m.functions:
        walk(f.node)
    removed = before - m.ByteSize()
    onnx.save_model(m, str(path))
    return removed


def file_facts(path: Path):
    import onnx
    m = onnx.load(str(path), load_external_data=False)
    ops = {}
    for n in m.graph.node:
        key = n.op_type if n.domain in ('', 'ai.onnx') else f'{n.domain}.{n.op_type}'
        ops[key] = ops.get(key, 0) + 1
    external = sum(1 for t in m.graph.initializer if t.data_location == onnx.TensorProto.EXTERNAL)
    return {
        'opset': next((o.version for o in m.opset_import if o.domain in ('', 'ai.onnx')), None),
        'opset_imports': {o.domain or 'ai.onnx': o.version for o in m.opset_import},
        'ir_version': m.ir_version,
        'producer_name': m.producer_name,
        'producer_version': m.producer_version,
        'nodes': len(m.graph.node),
        'functions': len(m.functions),
        'node_types': dict(sorted(ops.items())),
        'initializers': len(m.graph.initializer),
        'external_initializers': external,
    }


def run_ort(path: Path, names, xs, want):
    """Largest absolute difference between onnxruntime's outputs and torch's."""
    import numpy as np
    import onnxruntime as ort
    s = ort.InferenceSession(str(path), providers=['CPUExecutionProvider'])
    feeds = {i.name: x.numpy() for i, x in zip(s.get_inputs(), xs)}
    got = s.run(None, feeds)
    if len(got) != len(want):
        return {'outputs': len(got), 'torch_outputs': len(want)}
    diff = max(float(np.max(np.abs(g.astype(np.float64) - w.detach().numpy().astype(np.float64)))) if g.size else 0.0
               for g, w in zip(got, want))
    return {'outputs': len(got), 'max_abs_diff': diff}


def make(key, family, build, exporters):
    import torch

    torch.manual_seed(0)
    model, inputs = build()
    model.eval()
    perturb(model)
    names = list(inputs)
    xs = [inputs[k] for k in names]
    flat = flat_module(model, names).eval()
    total, per_op = measure(flat, xs)
    with torch.no_grad():
        want = flat(*xs)
    base = {
        'model': key,
        'family': family,
        'class': f'{type(model).__module__}.{type(model).__name__}',
        'inputs': [{'name': k, 'shape': list(v.shape), 'dtype': str(v.dtype).replace('torch.', '')} for k, v in inputs.items()],
        'flopcounter_flops': total,
        'flopcounter_per_op': per_op,
        'macs': total // 2,
        **torch_params(model),
    }
    out = []
    for exporter in exporters:
        name = f'{key}.{exporter}.onnx'
        path = OUT / name
        entry = {'file': name, 'exporter': exporter, **base}
        print(f'{name}: exporting', flush=True)
        try:
            export(flat, xs, names, exporter, path)
            entry['stripped_node_metadata_bytes'] = strip_metadata(path)
            entry.update(file_facts(path))
            try:
                entry['onnxruntime'] = run_ort(path, names, xs, want)
            except Exception as e:  # the export is still what users get; the runtime's verdict is recorded
                entry['onnxruntime'] = {'error': first_line(e)}
            data = Path(str(path) + '.data')
            if data.exists():
                entry['weights_bytes_deleted'] = data.stat().st_size
                data.unlink()
            entry['bytes'] = path.stat().st_size
        except Exception as e:
            traceback.print_exc()
            entry = {'file': None, 'intended_file': name, 'exporter': exporter, **base, 'export_error': first_line(e)}
            for p in [path, Path(str(path) + '.data')]:
                if p.exists():
                    p.unlink()
        print(f'{name}: macs {entry["macs"]} params {entry["params"]} {entry.get("export_error", "")}', flush=True)
        out.append(entry)
    return out


def first_line(e: BaseException) -> str:
    text = f'{type(e).__name__}: {e}'.strip()
    return text.splitlines()[0][:500]


def library_versions():
    import onnx
    import onnxruntime
    import onnxscript
    import timm
    import torch
    import transformers
    return {'python': sys.version.split()[0], 'torch': torch.__version__, 'transformers': transformers.__version__,
            'timm': timm.__version__, 'onnx': onnx.__version__, 'onnxscript': onnxscript.__version__,
            'onnxruntime': onnxruntime.__version__}


def main() -> None:
    ensure_venv()
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--only', nargs='*', help='model keys to (re)make; the others keep their entries')
    args = ap.parse_args()
    # transformers caches whether torchvision is installed when it is first imported: it must
    # see that it is not, before the stand-in exists (it would read the stand-in's version).
    import transformers.utils.import_utils  # noqa: F401
    stub_torchvision()
    import warnings
    warnings.filterwarnings('ignore')
    OUT.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    ref_path = OUT / 'references.json'
    old = json.loads(ref_path.read_text()) if ref_path.exists() and args.only else {'models': []}
    versions = library_versions()
    todo = [(k, f, b, ('dynamo', 'legacy')) for k, (f, b) in MODELS.items()]
    todo += [(k, f, b, FULL_EXPORTERS) for k, (f, b) in FULL.items()]
    if args.only:
        unknown = set(args.only) - {t[0] for t in todo}
        if unknown:
            sys.exit(f'unknown model keys: {sorted(unknown)}')
        todo = [t for t in todo if t[0] in args.only]
    done = {k for k, *_ in todo}
    entries = [e for e in old['models'] if e['model'] not in done]
    for key, family, build, exporters in todo:
        try:
            entries += make(key, family, build, exporters)
        except Exception as e:
            traceback.print_exc()
            entries.append({'file': None, 'model': key, 'family': family, 'error': first_line(e)})
        # Written after every model, so an interrupted run keeps what it made.
        write_references(ref_path, versions, entries)
    print(f'wrote {ref_path}')


def write_references(path: Path, versions, entries) -> None:
    order = list(MODELS) + list(FULL)
    entries = sorted(entries, key=lambda e: (order.index(e['model']), e.get('exporter', '')))
    ref = {
        'about': 'Made by scripts/make-onnx-regression.py: FlopCounterMode and parameter figures of each model, '
                 'and the facts of its ONNX export (graph only: the weights were external data, deleted).',
        'versions': versions,
        'flopcounter': 'torch.utils.flop_counter.FlopCounterMode, grad enabled, SDPBackend.MATH, torch.backends.mkldnn off; '
                       'macs = total FLOPs / 2 (every counted op is a product at 2 FLOPs per multiply-accumulate)',
        'params': 'sum(p.numel() for p in model.parameters()): shared parameters once, buffers (BatchNorm statistics) not included',
        'models': entries,
    }
    path.write_text(json.dumps(ref, indent=1) + '\n')


if __name__ == '__main__':
    main()
