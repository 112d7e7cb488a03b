# exp(-z)/(1 + exp(-z))^2, multiplied out above and below by exp(z): 1/(2 + 2*cosh(z)).
ANSWER = "1/(2 + exp(z) + exp(-z))"
