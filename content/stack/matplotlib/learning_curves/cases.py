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
    for n in (int(rng.integers(5, 30)), int(rng.integers(30, 80))):
        out.append(Case(f"a run of {n} epochs", _curves(rng, n)))
    out.append(Case("a single epoch", (np.array([0.9]), np.array([1.0]))))
    return out


def diagnose(case, expected, got):
    """Name the usual slip behind a wrong line: epochs counted from 0."""
    if not isinstance(got, dict) or len(got.get("axes", ())) != 1:
        return None
    train, val = case.args
    n = len(train)
    lines = got["axes"][0]["lines"]
    for line in lines:
        x = np.asarray(line["x"], dtype=float)
        if len(x) == n and np.allclose(x, np.arange(n)):
            return (
                "the epochs start at 0 (ax.plot(losses) numbers the points 0..n-1): "
                "plot against the epochs np.arange(1, n + 1)"
            )
    by_label = {(line["label"] or "").strip().lower(): line for line in lines}

    def shows(line, values):
        y = np.asarray(line["y"], dtype=float)
        return y.shape == values.shape and bool(np.allclose(y, values))

    swapped = (
        {"train", "validation"} <= by_label.keys()
        and n > 1
        and not np.allclose(train, val)
        and shows(by_label["train"], val)
        and shows(by_label["validation"], train)
    )
    if swapped:
        return (
            "the labels are swapped: the line of train_loss is 'train', the line of "
            "val_loss 'validation'"
        )
    if any(shows(line, np.log10(train)) or shows(line, np.log(train)) for line in lines):
        return (
            "the lines show the logarithm of the losses: plot the losses themselves and "
            "let the axis do the log, ax.set_yscale('log')"
        )
    extra = len(lines) - 2
    if extra > 0 and all(
        shows(by_label.get(k, {"y": []}), v) for k, v in (("train", train), ("validation", val))
    ):
        return (
            f"the two curves are right, but the axes hold {extra} more line(s): a "
            "reference line (ax.axvline, ax.axhline) or a marker drawn with ax.plot is a "
            "line too; the statement asks for the two loss curves only"
        )
    return None


def compare(case, expected, got):
    # The statement says "title it": a figure title on the only axes reads the same.
    return with_diagnosis(diagnose)(case, expected, suptitle_as_title(got))
