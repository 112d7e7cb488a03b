import numpy as np

from mldojo.grading.casekit import Case
from mldojo.grading.checks import with_diagnosis
from mldojo.grading.figures import suptitle_as_title


def _curves(rng, n):
    epochs = np.arange(1, n + 1)
    train = 2.0 * np.exp(-epochs / rng.uniform(2, 6)) + rng.uniform(0.01, 0.05)
    val = train + rng.uniform(0.0, 0.02) * np.maximum(epochs - n / 2, 0) ** 1.5
    return train, val


def cases(rng):
    out = []
    for i, n in enumerate((int(rng.integers(5, 30)), int(rng.integers(30, 80)))):
        out.append(Case(f"a run of {n} epochs", _curves(rng, n)))
    out.append(Case("a single epoch", (np.array([0.9]), np.array([1.0]))))
    return out


def diagnose(case, expected, got):
    """Name the usual slip behind a wrong line: epochs counted from 0."""
    if not isinstance(got, dict) or len(got.get("axes", ())) != 1:
        return None
    n = len(case.args[0])
    for line in got["axes"][0]["lines"]:
        x = np.asarray(line["x"], dtype=float)
        if len(x) == n and np.allclose(x, np.arange(n)):
            return ("the epochs start at 0 (ax.plot(losses) numbers the points 0..n-1): "
                    "plot against the epochs np.arange(1, n + 1)")
    return None


def compare(case, expected, got):
    # The statement says "title it": a figure title on the only axes reads the same.
    return with_diagnosis(diagnose)(case, expected, suptitle_as_title(got))
