# expect: windows that end before the spike are off too.*FFT
import numpy as np
from scipy import signal


def rolling_mean(x, w):
    # scipy's convolve picks the fastest method for the sizes by itself.
    return signal.convolve(x, np.ones(w) / w, mode="valid")
