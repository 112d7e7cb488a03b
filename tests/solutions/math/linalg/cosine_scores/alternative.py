import numpy as np


def cosine_scores(query, docs):
    # Normalise first, then take dot products; zero vectors stay zero vectors.
    q = np.asarray(query, dtype=float)
    D = np.asarray(docs, dtype=float)
    q_norm = np.sqrt(np.sum(q * q))
    row_norms = np.sqrt(np.einsum("ij,ij->i", D, D))
    unit_q = np.zeros_like(q) if q_norm == 0 else q / q_norm  # a NaN norm stays NaN
    safe = np.where(row_norms == 0, 1.0, row_norms)
    unit_D = D / safe[:, None]
    return np.einsum("ij,j->i", unit_D, unit_q)
