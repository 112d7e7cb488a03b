import numpy as np

from mldojo.grading.casekit import Call, Case, same

RTOL, ATOL = 1e-5, 1e-6


def _weights(rng, d, h, k):
    return {
        "fc1.weight": rng.normal(scale=1.5, size=(h, d)).astype(np.float32),
        "fc1.bias": rng.normal(size=h).astype(np.float32),
        "fc2.weight": rng.normal(scale=1.5, size=(k, h)).astype(np.float32),
        "fc2.bias": rng.normal(size=k).astype(np.float32),
    }


def _case(rng, name, d, h, k, dropout, n, hidden=False):
    x32 = rng.normal(size=(n, d)).astype(np.float32)
    x64 = rng.normal(size=(n, d))  # float64, as data from pandas or NumPy usually is
    calls = (
        Call("n_parameters"),
        Call("load_numpy", (_weights(rng, d, h, k),)),
        Call("predict_proba", (x32,)),
        Call("predict_proba", (x32,)),  # the same input again: the same answer
        Call("predict", (x32,)),
        Call("predict_proba", (x64,)),
        Call("predict", (x64,)),
        Call("n_parameters"),
        Call("state_dict"),  # the weights under the names fc1.* and fc2.*, nothing else
    )
    return Case(name, (d, h, k, dropout), calls=calls, rtol=RTOL, atol=ATOL, hidden=hidden)


def _predict_first(rng, name, d, h, k, dropout, n):
    """predict on a freshly loaded model, before predict_proba has had a chance to call
    eval(): predict must switch dropout off itself."""
    x32 = rng.normal(size=(n, d)).astype(np.float32)
    x64 = rng.normal(size=(n, d))
    calls = (
        Call("load_numpy", (_weights(rng, d, h, k),)),
        Call("predict", (x64,)),
        Call("predict", (x32,)),
        Call("predict_proba", (x32,)),
    )
    return Case(name, (d, h, k, dropout), calls=calls, rtol=RTOL, atol=ATOL)


def cases(rng):
    return [
        _case(rng, "4 features, 8 hidden, 3 classes, dropout 0.5", 4, 8, 3, 0.5, 6),
        _case(rng, "6 features, 16 hidden, 5 classes, dropout 0.2", 6, 16, 5, 0.2, 10),
        _case(rng, "no dropout", 3, 5, 4, 0.0, 5),
        _case(rng, "two classes, heavy dropout", 5, 12, 2, 0.8, 8),
        _case(rng, "one example", 3, 4, 3, 0.5, 1),
        _case(rng, "one feature, many classes", 1, 6, 7, 0.3, 9, hidden=True),
        _case(rng, "a larger batch", 8, 32, 10, 0.5, 64),
        _predict_first(rng, "predict called before predict_proba, dropout 0.5", 8, 32, 10, 0.5,
                       64),
    ]


def compare(case, expected, got, call):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if problem.startswith(("expected a torch.Tensor", "the tensor returned")):
        return problem  # a NumPy array, or a graph kept: the message says it all
    if case.hidden:
        problem = _veil(problem)
    d, h, k, dropout = case.args
    if call.method == "n_parameters":
        if got == 4:
            return (problem + "; that is the number of parameter tensors: count the numbers "
                    "in them with p.numel()")
        if isinstance(got, float):
            return problem + "; return a Python int"
        return problem + f"; fc1 has {h}*{d} weights and {h} biases, fc2 {k}*{h} and {k}"
    if call.method == "load_numpy":
        return problem + "; load_numpy returns None"
    if call.method == "state_dict":
        if isinstance(got, dict) and set(got) != set(expected):
            return (problem + f"; state_dict() holds {sorted(got)}, where it should hold "
                    f"exactly {sorted(expected)}: assign the layers as the attributes self.fc1 "
                    "and self.fc2 (an nn.Sequential, or other names, registers the weights under "
                    "other names, and a checkpoint saved from the trained model no longer loads "
                    "by name)")
        return problem + "; state_dict() should hold the weights given to load_numpy"
    if not isinstance(got, np.ndarray):
        return problem + f"; {call.method} returns a torch.Tensor"
    if got.shape != expected.shape:
        return problem
    if got.dtype != expected.dtype:
        if call.method == "predict":
            return problem + "; argmax of a tensor gives int64 class indices"
        return (problem + "; keep float32: convert the input with "
                "torch.as_tensor(x, dtype=torch.float32), the dtype of the weights")
    if call.method == "predict_proba":
        if got.shape[0] > 1 and np.allclose(got.sum(axis=0), 1.0, atol=1e-4):
            return (problem + "; each column sums to 1: the softmax ran over the batch (dim=0); "
                    "it should run over the classes (dim=1)")
        if not np.allclose(got.sum(axis=1), 1.0, atol=1e-4):
            return problem + "; the rows should sum to 1: apply softmax to the logits over dim=1"
    if dropout > 0:
        return (problem + "; if the answer changes from one call to the next, dropout is "
                "still on: switch to evaluation mode with self.eval() before predicting")
    return problem


def _veil(problem):
    """A hidden case's message names the kind of difference, never the expected values."""
    if "values differ" in problem:
        return problem.split("; the first")[0]
    if problem.startswith(("expected shape", "expected dtype")):
        return problem
    return "the value is wrong"
