# The derivative of f(x) = log(1 + exp(3*x)), as a string in x.
# Example for g(x) = sin(x**2): ANSWER = "2*x*cos(x**2)"
ANSWER = ""
