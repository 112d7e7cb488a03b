# Implicit products with spaces ("w x" is w*x) and the minus sign taken out of a
# residual written the other way round.
ANSWER = "-2x(y - w x - b)"
