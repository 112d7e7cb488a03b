import numpy as np


def cosine_scores(query: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Cosine similarity between `query` (d,) and each row of `docs` (n, d).

    Returns a float64 array of shape (n,); an entry is 0.0 when the query or
    that row has norm zero.
    """
    # TODO: dot products of each row with the query, divided by the two norms;
    # entries with a zero norm are 0.0.
    raise NotImplementedError("cosine_scores is not written yet")
