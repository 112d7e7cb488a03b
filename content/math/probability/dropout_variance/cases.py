"""The usual wrong variances of inverted dropout, each with what it gets wrong."""

MISTAKES = [
    (
        "x**2/p",
        "that is E[Y^2], the second moment; the variance subtracts the squared mean, "
        "Var(Y) = E[Y^2] - E[Y]^2 with E[Y] = x",
    ),
    (
        "x**2*p*(1 - p)",
        "that is the variance of plain dropout x*B; inverted dropout divides by p, which "
        "multiplies the variance by 1/p**2",
    ),
    (
        "x**2*(1 - p)",
        "the scale 1/p enters the variance squared: Var(c*B) = c**2 * p*(1 - p) with c = x/p",
    ),
    (
        "x*(1 - p)/p",
        "the variance grows with the square of the activation: Var(c*B) = c**2 * p*(1 - p)",
    ),
    (
        "x**2*(1 - p)/p**2",
        "Var(B) = p*(1 - p) brings one factor p back: Var(x*B/p) = x**2 * p*(1 - p) / p**2",
    ),
    (
        "x**2 - x**2/p",
        "the two terms are swapped, and a variance is never negative: Var(Y) = E[Y^2] - E[Y]^2 "
        "with E[Y^2] = x**2/p and E[Y]^2 = x**2",
    ),
    ("x*sqrt((1 - p)/p)", "that is the standard deviation of Y; the variance is its square"),
    ("x*sqrt(1 - p)/sqrt(p)", "that is the standard deviation of Y; the variance is its square"),
    (
        "x**2/p**2 - x**2",
        "E[Y^2] lost its factor p: Y^2 = (x/p)**2 * B**2 and B**2 = B, so "
        "E[Y^2] = (x/p)**2 * E[B] = x**2/p",
    ),
    ("x**2/p - x", "the mean is not squared: E[Y] = x, so Var(Y) = E[Y^2] - E[Y]^2 subtracts x**2"),
    (
        "(1 - p)/p",
        "that is Var(Y) / x**2, the variance of B/p: the activation x scales Y, and the "
        "variance scales with its square, x**2",
    ),
    (
        "x**2*p/(1 - p)",
        "that is upside down: Var(c*B) = c**2 * p*(1 - p) with c = x/p gives (1 - p)/p times "
        "x**2, which grows as the keep probability p falls",
    ),
]
