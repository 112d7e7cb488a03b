import numpy as np


def covariance_matrix(X):
    # optimize=True lets einsum hand the contraction to BLAS; without it einsum runs its
    # own loop, about 8 to 12 times faster than the pair loop here, close to the bar of 6.
    Xc = X - X.mean(axis=0)  # integer X becomes float64 here
    return np.einsum("ni,nj->ij", Xc, Xc, optimize=True) / (len(X) - 1)
