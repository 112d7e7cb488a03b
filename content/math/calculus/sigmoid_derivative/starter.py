# The derivative of sigma(z) = 1/(1 + exp(-z)) with respect to z, as a string in z.
# Example for g(z) = 1/(1 + z**2): ANSWER = "-2*z/(1 + z**2)**2"
ANSWER = ""
