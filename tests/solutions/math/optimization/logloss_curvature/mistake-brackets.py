# expect: square covers only exp\(w\*x\)
# The denominator (1 + exp(w*x))**2 typed without brackets around the sum. Before the fix
# it got only a point where it differs.
ANSWER = "x**2*exp(w*x)/(1 + exp(w*x)**2)"
