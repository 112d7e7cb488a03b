# expect: standard deviation of Y; the variance is its square
# The standard deviation where the variance is asked. Before the fix it got only a point
# where it differs (a complex value at a negative p), with nothing about the square.
ANSWER = "x*sqrt((1 - p)/p)"
