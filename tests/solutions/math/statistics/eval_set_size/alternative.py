import math

# Search upwards from the rounded-down bound: the first n whose standard error
# is within the target (comparing variances avoids the square root).
p, se = 0.93, 0.003
n = max(1, int(p * (1 - p) / se**2) - 5)
while p * (1 - p) / n > se**2:
    n += 1
ANSWER = n
assert math.sqrt(p * (1 - p) / ANSWER) <= se
