"""Cases run on the CUDA device (and once on the CPU, for device-agnostic code).

The messages are worked out in the host with a float64 NumPy forward pass: the host
never imports torch, let alone initialises CUDA.
"""

import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-5, 1e-6


def _state(rng, d, h, k):
    return {
        "0.weight": (rng.normal(size=(h, d)) / np.sqrt(d)).astype(np.float32),
        "0.bias": rng.normal(scale=0.1, size=h).astype(np.float32),
        "3.weight": (rng.normal(size=(k, h)) * 2 / np.sqrt(h)).astype(np.float32),
        "3.bias": rng.normal(scale=0.1, size=k).astype(np.float32),
    }


def _case(name, rng, n, d, h, k, device, batch_size, hidden=False):
    X = rng.normal(size=(n, d))  # float64, as NumPy and pandas hand it over
    return Case(name, (_state(rng, d, h, k), X, device, int(batch_size)), rtol=RTOL, atol=ATOL,
                hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        n, batch = int(rng.integers(200, 600)), int(rng.integers(16, 100))
        out.append(_case(f"random batch job #{i + 1} (n={n}, batches of {batch})", rng, n,
                         int(rng.integers(4, 30)), int(rng.integers(8, 64)),
                         int(rng.integers(2, 6)), "cuda", batch))
    out.append(_case("batch size larger than n", rng, 7, 5, 16, 3, "cuda", 64))
    out.append(_case("batch size 1", rng, 9, 3, 8, 2, "cuda", 1))
    out.append(_case("an explicit device index, cuda:0", rng, 50, 6, 32, 4, "cuda:0", 16))
    out.append(_case("no rows (an empty partition of the job)", rng, 0, 6, 16, 3, "cuda", 8))
    out.append(_case("the same code on the CPU", rng, 40, 5, 16, 3, "cpu", 12))
    out.append(_case("random batch job (hidden)", rng, 300, 12, 48, 5, "cuda", 37, hidden=True))
    return out


def _forward(state, X):
    hidden = np.maximum(X @ state["0.weight"].T.astype(float) + state["0.bias"], 0.0)
    logits = hidden @ state["3.weight"].T.astype(float) + state["3.bias"]
    logits -= logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    return e / e.sum(axis=1, keepdims=True)


def compare(case, expected, got):
    state, X, device, _ = case.args
    if not (isinstance(got, tuple) and len(got) == 2):
        return "return a tuple (probs, device_type)"
    probs, where = got
    want_where = expected[1]
    if not isinstance(where, str):
        return ("device_type should be a string such as 'cuda': "
                "next(model.parameters()).device.type")
    if where != want_where:
        return (f"the model's parameters are on '{where}', not on the '{device}' device it was "
                f"asked to run on: move it with model.to(torch.device(device))")
    if not isinstance(probs, np.ndarray):
        return (f"probs should be a NumPy array, not {type(probs).__name__}: "
                ".cpu().numpy() on the result")
    n, k = X.shape[0], state["3.weight"].shape[0]
    if probs.shape != (n, k):
        return (f"probs should have shape {(n, k)} (one row per row of X, one column per "
                f"class), not {probs.shape}: concatenate the batches along dim 0, in order")
    if probs.dtype != np.float32:
        return (f"probs should be float32, not {probs.dtype}: convert each batch to float32 "
                "(the model's dtype) instead of converting the model to float64")
    problem = same(expected[0], probs, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "the probabilities do not match"
    if n and np.allclose(probs.sum(axis=0), 1.0, atol=1e-3) and not np.allclose(
            probs.sum(axis=1), 1.0, atol=1e-3):
        return f"{problem}; the softmax ran over the rows: take it over the classes, dim=1"
    if n and not np.allclose(probs.sum(axis=1), 1.0, atol=1e-3):
        return f"{problem}; rows should sum to 1: apply a softmax over dim=1 to the logits"
    if np.allclose(np.sort(probs, axis=0), np.sort(_forward(state, X), axis=0), rtol=1e-3,
                   atol=1e-4):
        return f"{problem}; the rows come back in another order: keep the batches in order"
    return (f"{problem}; the scores differ from the network's in evaluation mode: is dropout "
            "still on? call model.eval() after loading the weights")
