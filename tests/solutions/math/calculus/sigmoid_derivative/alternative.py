# sigma(z) * (1 - sigma(z)), with sigma written out; also equal to exp(z)/(1 + exp(z))**2.
ANSWER = "1/(1 + exp(-z)) * (1 - 1/(1 + exp(-z)))"
