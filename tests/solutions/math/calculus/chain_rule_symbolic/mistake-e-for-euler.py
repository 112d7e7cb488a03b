# expect: Euler.s number, write e\^u as exp\(u\)
# e^(3x) written with "e", which is no name in a formula: Euler's number is exp or E.
ANSWER = "3e^(3x)/(1+e^(3x))"
