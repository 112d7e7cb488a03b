"""What a learner's exception usually means, in words that say what to check.

An error message from NumPy, pandas, PyTorch, scikit-learn or Python names what went
wrong, rarely why or what to do. The verdict adds one sentence for the errors that
learners meet most, recognised by the exception's class (or a base class) and its
message. Only messages whose cause is nearly always the same are listed: advice that
is wrong half the time would send a learner the wrong way. The advice is words only;
it never changes a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Advice:
    kinds: frozenset[str]  # exception classes it applies to (a base class counts)
    pattern: re.Pattern[str]  # searched in the exception's message
    text: str


def _advice(kinds: str, pattern: str, text: str) -> Advice:
    return Advice(frozenset(kinds.split()), re.compile(pattern), text)


BROADCAST = (
    "the shapes do not line up: NumPy and PyTorch match shapes from the last axis back, "
    "and each pair of sizes must be equal or 1; print both shapes, and to line a vector up "
    "with the rows of a matrix rather than its columns, make it a column (v[:, None])"
)

# Which import a name that is not defined most likely lacks.
IMPORTS: Mapping[str, str] = {
    "np": "import numpy as np",
    "pd": "import pandas as pd",
    "plt": "import matplotlib.pyplot as plt",
    "torch": "import torch",
    "nn": "from torch import nn",
    "F": "import torch.nn.functional as F",
    "math": "import math",
    "sqlite3": "import sqlite3",
    "defaultdict": "from collections import defaultdict",
    "Counter": "from collections import Counter",
    "dataclass": "from dataclasses import dataclass",
}

ADVICE: tuple[Advice, ...] = (
    _advice("ValueError", r"operands could not be broadcast together", BROADCAST),
    _advice(
        "RuntimeError", r"must match the size of tensor b .*non-singleton dimension", BROADCAST
    ),
    _advice(
        "ValueError RuntimeError",
        r"not aligned|mismatch in its core dimension|shapes cannot be multiplied",
        "in A @ B the last axis of A must be as long as the first axis of B: print both "
        "shapes and look for a missing or extra transpose (.T); a linear layer's "
        "in_features must equal the length of each input row",
    ),
    _advice(
        "RuntimeError",
        r"target dtype to be Long|expected scalar type Long",
        "cross-entropy takes the classes as integer indexes: pass the targets as a long "
        "tensor (y.long()), not as floats or one-hot rows",
    ),
    _advice(
        "RuntimeError",
        r"same dtype|expected scalar type|[Ff]ound dtype \w+ but expected",
        "two tensors of different dtypes met, most often float64 from NumPy against a "
        "model's float32: make tensors with torch.as_tensor(x, dtype=torch.float32), or "
        "call .float() on them",
    ),
    _advice(
        "IndexError",
        r"^Target -?\d+ is out of bounds",
        "a class index is outside 0 to C - 1 for a model with C outputs: check how many "
        "classes the model scores and that the labels start at 0",
    ),
    _advice(
        "TypeError",
        r"^expected np\.ndarray \(got \w+\)",
        "torch.from_numpy takes NumPy arrays only: torch.as_tensor(x) takes arrays, lists "
        "and tensors alike (and copies nothing it need not)",
    ),
    _advice(
        "RuntimeError",
        r"does not require grad and does not have a grad_fn",
        "backward() was called on a value autograd did not record: set requires_grad=True "
        "on what is differentiated, and compute the loss from it without torch.no_grad(), "
        ".detach(), .item() or .numpy() on the way",
    ),
    _advice(
        "RuntimeError",
        r"backward through the graph a second time",
        "each backward() frees the graph it used: compute the loss afresh (a new forward "
        "pass) before every backward(), inside the loop",
    ),
    _advice(
        "RuntimeError",
        r"leaf Variable that requires grad is being used in an in-place operation",
        "change a parameter in place only inside `with torch.no_grad():` (w -= lr * w.grad), "
        "then zero its gradient, or let an optimiser do both",
    ),
    _advice(
        "RuntimeError",
        r"could not infer output dtype\. Input dtype must be either a floating point",
        "an integer tensor has no mean: convert it first (t.float())",
    ),
    _advice(
        "RuntimeError",
        r"Tensor with \d+ elements cannot be converted to Scalar",
        ".item() takes a tensor of one element: reduce it first (.sum(), .mean()) or index "
        "the element you mean",
    ),
    _advice(
        "ValueError RuntimeError",
        r"cannot reshape array of size|is invalid for input of size",
        "a new shape must hold exactly as many elements as the array has: print its shape, "
        "and give one size as -1 to have it worked out",
    ),
    _advice(
        "IndexError",
        r"too many indices for array",
        "the array has fewer axes than the index uses: print its shape (a 1-D array takes "
        "one index)",
    ),
    _advice(
        "IndexError",
        r"out of bounds for axis|index out of range|list index out of range",
        "an index went past the end: on an axis of size n the indexes run from 0 to n - 1, "
        "so look for an off-by-one in a range() or a loop bound, for an empty input, and "
        "for values used as positions (labels that are not 0 to k - 1: map them first, "
        "e.g. np.unique(..., return_inverse=True))",
    ),
    _advice(
        "OverflowError",
        r"",
        "a number grew past what a float holds (about 1.8e308): work in logarithms, or "
        "divide as you go instead of forming a huge power or product first",
    ),
    _advice(
        "LinAlgError",
        r"[Ss]ingular matrix",
        "the matrix is singular (its columns are linearly dependent), so it has no inverse: "
        "use np.linalg.lstsq or np.linalg.pinv, which work without one",
    ),
    _advice(
        "ZeroDivisionError",
        r"",
        "something was divided by zero: check what the statement asks for an empty input, "
        "or a group or class with no members, and handle that before dividing",
    ),
    _advice(
        "TypeError AttributeError",
        r"'NoneType' object|of type 'NoneType'",
        "a value is None where something else was expected: a function that ends without "
        "`return` returns None, and so do in-place methods such as list.sort(), "
        "list.append() and pandas methods called with inplace=True",
    ),
    _advice(
        "AttributeError",
        r"'numpy\.ndarray' object has no attribute 'append'",
        "NumPy arrays do not grow in place: collect the values in a list and call np.array "
        "on it at the end",
    ),
    _advice(
        "AttributeError",
        r"'DataFrame' object has no attribute",
        "the frame has no column (or method) by that name: read a column as df['name'] and "
        "check df.columns for its exact spelling",
    ),
    _advice(
        "KeyError",
        r"",
        "that key is not there: print the keys (d.keys(), df.columns, df.index) to check "
        "the spelling and the type (1 and '1' differ); d.get(key, default) gives a value for "
        "a missing key",
    ),
    _advice(
        "TypeError",
        r"unhashable type",
        "a list, dict, set or array cannot be a dict key or a set member: make it a tuple "
        "first (tuple(x))",
    ),
    _advice(
        "ValueError RuntimeError",
        r"truth value of an? .* is ambiguous|Boolean value of Tensor with more than one",
        "an `if`, `and`, `or` or `not` met a whole array: combine element by element with "
        "&, | and ~ (each side in brackets), or reduce to one answer with .any() or .all()",
    ),
    _advice(
        "ValueError",
        r"setting an array element with a sequence",
        "the rows have different lengths, or an element is itself a list: a NumPy array is "
        "rectangular, so make every row the same length",
    ),
    _advice(
        "ValueError",
        r"(too many|not enough) values to unpack",
        "the names on the left and the items on the right differ in number: print what is "
        "unpacked (zip, dict.items() and enumerate give pairs)",
    ),
    _advice(
        "TypeError",
        r"missing \d+ required positional argument|takes \d+ positional arguments? but "
        r"\d+ (were|was) given|got an unexpected keyword argument",
        "a call does not match its function's parameters: the checks call the functions "
        "the statement names with exactly the parameters it lists, in its order, so keep "
        "those signatures (a method takes self first)",
    ),
    _advice(
        "RecursionError",
        r"during (compilation|ast construction)",
        "the file nests too deeply for Python to compile (an expression or blocks "
        "thousands of levels inside one another): write it flatter",
    ),
    _advice(
        "RecursionError",
        r"",
        "a function calls itself without end: give it a case that returns without "
        "recursing, and make every call's input smaller",
    ),
    _advice(
        "OperationalError",
        r"no such column",
        "the query names a column its tables do not have: check the schema the statement "
        "gives; an alias made in SELECT cannot be used in the WHERE of the same query",
    ),
    _advice(
        "OperationalError",
        r"no such table",
        "the query names a table the database does not have: check the table names the "
        "statement gives (a name made with WITH exists only in that statement)",
    ),
    _advice(
        "ValueError",
        r"Input (X |y )?contains NaN",
        "the data hold missing values (NaN) and this function takes none: do with them "
        "what the statement says (keep their rows apart, drop them, or impute them with "
        "SimpleImputer fitted on the training rows only) before the call",
    ),
    _advice(
        "ValueError",
        r"could not convert string to float: np\.str_",  # an array, not parsing a string
        "text reached a step that needs numbers: encode the categorical columns first "
        "(OneHotEncoder, pd.get_dummies) or select only the numeric ones",
    ),
)

_UNDEFINED = re.compile(r"^name '(\w+)' is not defined")


def advice_for(error: Mapping[str, Any], without: Sequence[str] = ()) -> str | None:
    """The usual meaning of a learner's exception (`{"type", "message", "kinds"}` as the
    driver reports it), or None when it is not one of the errors listed. `without`: the
    exercise's `without` list, whose modules are never advised as an import."""
    kind = str(error.get("type", ""))
    kinds = {kind, *(str(k) for k in error.get("kinds") or ())}
    message = str(error.get("message", ""))
    if "NameError" in kinds:
        found = _UNDEFINED.match(message)
        if found and found.group(1) in IMPORTS:
            line = IMPORTS[found.group(1)]
            module = line.split()[1]  # "import numpy as np", "from torch import nn"
            if any(module == name or module.startswith(name + ".") for name in without):
                return f"this exercise is to be written without {module}: write it in plain Python"
            return f"add `{line}` at the top of your file"
        return (
            "the name is not defined where it is used: check its spelling, import it at the "
            "top of the file, or define it before the line that uses it (a name made inside "
            "one function is not visible in another)"
        )
    for advice in ADVICE:
        if advice.kinds & kinds and advice.pattern.search(message):
            return advice.text
    return None


def with_advice(said: str, error: Mapping[str, Any], without: Sequence[str] = ()) -> str:
    """`said` (how the error was described), followed by its usual meaning if it has one."""
    advice = advice_for(error, without)
    return said if advice is None else f"{said}; {advice}"
