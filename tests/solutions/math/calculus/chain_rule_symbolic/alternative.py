# The same derivative written as 3 * sigmoid(3x).
ANSWER = "3/(1 + exp(-3*x))"
