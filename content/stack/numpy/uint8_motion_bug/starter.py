import numpy as np


def motion_score(prev: np.ndarray, cur: np.ndarray, threshold: int) -> tuple[float, float]:
    """The fraction of elements that changed by more than `threshold`, and the mean change.

    Users report that when a scene gets darker, nearly every pixel counts as moved.
    Find out why and fix it.
    """
    change = np.abs(cur - prev)
    moved = change > threshold
    return float(moved.mean()), float(change.mean())
