# expect: standard error of 0\.03 \(3 percentage
# 0.3 percentage points typed as 0.03. Before the fix it was told only "too few examples".
import math

ANSWER = math.ceil(0.93 * 0.07 / 0.03**2)
