# expect: standard error of 0\.3; 0\.3 percentage points is 0\.003
# The target read as 0.3 (percentage points) while p stays a fraction. Before the fix it
# was told "too few examples", without the unit.
import math

ANSWER = math.ceil(0.93 * 0.07 / 0.3**2)
