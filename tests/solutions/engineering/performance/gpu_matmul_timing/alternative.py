import time

import torch


def time_matmul(n, warmup, repeats, device):
    # A host clock, made honest by synchronising before starting and before stopping it.
    device = torch.device(device)
    a, b = torch.randn(n, n, device=device), torch.randn(n, n, device=device)
    for _ in range(warmup):
        torch.matmul(a, b)
    times = []
    for _ in range(repeats):
        torch.cuda.synchronize(device)
        started = time.perf_counter()
        torch.matmul(a, b)
        torch.cuda.synchronize(device)
        times.append((time.perf_counter() - started) * 1000.0)
    return times
