import numpy as np

from mldojo.grading.casekit import Case, short

RTOL, ATOL = 1e-7, 1e-10


def _problem(rng, n, d, *, scale=1.0, float_labels=False):
    X = rng.normal(size=(n, d))
    w = rng.normal(0, scale, size=d)
    b = float(rng.normal(0, scale))
    p = 1 / (1 + np.exp(-np.clip(X @ w + b, -30, 30)))
    y = (rng.random(n) < p).astype(np.float64 if float_labels else np.int64)
    return w, b, X, y


def _case(name, args, l2=None, hidden=False):
    kwargs = {} if l2 is None else {"l2": float(l2)}
    return Case(name, args, kwargs=kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(3):
        n, d = int(rng.integers(10, 60)), int(rng.integers(2, 6))
        out.append(_case(f"random {n} rows, {d} weights", _problem(rng, n, d)))
    out.append(_case("with an L2 penalty", _problem(rng, 30, 4), l2=rng.uniform(0.1, 2.0)))
    w, b, X, y = _problem(rng, 20, 3)
    out.append(
        _case(
            "L2 penalty and a large bias (the bias is not penalised)",
            (w, float(rng.uniform(3, 6)), X, y),
            l2=rng.uniform(0.5, 2.0),
        )
    )
    out.append(_case("float labels", _problem(rng, 25, 3, float_labels=True)))
    out.append(_case("one row", _problem(rng, 1, 4), l2=0.3))
    out.append(_case("all weights zero (loss ln 2)", (np.zeros(3), 0.0, *_problem(rng, 12, 3)[2:])))
    w, b, X, y = _problem(rng, 30, 3, scale=1.0)
    out.append(_case("huge logits, up to |z| ~ 1000", (w * 300, b * 300, X, y)))
    X = np.array([[1.0], [1.0], [1.0], [1.0]])
    y = np.array([0, 1, 1, 0])
    out.append(
        _case(
            "confidently wrong and right at |z| = 800", (np.array([800.0]), 0.0, X, y), hidden=True
        )
    )
    out.append(_case("all labels 1", (*_problem(rng, 15, 2)[:3], np.ones(15, dtype=np.int64))))
    return out


def _variant(
    w, b, X, y, l2=0.0, *, sign=1.0, mean=True, bias_pen=False, half=True, pen_over_n=False
):
    z = X @ w + b
    n = len(X) if mean else 1
    p = 1 / (1 + np.exp(-np.clip(z, -700, 700)))
    pen = (0.5 if half else 1.0) / (len(X) if pen_over_n else 1)
    wb = w @ w + (b * b if bias_pen else 0.0)
    loss = np.sum(np.logaddexp(0, z) - y * z) / n + pen * l2 * wb
    gw = sign * X.T @ (p - y) / n + 2 * pen * l2 * w
    gb = sign * np.sum(p - y) / n + (2 * pen * l2 * b if bias_pen else 0.0)
    return float(loss), gw, float(gb)


def _close(got, cand):
    try:
        return (
            np.isclose(float(got[0]), cand[0], rtol=1e-6, atol=1e-9)
            and np.allclose(np.asarray(got[1], dtype=float), cand[1], rtol=1e-6, atol=1e-9)
            and np.isclose(float(got[2]), cand[2], rtol=1e-6, atol=1e-9)
        )
    except (TypeError, ValueError):
        return False


PENALTY_OVER_N = (
    "the L2 penalty is divided by n: the mean is over the rows' losses only, and "
    "(l2/2)*||w||^2 is added once, whole, so the gradient adds l2*w, not l2*w/n"
)


def compare(case, expected, got):
    w, b, X, y = case.args
    l2 = case.kwargs.get("l2", 0.0)
    if not (isinstance(got, tuple) and len(got) == 3):
        return f"return a tuple (loss, grad_w, grad_b), got {short(got)}"
    loss, gw, gb = got
    for name, value in (("loss", loss), ("grad_b", gb)):
        if isinstance(value, np.ndarray) or not isinstance(value, float | int | np.floating):
            return f"{name} should be a float, got {type(value).__name__} {short(value)}"
    if not isinstance(gw, np.ndarray) or gw.shape != w.shape:
        return f"grad_w should be an array of shape {w.shape}, got {short(gw)}"
    if gw.dtype != np.float64:
        return f"grad_w should be float64, got {gw.dtype}"
    values = [float(loss), float(gb), *gw.tolist()]
    if float(loss) == np.inf and np.all(np.isfinite(values[1:])):
        z = X @ w + b
        with np.errstate(all="ignore"):
            exp_first = np.mean(np.log1p(np.exp(z)) - y * z)
            p = 1 / (1 + np.exp(-z))
            textbook = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        if exp_first == np.inf and textbook != np.inf:
            # log(p) gives nan here (0 * -inf); only exp(z) itself overflows to +inf
            return (
                "the loss is inf: np.exp(z) overflows to inf once a logit passes about "
                "709, and log1p(inf) is inf, however exactly log1p treats small values. "
                "Compute ln(1 + e^z) as np.logaddexp(0, z), which factors out the larger "
                "exponent and returns about z for a huge logit"
            )
    if not np.all(np.isfinite(values)):
        return (
            "the result has inf or nan: the logits here reach hundreds, where sigmoid "
            "rounds to exactly 0 or 1 and log(p) is -inf. Write the loss as "
            "np.logaddexp(0, z) - y * z and use a stable sigmoid"
        )
    named = [
        (
            {"sign": -1.0},
            "the gradient has the wrong sign: it is X^T (p - y) / n, prediction minus target",
        ),
        ({"mean": False}, "this sums over the rows: average them (divide by n)"),
        (
            {"bias_pen": True},
            "the bias is penalised too: the L2 term is (l2/2)*||w||^2 on the weights only",
        ),
        (
            {"half": False},
            "the penalty is missing its 1/2: the loss adds (l2/2)*||w||^2 and "
            "the gradient adds l2*w",
        ),
        ({"pen_over_n": True}, PENALTY_OVER_N),
    ]
    for kwargs, why in named:
        if _close(got, _variant(w, b, X, y, l2, **kwargs)) and not _close(got, expected):
            return why
    for name, e, g in (("loss", expected[0], float(loss)), ("grad_b", expected[2], float(gb))):
        if not np.isclose(g, e, rtol=RTOL, atol=ATOL):
            capped = name == "loss" and g < e and np.max(np.abs(X @ w + b)) > 30
            extra = (
                (
                    "; it is too small where logits are huge: clipping p caps each row's "
                    "loss, while np.logaddexp(0, z) - y * z is exact"
                )
                if capped
                else ""
            )
            if name == "loss" and l2 > 0 and np.isclose(g, e - 0.5 * l2 * (w @ w), rtol=1e-6):
                extra = "; the L2 penalty (l2/2)*||w||^2 is missing from the loss"
            over_n = e - 0.5 * l2 * (w @ w) * (1 - 1 / len(X))
            if name == "loss" and l2 > 0 and len(X) > 1 and np.isclose(g, over_n, rtol=1e-6):
                extra = "; " + PENALTY_OVER_N
            if name == "grad_b" and l2 > 0 and b != 0 and np.isclose(g, e + l2 * b, rtol=1e-6):
                extra = (
                    "; it includes l2 * b: the bias is not penalised, so its gradient "
                    "has no L2 term"
                )
            shown = "" if case.hidden else f": expected {e!r}, got {g!r}"
            return f"{name} is wrong{shown}{extra}"
    if not np.allclose(gw, expected[1], rtol=RTOL, atol=ATOL):
        j = int(np.flatnonzero(~np.isclose(gw, expected[1], rtol=RTOL, atol=ATOL))[0])
        shown = "" if case.hidden else f": expected {float(expected[1][j])!r}, got {float(gw[j])!r}"
        if (
            l2 > 0
            and len(X) > 1
            and np.allclose(gw, expected[1] - l2 * w * (1 - 1 / len(X)), rtol=1e-6, atol=1e-9)
        ):
            return f"grad_w[{j}] is wrong{shown}; {PENALTY_OVER_N}"
        return f"grad_w[{j}] is wrong{shown}; it is X^T (p - y) / n + l2 * w"
    return None
