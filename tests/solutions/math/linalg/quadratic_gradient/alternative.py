# Expanded: d/dw of (w x + b - y)^2 = 2 w x^2 + 2 b x - 2 x y.
ANSWER = "2*w*x**2 + 2*b*x - 2*x*y"
