import numpy as np


def pairwise_iou(A, B):
    # Split the coordinates into columns first; np.errstate and np.where for the 0/0 pairs.
    ax1, ay1, ax2, ay2 = (A[:, k].reshape(-1, 1) for k in range(4))
    bx1, by1, bx2, by2 = (B[:, k].reshape(1, -1) for k in range(4))
    inter = (np.maximum(0.0, np.minimum(ax2, bx2) - np.maximum(ax1, bx1))
             * np.maximum(0.0, np.minimum(ay2, by2) - np.maximum(ay1, by1)))
    union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(union > 0, inter / union, 0.0)
