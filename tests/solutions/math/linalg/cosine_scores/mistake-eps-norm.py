# expect: tiny \(but nonzero\) norms are wrong
import numpy as np


def cosine_scores(query, docs):
    docs = np.asarray(docs, dtype=np.float64)
    query = np.asarray(query, dtype=np.float64)
    norms = np.linalg.norm(docs, axis=1) * np.linalg.norm(query)
    return (docs @ query) / np.maximum(norms, 1e-8)
