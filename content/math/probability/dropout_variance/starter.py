# The variance of Y = x*B/p with B ~ Bernoulli(p), as a string in x and p.
# Example, the mean of plain dropout Z = x*B: "p*x"
ANSWER = ""
