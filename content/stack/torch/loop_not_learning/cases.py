import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-4, 1e-5


def _blobs(rng, n, d, k, spread=1.0):
    centres = rng.normal(scale=2.0, size=(k, d))
    y = rng.integers(0, k, size=n)
    y[:k] = np.arange(k)  # every class present
    X = centres[y] + spread * rng.normal(size=(n, d))
    return X.astype(np.float32), y.astype(np.int64)


def _case(name, data, k, lr, epochs, seed, hidden=False):
    return Case(name, (*data, int(k), float(lr), int(epochs), int(seed)),
                rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        n, d, k = int(rng.integers(20, 60)), int(rng.integers(2, 5)), int(rng.integers(2, 5))
        out.append(_case(f"random blobs #{i + 1} (n={n}, d={d}, {k} classes)",
                         _blobs(rng, n, d, k), k, rng.uniform(0.05, 0.5),
                         int(rng.integers(20, 60)), int(rng.integers(0, 10_000))))
    out.append(_case("two classes, easy to separate", _blobs(rng, 30, 2, 2, spread=0.3), 2,
                     0.5, 50, int(rng.integers(0, 10_000))))
    out.append(_case("a single step", _blobs(rng, 25, 3, 3), 3, 0.3, 1,
                     int(rng.integers(0, 10_000))))
    out.append(_case("two steps", _blobs(rng, 25, 3, 3), 3, 0.3, 2,
                     int(rng.integers(0, 10_000))))
    out.append(_case("many classes", _blobs(rng, 60, 4, 6), 6, 0.2, 40,
                     int(rng.integers(0, 10_000))))
    X, y = _blobs(rng, 30, 3, 3)
    out.append(_case("float64 X, NumPy's default dtype (the model stays float32)",
                     (X.astype(np.float64), y), 3, 0.3, 15, int(rng.integers(0, 10_000))))
    out.append(_case("zero epochs (the initial weights)", _blobs(rng, 10, 2, 2), 2, 0.1, 0,
                     int(rng.integers(0, 10_000)), hidden=True))
    return out


def _variant(args, *, stale_optimizer=False, softmax_first=False, zero_grad=True):
    """The reference loop with some of the starter's bugs left in (for the messages)."""
    import torch
    import torch.nn.functional as F
    from torch import nn

    X, y, k, lr, epochs, seed = args
    X, y = torch.as_tensor(X, dtype=torch.float32), torch.as_tensor(y)
    if stale_optimizer:
        old = nn.Linear(X.shape[1], k)
    torch.manual_seed(seed)
    model = nn.Linear(X.shape[1], k)
    optimizer = torch.optim.SGD((old if stale_optimizer else model).parameters(), lr=lr)
    losses = []
    for _ in range(epochs):
        if zero_grad:
            optimizer.zero_grad()
        logits = model(X)
        loss = F.cross_entropy(torch.softmax(logits, 1) if softmax_first else logits, y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return model.weight.detach().numpy(), model.bias.detach().numpy(), losses


def _close(a, b):
    try:
        return np.allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float),
                           rtol=1e-3, atol=1e-5)
    except (TypeError, ValueError):
        return False


def diagnose(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 3):
        return "return the tuple (weight, bias, losses)"
    weight, bias, losses = got
    if not isinstance(weight, np.ndarray) or weight.shape != expected[0].shape:
        return f"weight should be the ({expected[0].shape[0]}, d) tensor model.weight"
    if not isinstance(losses, list) or len(losses) != len(expected[2]):
        return f"losses should hold one float per epoch ({len(expected[2])})"
    args = case.args
    if _close(weight, _variant(args, stale_optimizer=True)[0]) and args[4] > 0:
        return ("the weights never change: the optimizer holds the parameters of a model "
                "that was replaced after it was built, or the gradients are cleared between "
                "backward() and step() (zero_grad belongs before backward)")
    for bugs, words in (  # one bug before two: with a single step both explain it
        (dict(softmax_first=True), "the loss receives probabilities: F.cross_entropy applies "
         "log-softmax itself and wants the raw logits"),
        (dict(zero_grad=False), "the gradients are never cleared, so each step uses the sum "
         "of all the gradients so far: call optimizer.zero_grad() every epoch"),
        (dict(softmax_first=True, zero_grad=False), "two bugs are left: softmax before the "
         "loss and gradients that are never cleared"),
    ):
        w, b, _ = _variant(args, **bugs)
        if _close(weight, w) and _close(bias, b):
            return words
    if _close(weight, expected[0]) and _close(bias, expected[1]):
        return "the weights are right; losses[e] is the loss before epoch e's step"
    return ("check that the initial weights come from nn.Linear(d, n_classes) created right "
            "after torch.manual_seed(seed), with no other layer created before it, and that "
            "each epoch takes exactly one plain SGD step")
