# The number of false alarms is Binomial(20, 0.05); "at least one" is its survival
# function at 0, a NumPy float.
from scipy.stats import binom

ANSWER = binom.sf(0, 20, 0.05)
