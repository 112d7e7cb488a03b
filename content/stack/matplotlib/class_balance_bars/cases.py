import numpy as np

from mldojo.grading.casekit import Case

NAMES = ("cat", "dog", "bird", "frog", "ship", "truck", "horse", "deer", "plane", "car")


def _names(rng, k):
    names = [str(n) for n in rng.choice(NAMES, size=k, replace=False)]
    if k > 1 and names == sorted(names):  # never alphabetical: sorting by name must show
        names = names[1:] + names[:1]
    return names


def _labels(rng, n, weights):
    p = np.asarray(weights, dtype=float)
    return rng.choice(len(p), size=n, p=p / p.sum()).astype(np.int64)


def _missing(rng, k, absent):
    """Labels over k classes in which the classes in `absent` never occur."""
    weights = rng.dirichlet(np.ones(k)) + 0.05
    weights[list(absent)] = 0.0
    return _labels(rng, int(rng.integers(40, 300)), weights)


def cases(rng):
    out = []
    k = int(rng.integers(3, 7))
    n = int(rng.integers(30, 200))
    out.append(
        Case(
            f"{n} examples in {k} classes",
            (_labels(rng, n, rng.dirichlet(np.ones(k)) + 0.05), _names(rng, k)),
        )
    )
    k = int(rng.integers(4, 9))
    n = int(rng.integers(1000, 5000))
    skew = np.sort(rng.dirichlet(np.full(k, 0.4)) + 0.002)
    rng.shuffle(skew)  # the rare classes sit anywhere, not at one end
    out.append(Case(f"an imbalanced set of {n} examples", (_labels(rng, n, skew), _names(rng, k))))
    k = int(rng.integers(4, 8))
    middle = int(rng.integers(1, k - 1))
    out.append(
        Case("a class in the middle with no examples", (_missing(rng, k, [middle]), _names(rng, k)))
    )
    k = int(rng.integers(4, 8))
    out.append(Case("the last class has no examples", (_missing(rng, k, [k - 1]), _names(rng, k))))
    k = int(rng.integers(4, 8))
    out.append(
        Case("the first two classes have no examples", (_missing(rng, k, [0, 1]), _names(rng, k)))
    )
    k = int(rng.integers(3, 6))
    only = int(rng.integers(0, k - 1))
    n = int(rng.integers(5, 30))
    out.append(
        Case("every example in one class", (np.full(n, only, dtype=np.int64), _names(rng, k)))
    )
    out.append(
        Case("a single class", (np.zeros(int(rng.integers(1, 20)), dtype=np.int64), _names(rng, 1)))
    )
    return out


def diagnose(case, expected, got):
    """A guess at the mistake behind a wrong bar series; None when the bars are right."""
    if not isinstance(got, dict) or len(got.get("axes", ())) != 1:
        return None
    want = np.asarray(expected["axes"][0]["bars"][0]["height"], dtype=float)
    title = expected["axes"][0]["title"]
    if not got["axes"][0]["title"] and got.get("suptitle", "").strip().lower() == title.lower():
        return (f"{title!r} is the figure's title (fig.suptitle); the statement asks for the "
                "axes' title: ax.set_title")
    k = len(want)
    have = got["axes"][0]
    bars = have["bars"]
    if not bars:
        if have["lines"] or have["scatter"]:
            return (
                "counts per category are read from bars: draw them with ax.bar, not a "
                "line or scatter plot"
            )
        return "draw one bar per class with ax.bar(class_names, counts)"
    if len(bars) > 1 and any(len(b["height"]) > 1 for b in bars):
        return (
            "there are several bar series, as if bars from earlier calls were still on the "
            "figure: plt.bar, plt.gcf() and Series.plot() without ax= draw on pyplot's "
            "current figure, which every call shares. Start each call with "
            "fig, ax = plt.subplots() and draw on that ax"
        )
    if len(bars) > 1:
        return (
            "draw all the bars with a single ax.bar call; one call per class (in a loop) "
            "makes one bar series per class"
        )
    heights = np.asarray(bars[0]["height"], dtype=float)
    x = np.asarray(bars[0]["x"], dtype=float)
    classes = f"{k} class{'es' if k != 1 else ''}"
    if len(heights) == k and np.allclose(2 * x, want) and np.ptp(heights) == 0 and k > 1:
        return "ax.barh draws horizontal bars; this chart wants vertical ones, with ax.bar"
    if len(heights) < k:
        return (
            f"there are {classes} but only {len(heights)} bar(s): a class with no "
            "examples still needs its bar of height 0. np.unique, Counter and np.bincount "
            "without minlength= all drop such classes"
        )
    if len(heights) > k:
        return (
            f"there are {len(heights)} bars for {classes}: ax.hist(labels) cuts the "
            "range of the labels into bins (10 by default) that do not match the classes; "
            "count the examples per class and draw them with ax.bar"
        )
    if not np.allclose(x, np.arange(k)):
        right = "the heights are right but " if np.allclose(heights, want) else ""
        if np.allclose(x, np.round(x)):
            return (
                f"{right}the bars are misplaced: bar i belongs at x = i, counting from 0, "
                "which ax.bar(class_names, counts) gives"
            )
        return (
            f"{right}the bars are misplaced: bar i belongs at x = i, which "
            "ax.bar(class_names, counts) gives. ax.hist puts its bars at bin centres "
            "spread over the range of the labels, which do not line up with the classes"
        )
    if np.allclose(heights, want):
        return None
    if np.allclose(np.sort(heights), np.sort(want)):
        return (
            "the counts are right but in the wrong order: keep the bars in the order of "
            "class_names, not sorted by count or by name"
        )
    if want.sum() > 0 and np.isclose(heights.sum(), 1.0) and not np.isclose(want.sum(), 1.0):
        return "the heights should be numbers of examples, not fractions of the dataset"
    return None
