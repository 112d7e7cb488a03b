import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-4, 1e-6


def _data(rng, n, d):
    X = rng.normal(size=(n, d)).astype(np.float32)
    y = (X @ rng.normal(size=d) + rng.normal() + 0.3 * rng.normal(size=n)).astype(np.float32)
    return X, y


def _case(name, X, y, lr, epochs, batch_size, seed, hidden=False):
    return Case(name, (X, y, float(lr), int(epochs), int(batch_size), int(seed)),
                rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        n, d = int(rng.integers(20, 60)), int(rng.integers(1, 5))
        batch = int(rng.integers(3, 9))
        if n % batch == 0:
            n += 1  # a short last batch
        out.append(_case(f"random data #{i + 1} (n={n}, d={d}, batch {batch})", *_data(rng, n, d),
                         rng.uniform(0.02, 0.1), int(rng.integers(5, 20)), batch,
                         int(rng.integers(0, 10_000))))
    out.append(_case("batches that divide n exactly", *_data(rng, 24, 2), 0.05, 8, 6,
                     int(rng.integers(0, 10_000))))
    out.append(_case("a last batch of one example", *_data(rng, 21, 3), 0.05, 6, 5,
                     int(rng.integers(0, 10_000))))
    out.append(_case("one batch holds everything (full-batch GD)", *_data(rng, 15, 2), 0.1, 20,
                     64, int(rng.integers(0, 10_000))))
    out.append(_case("batch size 1 (pure SGD)", *_data(rng, 12, 2), 0.02, 3, 1,
                     int(rng.integers(0, 10_000))))
    out.append(_case("a single epoch", *_data(rng, 30, 3), 0.05, 1, 7,
                     int(rng.integers(0, 10_000))))
    out.append(_case("zero epochs", *_data(rng, 10, 2), 0.05, 0, 4, 0, hidden=True))
    return out


def _variant(args, **mistake):
    """The reference loop with one mistake switched on (for the messages only)."""
    import torch

    # torch.manual_seed in a variant must not touch the host's own random state
    with torch.random.fork_rng(devices=[]):
        return _loop(args, **mistake)


def _loop(args, *, zero_grad=True, squeeze=True, weighted=True, reseed=False,
          summed=False, nominal=False, after=False, global_seed=None):
    import torch
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset

    X, y, lr, epochs, batch_size, seed = args
    X, y = torch.as_tensor(X), torch.as_tensor(y)
    if global_seed == "first":
        torch.manual_seed(seed)
    model = nn.Linear(X.shape[1], 1)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)

    def loader():
        if global_seed:  # shuffled by the global generator, not one of its own
            return DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True)
        return DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True,
                          generator=torch.Generator().manual_seed(seed))

    if global_seed == "last":
        torch.manual_seed(seed)
    once = loader()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    losses = []
    for _ in range(epochs):
        total, means = 0.0, []
        if zero_grad == "epoch":
            optimizer.zero_grad()
        for xb, yb in loader() if reseed else once:
            if zero_grad is True:
                optimizer.zero_grad()
            pred = model(xb)
            errors = (pred.squeeze(1) - yb) ** 2 if squeeze else (pred - yb) ** 2
            loss = errors.sum() if summed else errors.mean()
            loss.backward()
            optimizer.step()
            total += errors.mean().item() * (batch_size if nominal else len(xb))
            means.append(loss.item())
        if after:
            with torch.no_grad():
                total = ((model(X).squeeze(1) - y) ** 2).sum().item()
        losses.append(total / len(X) if weighted else float(np.mean(means)))
    return model.weight.detach().reshape(-1).numpy(), model.bias.item(), losses


GLOBAL_SEED = ("the batches come in another order: the DataLoader shuffles with the global "
               "generator (torch.manual_seed), not its own: keep the starter's DataLoader, with "
               "generator=torch.Generator().manual_seed(seed), and build it only once")


def _close(a, b):
    try:
        return np.allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float),
                           rtol=1e-3, atol=1e-5)
    except (TypeError, ValueError):
        return False


def diagnose(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 3):
        return "return a tuple (weight, bias, epoch_losses)"
    weight, bias, losses = got
    epochs = case.args[3]
    if not isinstance(weight, np.ndarray) or weight.shape != expected[0].shape:
        return f"weight should be a tensor of shape {expected[0].shape}: model.weight.reshape(-1)"
    if weight.dtype != np.float32:
        return "weight should stay float32, the dtype of nn.Linear"
    if not isinstance(bias, float):
        return "bias should be a Python float: model.bias.item()"
    if not isinstance(losses, list) or len(losses) != epochs:
        return f"epoch_losses should be a list with one float per epoch ({epochs})"
    params_right = _close(weight, expected[0]) and _close(bias, expected[1])
    if params_right and _close(losses, expected[2]):
        return None  # every number is right: what differs (a graph kept, say) is said already
    if params_right:
        if _close(losses, _variant(case.args, weighted=False)[2]):
            return ("the weights are right but the epoch loss is the plain mean of the batch "
                    "losses: weight each batch's loss by its size, the last batch is smaller")
        if _close(losses, _variant(case.args, nominal=True)[2]):
            return ("the weights are right but each batch's loss was weighted by batch_size: "
                    "weight it by the examples it holds, len(xb), as the last batch is smaller")
        if _close(losses, _variant(case.args, after=True)[2]):
            return ("the weights are right but the epoch loss was measured on all of X after "
                    "the epoch's steps: record each batch's loss as it is computed, before its "
                    "step")
        return ("the weights are right but the epoch losses are not: record each batch's loss "
                "before its step, times the number of examples in the batch, and divide the "
                "sum by n")
    for mistake, words in (
        (dict(zero_grad=False), "the gradients are never cleared, so every step adds up all "
         "the gradients so far: call optimizer.zero_grad() before backward()"),
        (dict(squeeze=False), "the predictions have shape (batch, 1) and the targets (batch,), "
         "so the loss broadcasts to a (batch, batch) matrix: squeeze the predictions to (batch,)"),
        (dict(reseed=True), "every epoch sees the batches in the same order: build the "
         "DataLoader and its generator once, before the epoch loop"),
        (dict(zero_grad="epoch"), "the gradients are cleared once per epoch, so within an "
         "epoch every step adds up the gradients so far: call optimizer.zero_grad() for every "
         "batch"),
        (dict(global_seed="last"), GLOBAL_SEED),
        (dict(global_seed="first"), GLOBAL_SEED),
        (dict(summed=True), "each step follows the sum of the squared errors, not their mean, "
         "so it is batch-size times too large: keep nn.MSELoss() with its mean reduction"),
    ):
        w, b, _ = _variant(case.args, **mistake)
        if _close(weight, w) and _close(bias, b):
            return words
    return None
