# expect: close but outside the relative tolerance.*do not round lambda_max
# The right formula, 2 / lambda_max, with lambda_max rounded by hand to 8.05. Before the
# fix it was told to "find the Hessian of L, its largest eigenvalue ...", which it had.
ANSWER = 2 / 8.05
