# expect: shape of tanh's derivative
# 1 - sigma**2, the tanh rule applied to the sigmoid. Before the fix it got only a point
# where it differs.
ANSWER = "1 - 1/(1 + exp(-z))**2"
