# expect: timed the launch|synchronise
import time

import torch


def time_matmul(n, warmup, repeats, device):
    # A stopwatch around an asynchronous call: it measures the launch.
    a = torch.randn(n, n, device=device)
    b = torch.randn(n, n, device=device)
    for _ in range(warmup):
        a @ b
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        a @ b
        times.append((time.perf_counter() - started) * 1000.0)
    return times
