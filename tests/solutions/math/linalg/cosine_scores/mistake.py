# expect: only the documents are normalised
import numpy as np


def cosine_scores(query, docs):
    # Normalises the documents but forgets the query's norm.
    docs = np.asarray(docs, dtype=float)
    norms = np.linalg.norm(docs, axis=1)
    dots = docs @ np.asarray(query, dtype=float)
    return np.divide(dots, norms, out=np.zeros_like(dots), where=norms > 0)
