import numpy as np


def pairwise_iou(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """IoU of every box in A with every box in B: shape (n, m)."""
    out = np.zeros((len(A), len(B)))
    for i in range(len(A)):
        for j in range(len(B)):
            w = min(A[i, 2], B[j, 2]) - max(A[i, 0], B[j, 0])
            h = min(A[i, 3], B[j, 3]) - max(A[i, 1], B[j, 1])
            inter = max(w, 0.0) * max(h, 0.0)
            union = ((A[i, 2] - A[i, 0]) * (A[i, 3] - A[i, 1])
                     + (B[j, 2] - B[j, 0]) * (B[j, 3] - B[j, 1]) - inter)
            out[i, j] = inter / union if union > 0 else 0.0
    return out
