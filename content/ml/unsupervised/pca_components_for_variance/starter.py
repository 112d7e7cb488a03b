import numpy as np


def components_for_variance(X: np.ndarray, target: float) -> tuple[int, np.ndarray]:
    """The fewest principal components whose explained variance reaches `target`,
    and the explained-variance ratio of every component."""
    # TODO: centre, take the singular values, turn them into ratios, count.
    raise NotImplementedError("components_for_variance is not written yet")
