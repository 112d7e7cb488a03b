"""CUDA events are timestamps written by the GPU itself into its stream: `start.record()`
and `end.record()` around the product mark when the GPU reaches those points, and
`end.synchronize()` waits until it has, so `start.elapsed_time(end)` is the GPU's time
for that product alone, in milliseconds, whatever Python was doing meanwhile. The
warm-up runs first and is waited for, so that the first timed product pays neither for
kernel loading and cuBLAS set-up nor for queued warm-up work.

The common wrong approach is `time.perf_counter()` around `a @ b` with no
synchronisation: the call returns once the kernel is queued, so it measures the
launch (microseconds). A `perf_counter` timing is honest only with
`torch.cuda.synchronize()` both before starting the clock (so earlier work is not
counted) and before stopping it. Averaging one long loop is also common and fine for
throughput, but it hides the per-call spread that latency targets care about.
"""

import torch


def time_matmul(n: int, warmup: int, repeats: int, device: str) -> list[float]:
    target = torch.device(device)
    a = torch.randn(n, n, device=target)
    b = torch.randn(n, n, device=target)
    for _ in range(warmup):
        a @ b
    torch.cuda.synchronize(target)
    times = []
    for _ in range(repeats):
        start = torch.cuda.Event(enable_timing=True)
        end = torch.cuda.Event(enable_timing=True)
        start.record()
        a @ b
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end))
    return times
