"""The value codec carries data only, within caps, and never evaluates what it decodes."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
import torch

from mldojo.grading import codec
from mldojo.grading.casekit import same, tensor


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        3,
        -(2**80),
        2.5,
        "text ü",
        b"\x00\xff",
        (1, "a"),
        [1, [2, [3]]],
        {1: "a", "b": (2, 3)},
        {1, 2},
        1 + 2j,
        np.float32(1.5),
        np.int64(7),
    ],
)
def test_plain_values_round_trip(value: object) -> None:
    back = codec.loads(codec.dumps(value))
    assert back == value and type(back) is type(value)


def test_fractions_and_decimals_come_back_as_their_nearest_float() -> None:
    back = codec.loads(codec.dumps([Fraction(1, 3), Decimal("0.25"), Decimal("NaN")]))
    assert back[:2] == [1 / 3, 0.25] and math.isnan(back[2])
    assert all(type(v) is float for v in back)


def test_non_finite_floats_round_trip() -> None:
    back = codec.loads(codec.dumps([math.inf, -math.inf, math.nan]))
    assert back[0] == math.inf and back[1] == -math.inf and math.isnan(back[2])


@pytest.mark.parametrize(
    "array",
    [
        np.arange(12, dtype=np.int32).reshape(3, 4),
        np.arange(6.0).reshape(2, 3).T,
        np.array([True, False]),
        np.array(["a", "bc"]),
        np.zeros((0, 3)),
        np.array(5.0),
        np.array(["2024-01-01"], dtype="datetime64[D]"),
    ],
)
def test_arrays_keep_shape_dtype_and_values(array: np.ndarray) -> None:
    back = codec.loads(codec.dumps(array))
    assert back.shape == array.shape and back.dtype == array.dtype
    np.testing.assert_array_equal(back, array)


def test_frames_and_series_round_trip() -> None:
    frame = pd.DataFrame(
        {
            "n": [1, 2, 3],
            "x": [0.5, None, 2.0],
            "s": ["a", None, "c"],
            "c": pd.Categorical(["u", "v", "u"]),
        },
        index=["r1", "r2", "r3"],
    )
    pd.testing.assert_frame_equal(codec.loads(codec.dumps(frame)), frame)
    series = pd.Series([1.0, 2.0], index=pd.Index([10, 20], name="k"), name="v")
    pd.testing.assert_series_equal(codec.loads(codec.dumps(series)), series)
    multi = frame.set_index(
        pd.MultiIndex.from_tuples([(1, "a"), (1, "b"), (2, "a")], names=["g", "h"])
    )
    pd.testing.assert_frame_equal(codec.loads(codec.dumps(multi)), multi)


def test_tensors_cross_as_arrays() -> None:
    back = codec.loads(codec.dumps(torch.arange(4.0, requires_grad=True)))
    assert isinstance(back, np.ndarray)
    np.testing.assert_array_equal(back, np.arange(4.0, dtype=np.float32))
    assert codec.is_tensor(back) and not codec.is_tensor(np.arange(4.0))
    assert not codec.records_graph(back)  # a leaf: nothing was computed from it
    values = np.arange(4.0, dtype=np.float32)
    assert (
        same(back, values.copy()) == "expected a torch.Tensor, got a NumPy array: return "
        "the tensor, not its .numpy()"
    )
    assert "convert it with .detach().cpu().numpy()" in (same(values, back) or "")


def test_a_case_s_tensor_reaches_the_code_checked_as_a_torch_tensor() -> None:
    values = tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
    assert codec.is_tensor(values) and isinstance(values, np.ndarray)  # the host's view
    encoded = json.loads(json.dumps(codec.encode(((values, [tensor(np.arange(2))]), {"k": 1}))))
    args, kwargs = codec.as_torch(codec.decode(encoded))
    x, (lengths,) = args
    assert isinstance(x, torch.Tensor) and x.dtype == torch.float32 and x.shape == (2, 3)
    assert isinstance(lengths, torch.Tensor) and lengths.dtype == torch.int64
    assert kwargs == {"k": 1}
    x.add_(1)  # the learner's tensor owns its memory: the decoded values stay as sent
    assert codec.encode(codec.decode(encoded)) == encoded
    # Encoded again after the call, as the driver does to see what changed in place.
    assert codec.encode(args[0]) != encoded["$tuple"][0]["$tuple"][0]


def test_a_tensor_computed_with_autograd_says_so_and_is_compared_for_it() -> None:
    weights = torch.ones(3, requires_grad=True)
    kept = codec.loads(codec.dumps(weights * 2))
    with torch.no_grad():
        cut = codec.loads(codec.dumps(weights * 2))
    assert codec.records_graph(kept) and not codec.records_graph(cut)
    np.testing.assert_array_equal(kept, cut)
    assert same(cut, cut.copy()) is None and same(kept, kept.copy()) is None
    assert "torch.no_grad()" in (same(cut, kept) or "")
    assert "cut off from autograd" in (same(kept, cut) or "")


@pytest.mark.parametrize(
    "value, words",
    [
        (np.array([object()]), "dtype object"),
        (object(), "cannot be checked"),
        (lambda: 1, "cannot be checked"),
        (pd.DataFrame({"o": [object()]}), "cannot be checked"),
    ],
)
def test_anything_else_is_refused_in_words(value: object, words: str) -> None:
    with pytest.raises(codec.CodecError, match=words):
        codec.encode(value)


def test_depth_and_size_are_capped() -> None:
    deep: list[object] = []
    for _ in range(codec.MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(codec.CodecError, match="nested"):
        codec.encode(deep)
    with pytest.raises(codec.CodecError, match="too large"):
        codec.encode(np.zeros(codec.MAX_ITEMS + 1))


@pytest.mark.parametrize(
    "payload",
    [
        {"$pickle": "gASVAAAA"},
        {"$eval": "__import__('os')"},
        {"a": 1, "b": 2},
        {"$ndarray": {"dtype": "|O", "shape": [1], "data": ""}},
    ],
)
def test_decoding_accepts_only_known_tags_and_safe_dtypes(payload: object) -> None:
    with pytest.raises((codec.CodecError, TypeError)):
        codec.decode(json.loads(json.dumps(payload)))


@pytest.mark.parametrize(
    "tensor, words",
    [
        (torch.ones(2, dtype=torch.bfloat16), "a torch.bfloat16 tensor"),
        (torch.ones(2, device="meta"), "meta tensor"),
        (torch.ones(2).to_sparse(), "Sparse layout"),
    ],
)
def test_a_tensor_numpy_cannot_hold_is_refused_in_words(tensor: torch.Tensor, words: str) -> None:
    with pytest.raises(codec.CodecError, match="cannot be checked; return a float32") as caught:
        codec.dumps(tensor)
    assert words in str(caught.value)
