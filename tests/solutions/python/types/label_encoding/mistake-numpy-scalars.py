# expect: Python int.*(int\(\.\.\.\)|\.item\(\)|tolist)
import numpy as np
def encode_labels(labels):
    if not labels:
        return [], []
    classes, codes = np.unique(labels, return_inverse=True)
    return list(classes), list(codes)
