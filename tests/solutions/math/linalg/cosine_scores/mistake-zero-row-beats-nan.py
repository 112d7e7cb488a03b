# expect: the query holds a NaN and row \d+ is all zeros, and NaN wins over the zero rule
# Wrong: each norm is tested on its own, so an all-zero row scores 0.0 even when the query
# holds a NaN (and a NaN row scores 0.0 against an all-zero query). The checks once let it
# through: no case put a NaN against an all-zero vector.
import numpy as np


def cosine_scores(query, docs):
    D = np.asarray(docs, dtype=np.float64)
    q = np.asarray(query, dtype=np.float64)
    rn = np.linalg.norm(D, axis=1)
    qn = np.linalg.norm(q)
    dots = D @ q
    ok = (rn != 0) & (qn != 0)  # a zero row scores 0.0 whatever the query holds
    return np.divide(dots, rn * qn, out=np.zeros_like(dots), where=ok)
