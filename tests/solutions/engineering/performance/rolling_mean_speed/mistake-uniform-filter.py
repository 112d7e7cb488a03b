# expect: windows after the spike are off.*uniform_filter1d
from scipy.ndimage import uniform_filter1d


def rolling_mean(x, w):
    # SciPy's moving average, shifted so that output i is the window starting at x[i].
    # It keeps a running total inside, which still holds the spike for later windows.
    return uniform_filter1d(x, size=w, origin=-(w // 2))[: len(x) - w + 1]
