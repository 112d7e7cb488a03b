# 3 * sigmoid(3x) written with tanh: sigmoid(u) = (1 + tanh(u/2)) / 2. SymPy must prove
# it or the points must agree, far out on both sides included.
ANSWER = "3*(1 + tanh(3*x/2))/2"
