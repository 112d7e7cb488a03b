# The A/B test from the statement.
n_metrics = 20     # independent tests, one per metric
alpha = 0.05       # P(a test says "significant" | no real effect)

# TODO: set ANSWER to P(at least one metric is reported significant), between 0 and 1.
ANSWER = None
