# expect: E\[Y\^2\].*subtract
ANSWER = "x**2/p"
