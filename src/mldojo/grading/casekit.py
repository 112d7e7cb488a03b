"""What an exercise's trusted `cases.py` is written with.

`cases.py` defines `cases(rng) -> list[Case]` (inputs drawn from the seeded
NumPy generator, plus fixed edge cases) and may define
`compare(case, expected, got) -> str | None` to give a teaching message; by
default `same()` compares the learner's value with the reference's. A written
exercise's `cases.py` defines `FACTS` instead, with `Fact` for a result that only
counts when the report says what it is.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass, field
from typing import Any

from mldojo.grading.codec import is_tensor, records_graph, tensor_values
from mldojo.words import counted


@dataclass(frozen=True)
class Call:
    """One method call replayed on a learner's object (class exercises)."""

    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    # The call must raise an exception of this class (its name, or a base class's, as
    # "ValueError"); the replay goes on after it with the same object.
    raises: str | None = None

    def describe(self) -> str:
        return f"{self.method}({_arguments(self.args, self.kwargs)})"


@dataclass(frozen=True)
class Case:
    """One check. For class exercises, args build the object and `calls` replay on it.

    A `hidden` case never shows its input or expected value in a message: use it
    for fixed edge cases whose answers could otherwise be copied back.
    """

    name: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    calls: tuple[Call, ...] = ()
    hidden: bool = False
    # The call must raise an exception of this class (its name, or a base class's); for
    # a class exercise, the constructor must. The reference must raise it too.
    raises: str | None = None
    rtol: float = 1e-7
    atol: float = 1e-9
    check_dtype: bool = True
    # What the function returns may not hold a list, dict or set that is one of its
    # arguments or inside one (a batch that is the caller's list itself): changing the
    # result in place would change the caller's data. Where the reference shares one
    # too, sharing is what the exercise asks for, and passes.
    fresh_result: bool = False

    def describe_call(self, entry: str) -> str:
        return f"{entry}({_arguments(self.args, self.kwargs)})"


@dataclass(frozen=True)
class Challenge:
    """A challenge's data: `args` go to the learner's function; `labels` never leave the host.

    `groups`, when the test rows come in clusters (a patient's visits, a user's sessions),
    names each test row's cluster: the bootstrap then resamples whole clusters, since rows
    of one cluster are not independent evidence. It stays in the host too.
    """

    args: tuple[Any, ...]
    labels: Any
    kwargs: dict[str, Any] = field(default_factory=dict)
    groups: Any = None


@dataclass(frozen=True)
class Fact:
    """A result a written report may state, tied to its meaning (`FACTS` in cases.py).

    A stated number that rounds to `value` counts as this result only where every
    pattern in `near` (regular expressions, case-insensitive) is found in the number's
    sentence or the one before it, so "24 tickets" cannot pass as a "24" that is a line
    number. `what` names the result in a message; by default its key in `FACTS` does.
    With `as_percent=False` a proportion is only ever written as itself (a threshold
    of 0.25 is not "25" or "25%").
    """

    value: float
    near: str | tuple[str, ...] = ()
    what: str = ""
    as_percent: bool = True

    def patterns(self) -> tuple[str, ...]:
        return (self.near,) if isinstance(self.near, str) else tuple(self.near)


def read_number(
    got: Any, *, what: str, name: str = "ANSWER", number: str = "a number between 0 and 1"
) -> tuple[float, str | None]:
    """A numeric answer as a float, or a message saying why it is not one yet. `number`
    says what kind of number it is, for those messages."""
    if got is None:
        return math.nan, (
            f"{name} is still None: set it to {what}, {number} (you may compute it in code)"
        )
    one = _the_one_value(got, name)
    if one is not None:
        return math.nan, one
    try:
        if isinstance(got, bool | str | bytes | complex):
            raise TypeError
        value = float(got)
    except (TypeError, ValueError):
        return math.nan, (
            f"{name} must be {number}, not a {type(got).__name__} ({short(got)}); write a "
            "plain number such as 0.5, without quotes"
        )
    if math.isnan(value):
        return value, f"{name} is NaN: check for a division by zero"
    return value, None


def _the_one_value(got: Any, name: str) -> str | None:
    """What to say of a single number inside an array or a list where the number itself
    belongs (NumPy and SciPy routines return arrays); None for anything else."""
    if type(got).__module__ == "numpy" and getattr(got, "ndim", 0) > 0 and got.size == 1:
        held, kind, how = got.ravel()[0], f"an array of shape {got.shape}", "float(...) or .item()"
    elif isinstance(got, list | tuple) and len(got) == 1:
        held, kind, how = got[0], f"a {type(got).__name__}", f"{name}[0]"
    else:
        return None
    return (
        f"{name} is {kind} holding one value ({short(held)}), not a number: take the value "
        f"out, with {how}"
    )


def tensor(array: Any) -> Any:
    """A case argument that reaches the code checked as a `torch.Tensor` of the array's
    dtype. The host holds only its values, as a NumPy array, and never imports PyTorch."""
    return tensor_values(array)


def _arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    parts = [short(a) for a in args] + [f"{k}={short(v)}" for k, v in kwargs.items()]
    return ", ".join(parts)


def short(value: Any, limit: int = 80) -> str:
    """A readable, bounded repr for messages (NumPy values printed as a person would)."""
    text = _readable(value).replace("\n", " ")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _readable(value: Any) -> str:
    module = type(value).__module__
    if module.startswith("pandas"):
        return _pandas_readable(value)
    if module == "numpy":
        import numpy as np

        if isinstance(value, np.generic):
            return repr(value.item())
        if isinstance(value, np.ndarray):
            body = np.array2string(value, precision=4, threshold=12, edgeitems=2, separator=", ")
            kind = "tensor" if is_tensor(value) else "array"
            return f"{kind}({body}, shape={value.shape}, dtype={value.dtype})"
    return repr(value)


def _pandas_readable(value: Any) -> str:
    """A frame or series by its shape and columns: its printed table, joined into one
    line of a message, would be a run of cells without their columns."""
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        rows, columns = value.shape
        names = ", ".join(str(c) for c in value.columns)
        return f"DataFrame({rows} rows × {columns} columns: {names})"
    if isinstance(value, pd.Series):
        name = "" if value.name is None else f" {value.name!r}"
        values = ", ".join(repr(v) for v in value.head(3).tolist())
        more = ", ..." if len(value) > 3 else ""
        return f"Series{name}({len(value)} values, {value.dtype}: {values}{more})"
    return repr(value)


def same(
    expected: Any, got: Any, *, rtol: float = 1e-7, atol: float = 1e-9, check_dtype: bool = True
) -> str | None:
    """None when `got` matches `expected`, else what differs, in words."""
    return _same(expected, got, rtol, atol, check_dtype, "")


def _where(path: str) -> str:
    return f" at {path}" if path else ""


def _same(
    expected: Any, got: Any, rtol: float, atol: float, check_dtype: bool, path: str
) -> str | None:
    kind = type(expected).__module__.split(".", 1)[0]
    if kind == "pandas":
        return _same_pandas(expected, got, rtol, atol, check_dtype, path)
    if kind == "numpy":
        return _same_numpy(expected, got, rtol, atol, check_dtype, path)
    if isinstance(expected, bool) or expected is None:
        if got is expected or (
            type(got).__module__ == "numpy" and not check_dtype and got == expected
        ):
            return None
        return _same_value_other_type(expected, got, path) or (
            f"expected {expected!r}{_where(path)}, got {short(got)}"
        )
    if isinstance(expected, int | float):
        if isinstance(got, bool) or (not isinstance(got, int | float) and not _is_np_number(got)):
            return f"expected a number{_where(path)}, got {type(got).__name__} {short(got)}"
        if isinstance(expected, int) and isinstance(got, float) and check_dtype:
            return f"expected the int {expected!r}{_where(path)}, got the float {got!r}"
        if isinstance(expected, int) and _is_np_number(got) and check_dtype:
            return (
                f"expected the Python int {expected!r}{_where(path)}, got NumPy's "
                f"{type(got).__name__} {got!r}: convert it with int(...) or .item()"
            )
        if isinstance(expected, float) and _is_integer(got) and check_dtype:
            return (
                f"expected the float {expected!r}{_where(path)}, got the "
                f"{type(got).__name__} {got!r}: return a float ({float(got)!r}, not {int(got)})"
            )
        if isinstance(expected, int) and isinstance(got, int):
            return None if got == expected else f"expected {expected}{_where(path)}, got {got}"
        return _close(float(expected), float(got), rtol, atol, path)
    if isinstance(expected, str | bytes):
        if got == expected and type(got) is type(expected):
            return None
        return _same_value_other_type(expected, got, path) or (
            f"expected {short(expected)}{_where(path)}, got {short(got)}"
        )
    if isinstance(expected, list | tuple):
        if type(got) is not type(expected):
            return (
                f"expected a {type(expected).__name__}{_where(path)}, "
                f"got {type(got).__name__} {short(got)}"
            )
        if len(got) != len(expected):
            wanted = counted(len(expected), "item")
            return f"expected {wanted}{_where(path)}, got {len(got)}: {short(got)}"
        for i, (e, g) in enumerate(zip(expected, got, strict=True)):
            problem = _same(e, g, rtol, atol, check_dtype, f"{path}[{i}]")
            if problem:
                return problem
        return None
    if isinstance(expected, set | frozenset):
        if not isinstance(got, set | frozenset):
            return f"expected a set{_where(path)}, got {type(got).__name__} {short(got)}"
        missing, extra = expected - got, got - expected
        if missing or extra:
            return (
                f"the set{_where(path)} is missing {short(sorted(missing, key=repr))} "
                f"and has extra {short(sorted(extra, key=repr))}"
            )
        return None
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return f"expected a dict{_where(path)}, got {type(got).__name__} {short(got)}"
        missing_keys = [k for k in expected if k not in got]
        extra_keys = [k for k in got if k not in expected]
        if missing_keys:
            return f"key {short(missing_keys[0])} is missing{_where(path)}"
        if extra_keys:
            return f"key {short(extra_keys[0])} should not be there{_where(path)}"
        for key, value in expected.items():
            problem = _same(value, got[key], rtol, atol, check_dtype, f"{path}[{key!r}]")
            if problem:
                return problem
        return None
    if got == expected:
        return None
    return f"expected {short(expected)}{_where(path)}, got {short(got)}"


def _same_value_other_type(expected: Any, got: Any, path: str) -> str | None:
    """The words for a value that is right but of another type (NumPy's bool or str
    for Python's): without them the message reads "expected True, got True"."""
    with contextlib.suppress(Exception):
        if type(got).__module__ == "numpy" and bool(got == expected):
            kind = type(expected).__name__
            return (
                f"expected the Python {kind} {short(expected)}{_where(path)}, got NumPy's "
                f"{type(got).__name__} {short(got)}: convert it with {kind}(...)"
            )
    return None


def _is_np_number(value: Any) -> bool:
    import numpy as np

    return isinstance(value, np.number)


def _is_integer(value: Any) -> bool:
    import numpy as np

    return isinstance(value, int | np.integer)


def _close(expected: float, got: float, rtol: float, atol: float, path: str) -> str | None:
    if math.isnan(expected) or math.isnan(got):
        if math.isnan(expected) and math.isnan(got):
            return None
        return f"expected {expected!r}{_where(path)}, got {got!r}"
    if math.isclose(got, expected, rel_tol=rtol, abs_tol=atol):
        return None
    return f"expected {expected!r}{_where(path)}, got {got!r}"


def _same_numpy(
    expected: Any, got: Any, rtol: float, atol: float, check_dtype: bool, path: str
) -> str | None:
    import numpy as np

    if isinstance(expected, np.generic):
        if not isinstance(got, np.generic | int | float | bool):
            return f"expected a number{_where(path)}, got {type(got).__name__} {short(got)}"
        # A scalar's value matters, not whether it is np.float64 or float.
        expected, got, check_dtype = np.asarray(expected), np.asarray(got), False
    if not isinstance(got, np.ndarray):
        return f"expected a NumPy array{_where(path)}, got {type(got).__name__} {short(got)}"
    if is_tensor(expected) != is_tensor(got):
        return (
            f"expected a torch.Tensor{_where(path)}, got a NumPy array: return the tensor, "
            "not its .numpy()"
            if is_tensor(expected)
            else f"expected a NumPy array{_where(path)}, got a torch.Tensor: convert it with "
            ".detach().cpu().numpy()"
        )
    if records_graph(got) and not records_graph(expected):
        return (
            f"the tensor returned{_where(path)} still records its autograd graph (it has a "
            "grad_fn): return t.detach() (or compute it under torch.no_grad()), or every "
            "call keeps a graph in memory for a backward pass that never comes"
        )
    if records_graph(expected) and not records_graph(got):
        return (
            f"the tensor returned{_where(path)} is cut off from autograd (it has no "
            "grad_fn), so no gradient can flow back through it: compute it from the "
            "inputs with torch operations, without .detach(), .item(), NumPy or "
            "torch.no_grad()"
        )
    if got.shape != expected.shape:
        return f"expected shape {expected.shape}{_where(path)}, got shape {got.shape}"
    if check_dtype and got.dtype != expected.dtype:
        return f"expected dtype {expected.dtype}{_where(path)}, got dtype {got.dtype}"
    if expected.dtype == got.dtype == np.float64 and _all_close(expected, got, rtol, atol):
        return None
    if expected.dtype.kind in "fc" or got.dtype.kind in "fc":
        try:
            close = np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
        except TypeError:
            return f"expected numbers{_where(path)}, got dtype {got.dtype}"
    else:
        close = got == expected
    if np.all(close):
        return None
    first = tuple(int(i) for i in np.argwhere(~np.asarray(close))[0])
    where = f"{path}[{', '.join(map(str, first))}]" if first else path
    return (
        f"{int(np.size(close) - np.count_nonzero(close))} of {np.size(close)} values differ; "
        f"the first{_where(where)}: expected {short(expected[first])}, "
        f"got {short(got[first])}"
    )


def _all_close(expected: Any, got: Any, rtol: float, atol: float) -> bool:
    """np.isclose's rule for finite float64 values, several times faster on small arrays;
    False leaves NaN and infinities (and any difference) to np.isclose."""
    import numpy as np

    with np.errstate(invalid="ignore", over="ignore"):
        return bool((np.abs(got - expected) <= atol + rtol * np.abs(expected)).all())


def _same_pandas(
    expected: Any, got: Any, rtol: float, atol: float, check_dtype: bool, path: str
) -> str | None:
    import pandas as pd

    for cls in (pd.DataFrame, pd.Series, pd.Index):
        if isinstance(expected, cls) and not isinstance(got, cls):
            return (
                f"expected a pandas {cls.__name__}{_where(path)}, "
                f"got {type(got).__name__} {short(got)}"
            )
    if isinstance(expected, pd.DataFrame):
        if list(got.columns) != list(expected.columns):
            return (
                f"expected the columns {short(list(expected.columns))}{_where(path)}, "
                f"got {short(list(got.columns))}"
            )
        problem = _same_index(expected.index, got.index, path)
        if problem:
            return problem
        for column in expected.columns:
            problem = _same_values(
                expected[column], got[column], rtol, atol, check_dtype, f"{path}[{column!r}]"
            )
            if problem:
                return problem
        return None
    if isinstance(expected, pd.Series):
        return _same_index(expected.index, got.index, path) or _same_values(
            expected, got, rtol, atol, check_dtype, path
        )
    if isinstance(expected, pd.Index):
        return _same_index(expected, got, path)
    if got is expected or got == expected:
        return None
    return f"expected {short(expected)}{_where(path)}, got {short(got)}"


def _same_index(expected: Any, got: Any, path: str) -> str | None:
    if len(got) != len(expected):
        return f"expected {len(expected)} rows{_where(path)}, got {len(got)}"
    if not got.equals(expected):
        return (
            f"the index{_where(path)} differs: expected {short(list(expected))}, "
            f"got {short(list(got))} (keep the input's row order and labels)"
        )
    return None


def _same_values(
    expected: Any, got: Any, rtol: float, atol: float, check_dtype: bool, path: str
) -> str | None:
    if check_dtype and str(got.dtype) != str(expected.dtype):
        return f"expected dtype {expected.dtype}{_where(path)}, got dtype {got.dtype}"
    import numpy as np

    want, have = expected.to_numpy(), got.to_numpy()
    if want.dtype.kind in "biufc" and have.dtype.kind in "biufc":
        close = np.isclose(have, want, rtol=rtol, atol=atol, equal_nan=True)
    else:
        close = np.array(
            [
                (_missing(e) and _missing(g)) or (not _missing(e) and not _missing(g) and e == g)
                for e, g in zip(want, have, strict=True)
            ],
            dtype=bool,
        )
    if close.all():
        return None
    first = int(np.argmin(close))
    return (
        f"{int((~close).sum())} of {len(close)} values differ{_where(path)}; the first in "
        f"row {short(expected.index[first])}: expected {short(want[first])}, "
        f"got {short(have[first])}"
    )


def _missing(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
