# expect: float32
import numpy as np
def pairwise_iou(A, B):
    A, B = A.astype(np.float32), B.astype(np.float32)
    w = np.clip(np.minimum.outer(A[:, 2], B[:, 2]) - np.maximum.outer(A[:, 0], B[:, 0]), 0, None)
    h = np.clip(np.minimum.outer(A[:, 3], B[:, 3]) - np.maximum.outer(A[:, 1], B[:, 1]), 0, None)
    inter = w * h
    union = np.add.outer((A[:, 2] - A[:, 0]) * (A[:, 3] - A[:, 1]), (B[:, 2] - B[:, 0]) * (B[:, 3] - B[:, 1])) - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(union > 0, inter / union, 0.0).astype(np.float64)
