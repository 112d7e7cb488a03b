# expect: factor 3 divides where it should multiply
# d/dx exp(3x) taken as exp(3x)/3, the antiderivative. Before the fix it got only a point
# where it differs.
ANSWER = "exp(3*x)/(3*(1 + exp(3*x)))"
