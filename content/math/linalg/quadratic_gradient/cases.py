"""The usual wrong partial derivatives of (w x + b - y)^2, each with what it gets wrong."""

MISTAKES = [
    ("2*(w*x + b - y)",
     "the inner factor x is missing: that is df/db; the residual w*x + b - y has "
     "derivative x with respect to w"),
    ("2*w*(w*x + b - y)",
     "that is df/dx, the derivative with respect to the input; gradient descent needs the "
     "derivative with respect to the parameter w"),
    ("x*(w*x + b - y)",
     "the factor 2 from the square is missing: d/dr r**2 = 2*r"),
    ("2*x*(w*x - y)",
     "the bias b was dropped from the residual: it is w*x + b - y"),
    ("(w*x + b - y)**2*x",
     "the square was kept: d/dr r**2 = 2*r, times the inner derivative x"),
]
