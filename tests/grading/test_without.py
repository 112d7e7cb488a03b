"""An exercise's `without` list: the learner's code is read, never run, and a use of a
listed module or function is refused, however it is reached."""

from __future__ import annotations

import pytest

from mldojo.grading.without import forbidden_use

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
