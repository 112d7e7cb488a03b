"""An exercise's `without` list: the learner's code is read, never run, and a use of a
listed module or function is refused, however it is reached."""

from __future__ import annotations

import pytest

from mldojo.grading.without import forbidden_use, missing_use, python_loop

SKLEARN = ["sklearn"]
INVERSE = ["numpy.linalg.inv", "scipy.linalg"]


@pytest.mark.parametrize(
    ("source", "without", "named"),
    [
        ("import sklearn\n", SKLEARN, "sklearn"),
        ("from sklearn.metrics import roc_auc_score\n", SKLEARN, "sklearn.metrics.roc_auc_score"),
        ("import sklearn.model_selection as ms\n", SKLEARN, "sklearn.model_selection"),
        ("def f():\n    from sklearn import naive_bayes\n", SKLEARN, "sklearn.naive_bayes"),
        ("__import__('sklearn.metrics')\n", SKLEARN, "sklearn.metrics"),
        ("import importlib\nm = importlib.import_module('sklearn')\n", SKLEARN, "sklearn"),
        ("import numpy as np\nB = np.linalg.inv(A)\n", INVERSE, "numpy.linalg.inv"),
        ("from numpy import linalg as la\nB = la.inv(A)\n", INVERSE, "numpy.linalg.inv"),
        ("from numpy.linalg import inv\n", INVERSE, "numpy.linalg.inv"),
        ("import numpy as np\nf = getattr(np.linalg, 'inv')\n", INVERSE, "numpy.linalg.inv"),
        ("import scipy.linalg\nscipy.linalg.solve(A, b)\n", INVERSE, "scipy.linalg"),
    ],
)
def test_a_listed_name_is_refused_however_it_is_reached(
    source: str, without: list[str], named: str
) -> None:
    message = forbidden_use(source, without)
    assert message is not None and f"uses {named}:" in message, message


def test_an_exercise_can_say_why_a_use_is_refused() -> None:
    source = "import numpy as np\nw = np.linalg.inv(A) @ b\n"
    assert "build it yourself" in (forbidden_use(source, INVERSE) or "")
    reason = "solve the system with np.linalg.solve instead"
    message = forbidden_use(source, INVERSE, reason=reason)
    assert message is not None and message.endswith(f"uses numpy.linalg.inv: {reason}"), message


def test_code_that_hides_what_it_runs_is_refused() -> None:
    message = forbidden_use("exec('import ' + 'sklearn')\n", SKLEARN)
    assert message is not None and "calls exec()" in message


@pytest.mark.parametrize(
    "source",
    [
        "import numpy as np\nn = np.linalg.norm(A)\nB = A @ A.T\n",
        "import numpy\nfrom numpy import linalg\nx = linalg.eigh(A)\n",
        "model.eval()\ninverse = 1 / x\n",  # a method named eval, a name holding 'inv'
        "def broken(:\n",  # left to the run, which names the syntax error
    ],
)
def test_everything_else_is_allowed(source: str) -> None:
    assert forbidden_use(source, INVERSE) is None


def test_an_exercise_without_a_list_reads_nothing() -> None:
    assert forbidden_use("import sklearn\nexec('x')\n", []) is None


@pytest.mark.parametrize(
    ("source", "kind", "line"),
    [
        ("def f(X, v):\n    for i in range(len(v)):\n        X[i] += v[i]\n", "a for loop", 2),
        ("def f(X, v):\n    i = 0\n    while i < 3:\n        i += 1\n", "a while loop", 3),
        ("import numpy as np\ndef f(X, v):\n    return np.array([r + w for r, w in zip(X, v)])\n",
         "a list comprehension", 3),
        ("def f(X, v):\n    return sum(x for x in v)\n", "a generator expression", 2),
        ("def f(X, v):\n    return {k: 1 for k in v}\n", "a dict comprehension", 2),
        ("def f(X, v):\n    return list(map(abs, v))\n", "map()", 2),
        ("import numpy as np\ng = np.vectorize(abs)\n", "numpy.vectorize()", 2),
        ("from numpy import apply_along_axis as each\ny = each(sum, 1, X)\n",
         "numpy.apply_along_axis()", 2),
    ],
)  # fmt: skip
def test_a_loop_in_python_is_named_with_its_line(source: str, kind: str, line: int) -> None:
    said = python_loop(source)
    assert said is not None and said.startswith(f"line {line} loops in Python ({kind})")


def test_whole_array_code_has_no_loop() -> None:
    assert python_loop("import numpy as np\ndef f(X, v):\n    return X + v[:, None]\n") is None
    assert python_loop("def f(:\n") is None  # the run names a syntax error


def test_a_loop_in_a_trial_run_is_refused_and_said_to_be_read_there_too() -> None:
    # The file could set its own __name__: what the guard holds is read like the rest.
    trial = (
        "def f(X, v):\n    return X + v\n\nif __name__ == '__main__':\n"
        "    for n in range(3):\n        print(f(n, n))\n"
    )
    said = python_loop(trial)
    assert said is not None and said.startswith("line 5 loops in Python (a for loop)")
    assert said.endswith("so keep trial runs in another file")
    other = python_loop(trial.replace("__name__ ==", "__name__ !="))
    assert other is not None and "trial runs" not in other
    compared = "if __name__ == '__main__':\n    from sklearn.metrics import roc_auc_score\n"
    assert (forbidden_use(compared, SKLEARN) or "").endswith("keep trial runs in another file")


def test_a_vectorised_exercise_refuses_a_loop_before_anything_runs() -> None:
    from mldojo.catalog.catalog import load_catalog
    from mldojo.grading.local import LocalGrader
    from tests.conftest import BROADCAST, CONTENT

    exercise = load_catalog(content_root=CONTENT).get(BROADCAST)
    assert exercise.meta.vectorised
    looped = (
        "import numpy as np\n\ndef add_row_offsets(X, offsets):\n"
        "    return np.array([row + o for row, o in zip(X, offsets)])\n"
    )
    verdict = LocalGrader().grade(exercise, looped, seed=1)
    assert not verdict.passed
    (case,) = verdict.cases
    assert case.name == "written without Python loops"
    assert case.message.startswith("line 4 loops in Python (a list comprehension)")


AUTOGRAD = ["backward", "torch.autograd", "torch.func"]


@pytest.mark.parametrize(
    "source",
    [
        "def f(x):\n    loss = (x * x).sum()\n    loss.backward()\n    return x.grad\n",
        "import torch\ndef f(x, y):\n    return torch.autograd.grad(y, x)\n",
        "from torch.autograd import grad\ndef f(x, y):\n    return grad(y, x)\n",
        "import torch.autograd as ag\ndef f(x, y):\n    return ag.grad(y, x)\n",
        "from torch.func import grad, vmap\ndef f(g):\n    return vmap(grad(g))\n",
    ],
)
def test_a_use_of_the_tool_taught_is_found_however_it_is_reached(source: str) -> None:
    assert missing_use(source, AUTOGRAD) is None


def test_code_without_the_tool_taught_is_told_which_it_is() -> None:
    by_hand = "import torch\ndef f(W, x):\n    return (1 - torch.tanh(x @ W) ** 2) @ W.T\n"
    assert missing_use(by_hand, AUTOGRAD) == (
        "this exercise asks you to use backward(), torch.autograd or torch.func, and the code "
        "uses none of them: the point is to practise that tool, so let it do the work you "
        "wrote by hand"
    )
    # A name that only looks like one: torch.autograd_extra is not torch.autograd.
    assert missing_use("import torch\ny = torch.autograd_extra\n", ["torch.autograd"])
    assert missing_use(by_hand, []) is None  # an exercise without a list reads nothing


INV = ["numpy.linalg.inv"]
NP = "import numpy as np\n"


@pytest.mark.parametrize(
    ("source", "without", "words"),
    [
        (NP + "la = np.linalg\nla.inv(A)\n", INV, "hands numpy.linalg around as a value"),
        (NP + "f = lambda m=np.linalg: m\nf().inv(A)\n", INV, "hands numpy.linalg around"),
        (NP + "NAME = 'inv'\ngetattr(np.linalg, NAME)(A)\n", INV, "getattr() with a name it"),
        (NP + "getattr(np.linalg, 'in' + 'v')(A)\n", INV, "getattr() with a name it works out"),
        (NP + "import builtins\nbuiltins.getattr(np.linalg, 'inv')(A)\n", INV, "uses numpy"),
        (NP + "vars(np.linalg)['inv'](A)\n", INV, "could hide"),
        (NP + "np.linalg.__dict__['inv'](A)\n", INV, "reads a __dict__"),
        (NP + "import sys\nsys.modules['numpy.linalg'].inv(A)\n", INV, "by name (sys.modules)"),
        (NP + "import operator\noperator.attrgetter('linalg.inv')(np)(A)\n", INV, "could hide"),
        ("import importlib\nimportlib.import_module('numpy.linalg').inv(A)\n", INV, "uses numpy"),
        ("import builtins\nbuiltins.exec('x = 1')\n", INV, "calls exec()"),
        ("m = __import__('skl' + 'earn.metrics', fromlist=['x'])\n", SKLEARN, "a name it works"),
        ("import importlib\nNAME = 'sklearn'\nimportlib.import_module(NAME)\n", SKLEARN, "works"),
        ("np = __import__(''.join(['num', 'py']))\n", ["numpy"], "__import__() with a name"),
    ],
)
def test_a_use_hidden_behind_a_computed_name_or_a_value_is_refused(
    source: str, without: list[str], words: str
) -> None:
    message = forbidden_use(source, without)
    assert message is not None and words in message, message


def test_plain_uses_of_an_allowed_module_stay_allowed() -> None:
    source = NP + "x = np.linalg.solve(A, b)\ny = np.zeros(3)\nz = isinstance(x, np.ndarray)\n"
    assert forbidden_use(source, INV) is None


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("import functools\ndef f(X):\n    return functools.reduce(g, X, [])\n", "reduce()"),
        ("import itertools, operator\nitertools.starmap(operator.add, zip(X, o))\n", "starmap"),
        ("import builtins\nbuiltins.map(lambda r: r, X)\n", "map()"),
        ("exec('for i in range(3): pass')\n", "exec()"),
        ("def f(X, i=0):\n    return [] if i == len(X) else [X[i]] + f(X, i + 1)\n", "calling"),
    ],
)
def test_a_loop_by_another_name_is_refused(source: str, words: str) -> None:
    message = python_loop(source)
    assert message is not None and words in message, message


def test_a_function_of_the_code_s_own_is_not_the_tool_asked_for() -> None:
    own = "def backward(W, h):\n    return h @ W\n\nG = backward(W1, h)\n"
    assert missing_use(own, ["backward", "torch.autograd"]) is not None
    assert missing_use("loss.backward()\n", ["backward"]) is None
