# expect: 1 - 1/\(1 \+ exp\(z\)\) is sigma itself
# sigma*(1 - sigma) with 1 - sigma written as 1 - 1/(1 + exp(z)), which is sigma again:
# the answer is sigma**2. Before the fix it was only told that the inner derivative was
# missing, which does not describe this route.
ANSWER = "1/(1 + exp(-z)) * (1 - 1/(1 + exp(z)))"
