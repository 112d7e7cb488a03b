# expect: areas are lined up along the wrong axis
# When A and B hold as many boxes, A's areas are added along the columns and B's down
# the rows: the shapes still broadcast to (n, n), but each pair gets the wrong union.
import numpy as np


def pairwise_iou(A, B):
    lt = np.maximum(A[:, None, :2], B[None, :, :2])
    rb = np.minimum(A[:, None, 2:], B[None, :, 2:])
    wh = (rb - lt).clip(min=0)
    inter = wh[..., 0] * wh[..., 1]
    area_a = np.prod(A[:, 2:] - A[:, :2], axis=1)
    area_b = np.prod(B[:, 2:] - B[:, :2], axis=1)
    if len(A) == len(B):
        union = area_a[None, :] + area_b[:, None] - inter
    else:
        union = area_a[:, None] + area_b[None, :] - inter
    return np.where(union > 0, inter / np.where(union > 0, union, 1), 0.0)
