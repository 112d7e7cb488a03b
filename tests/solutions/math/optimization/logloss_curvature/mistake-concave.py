# expect: minus sign too many.*never negative
# A sign slip that makes the loss look concave. Before the fix it got only a point where
# it differs, with nothing about the sign.
ANSWER = "-x**2*exp(w*x)/(1 + exp(w*x))**2"
