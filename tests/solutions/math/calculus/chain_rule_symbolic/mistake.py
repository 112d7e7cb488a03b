# expect: inner function 3x
ANSWER = "exp(3*x)/(1 + exp(3*x))"
