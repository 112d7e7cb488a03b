# expect: one-sided 95% margin
# Sizes the set for a one-sided 95% bound (z = 1.645) instead of the standard error the
# question asks about. Before the fix it was only told "more examples than needed".
import math

ANSWER = math.ceil(1.645**2 * 0.93 * 0.07 / 0.003**2)
