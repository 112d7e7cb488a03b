import torch


def time_matmul(n: int, warmup: int, repeats: int, device: str) -> list[float]:
    """Milliseconds the GPU takes for each of `repeats` float32 (n, n) @ (n, n) products,
    after `warmup` untimed ones."""
    target = torch.device(device)
    a = torch.randn(n, n, device=target)
    b = torch.randn(n, n, device=target)
    # TODO: warm up, then time each product as the GPU runs it (not as Python queues it).
    raise NotImplementedError("time_matmul is not written yet")
