# expect: square covers only exp\(-z\)
# The denominator (1 + exp(-z))**2 typed without brackets around the sum. Before the fix
# it got only a point where it differs.
ANSWER = "exp(-z)/(1 + exp(-z)**2)"
