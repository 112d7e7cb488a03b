from math import comb

# Sum the binomial probabilities of exactly k false alarms, k = 1..20, instead of
# taking the complement of "none".
n, alpha = 20, 0.05
ANSWER = sum(comb(n, k) * alpha**k * (1 - alpha) ** (n - k) for k in range(1, n + 1))
