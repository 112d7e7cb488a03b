# expect: variance scales with its square, x\*\*2
# The variance of B/p, without the activation. Before the fix it got only a point where
# it differs.
ANSWER = "(1 - p)/p"
