import numpy as np
import pandas as pd


def rolling_mean(x, w):
    return pd.Series(x).rolling(w).mean().to_numpy()[w - 1:]
