import numpy as np


def pca_project(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Project X onto its top-k principal components (centred, not scaled).

    Returns (scores of shape (n, k), explained_variance_ratio of shape (k,)),
    where the ratio is each component's share of the total variance.
    """
    # TODO: centre the columns, take np.linalg.svd(Xc, full_matrices=False),
    # project onto the first k right singular vectors, and compute the shares.
    raise NotImplementedError("pca_project is not written yet")
