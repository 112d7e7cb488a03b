# expect: ^(?!.*there is a NaN)(?!.*is NaN: a zero vector).*an epsilon added to the denominator
# Wrong: an epsilon added to the product of the norms, to avoid dividing by zero, biases
# every score. It was only told that the values differ, and where the expected value holds
# a NaN too, that it had a NaN from a zero norm.
import numpy as np


def cosine_scores(query, docs):
    docs = np.asarray(docs, dtype=np.float64)
    norms = np.linalg.norm(docs, axis=1) * np.linalg.norm(query)
    return (docs @ query) / (norms + 1e-8)  # epsilon to avoid division by zero
