r"""Each test example is a Bernoulli trial with variance $p(1 - p)$; the measured
accuracy is the mean of $n$ independent ones, so its variance is $p(1 - p)/n$ and
its standard error $\sqrt{p(1 - p)/n}$. Requiring $\sqrt{p(1-p)/n} \le s$ gives
$n \ge p(1 - p)/s^2 = 0.0651 / 0.000009 \approx 7233.3$, and the smallest whole
number above that is 7234. Rounding to the nearest integer (7233) gives a
standard error just above the target.

The square root is what makes precision expensive: halving the standard error
takes four times as many examples. Two common slips: confusing the standard
error with the half-width of a 95% interval (which is about $1.96$ standard
errors, and would need $1.96^2 \approx 3.8$ times as many examples), and
dividing by $s$ instead of $s^2$.
"""

import math

p = 0.93
target_se = 0.003

ANSWER = math.ceil(p * (1 - p) / target_se**2)
