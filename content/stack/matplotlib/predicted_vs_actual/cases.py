import numpy as np

from mldojo.grading.casekit import Case


def _regression(rng, n, noise, bias=0.0, scale=1.0):
    y = rng.normal(loc=rng.uniform(-20, 50), scale=rng.uniform(2, 15), size=n)
    return y, bias + scale * y + noise * rng.normal(size=n)


def cases(rng):
    out = []
    for i in range(2):
        n = int(rng.integers(30, 200))
        out.append(Case(f"a good model, {n} examples", _regression(rng, n, noise=2.0)))
    out.append(Case("over-predictions reach beyond the actual range",
                    _regression(rng, 60, noise=1.0, bias=8.0, scale=1.3)))
    out.append(Case("a model that predicts near the mean",
                    _regression(rng, 50, noise=0.5, scale=0.05)))
    y = np.sort(rng.normal(size=40))
    out.append(Case("sorted actual values", (y, y + 0.3 * rng.normal(size=40))))
    out.append(Case("one example", (np.array([2.5]), np.array([3.0]))))
    return out


def diagnose(case, expected, got):
    if not isinstance(got, dict) or len(got.get("axes", ())) != 1:
        return None
    y_true, y_pred = case.args
    title = expected["axes"][0]["title"]
    if not got["axes"][0]["title"] and got.get("suptitle", "").strip().lower() == title.lower():
        return (f"{title!r} is the figure's title (fig.suptitle); the statement asks for the "
                "axes' title: ax.set_title")
    axes = got["axes"][0]
    # a line through one point per example, not the two-point diagonal alone
    if not axes["scatter"] and any(len(line["x"]) == len(y_true) for line in axes["lines"]):
        return ("the predictions are drawn as a line: use ax.scatter, one unconnected dot per "
                "example")
    for series in axes["scatter"]:
        points = np.asarray(series["points"])
        if points.shape == (len(y_true), 2) and np.allclose(points, np.c_[y_pred, y_true]):
            return "the axes are swapped: the actual value goes on x, the prediction on y"
    ends = [min(y_true.min(), y_pred.min()), max(y_true.max(), y_pred.max())]
    for line in axes["lines"]:
        x, y = np.asarray(line["x"]), np.asarray(line["y"])
        if len(x) > 2 and np.allclose(x, y) and np.allclose([x.min(), x.max()], ends):
            return ("the diagonal is drawn through many points: make it the two points "
                    "ax.plot([lo, hi], [lo, hi])")
        if (len(x) == 2 and not np.allclose(x, ends)
                and np.allclose(x, [y_true.min(), y_true.max()])):
            return ("the diagonal covers only the actual values: take lo and hi over both "
                    "arrays")
    return None
