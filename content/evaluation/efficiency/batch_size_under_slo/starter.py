import numpy as np


def best_batch_size(
    latencies_ms: dict[int, np.ndarray], p99_target_ms: float
) -> tuple[int | None, float]:
    """The batch size with the highest throughput (items/s) among those whose p99 latency
    meets the target, and that throughput; (None, 0.0) if none does."""
    # TODO: p99 and throughput per batch size; keep the sizes that meet the target.
    raise NotImplementedError("best_batch_size is not written yet")
