# expect: derivative with respect to x
# Differentiated with respect to the input x instead of the weight w: w**2 where x**2
# belongs. Before the fix it got only a point where it differs.
ANSWER = "w**2*exp(w*x)/(1 + exp(w*x))**2"
