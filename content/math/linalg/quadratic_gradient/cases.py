"""The usual wrong partial derivatives of (w x + b - y)^2, each with what it gets wrong."""

MISTAKES = [
    (
        "2*(w*x + b - y)",
        "the inner factor x is missing: that is df/db; the residual w*x + b - y has "
        "derivative x with respect to w",
    ),
    (
        "2*w*(w*x + b - y)",
        "that is df/dx, the derivative with respect to the input; gradient descent needs the "
        "derivative with respect to the parameter w",
    ),
    ("x*(w*x + b - y)", "the factor 2 from the square is missing: d/dr r**2 = 2*r"),
    ("2*x*(w*x - y)", "the bias b was dropped from the residual: it is w*x + b - y"),
    ("(w*x + b - y)**2*x", "the square was kept: d/dr r**2 = 2*r, times the inner derivative x"),
    (
        "2*x*(y - w*x - b)",
        "the sign is flipped: the residual is w*x + b - y, whose derivative with respect to w "
        "is +x; writing the loss as (y - w*x - b)**2 is fine, but then the inner derivative "
        "is -x, and the minus sign must stay",
    ),
    (
        "2*x*(w*x + b - y)**2",
        "the square was kept: d/dr r**2 = 2*r, so the residual w*x + b - y appears to the first "
        "power, times the inner derivative x",
    ),
    (
        "2*w*x**2 + 2*b*x - 2*y",
        "the term -2*y lost its factor x: the whole residual w*x + b - y is multiplied by x, "
        "so the expanded form is 2*w*x**2 + 2*b*x - 2*x*y",
    ),
    (
        "2*w*x**2 + 2*b - 2*y",
        "only the first term got the factor x: the whole residual w*x + b - y is multiplied by "
        "x, so the expanded form is 2*w*x**2 + 2*b*x - 2*x*y",
    ),
    ("(w*x + b - y)**2", "that is the loss f itself; differentiate it with respect to w"),
]
