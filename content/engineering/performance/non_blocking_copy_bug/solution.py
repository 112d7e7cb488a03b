"""A copy with `non_blocking=True` from the GPU into pinned (page-locked) host memory is
only *queued*: `copy_` returns at once, and the bytes arrive when the GPU reaches that
copy in its stream, after every kernel queued before it. Here the CPU queues all the
batches in a couple of milliseconds while the GPU needs tens of milliseconds to run
them, so `out.numpy()` hands over a buffer that the GPU has not written yet: zeros,
garbage, or the rows of whichever batches happen to be done. On the CPU every copy is
synchronous, which is why the bug never shows there.

The fix is one line where the host is about to read: wait for the GPU's work
(`torch.cuda.synchronize(target)`, or record a `torch.cuda.Event` after the last copy
and `event.synchronize()`). The host-to-device direction needs nothing: a copy and the
kernels that use it are ordered in the same stream, and PyTorch keeps a pinned batch
alive until its copy is done.

The common wrong fix is to drop `non_blocking` (or `.cpu()` each batch): correct,
but each batch then waits for the whole pipeline, and the overlap of copies with
compute, the reason to pin memory at all, is gone. Synchronising once at the end keeps
the overlap.
"""

import numpy as np
import torch

HIDDEN, OUT = 2048, 8


def embed(X: np.ndarray, seed: int, depth: int, batch_size: int, device: str) -> np.ndarray:
    target = torch.device(device)
    pin = target.type == "cuda"  # page-locked host memory exists only alongside a GPU
    g = torch.Generator().manual_seed(seed)
    w_in = (torch.randn(X.shape[1], HIDDEN, generator=g) / X.shape[1] ** 0.5).to(target)
    w_hidden = (torch.randn(HIDDEN, HIDDEN, generator=g) / HIDDEN**0.5).to(target)
    w_out = (torch.randn(HIDDEN, OUT, generator=g) / HIDDEN**0.5).to(target)
    out = torch.empty(len(X), OUT)
    out = out.pin_memory() if pin else out
    for start in range(0, len(X), batch_size):
        batch = torch.from_numpy(X[start : start + batch_size])
        batch = batch.pin_memory() if pin else batch
        h = torch.tanh(batch.to(target, non_blocking=True) @ w_in)
        for _ in range(depth):
            h = torch.tanh(h @ w_hidden)
        out[start : start + len(batch)].copy_(h @ w_out, non_blocking=True)
    if pin:
        torch.cuda.synchronize(target)  # the copies above are only queued until here
    return out.numpy()
