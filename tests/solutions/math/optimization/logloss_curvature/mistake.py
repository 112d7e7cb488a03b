# expect: factor x\*\*2|x squared
ANSWER = "exp(w*x)/(1 + exp(w*x))**2"
