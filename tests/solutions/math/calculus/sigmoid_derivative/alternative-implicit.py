# sigma*(1 - sigma) with implicit products and ^ for the power: "(a)(b)" reads as a*b.
ANSWER = "(1/(1 + exp(-z)))(1 - 1/(1 + exp(-z)))"
