# expect: minus sign
ANSWER = "-exp(-z)/(1 + exp(-z))**2"
