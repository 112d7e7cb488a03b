# expect: sign is flipped
# The residual written as y - w*x - b, with the inner derivative -x lost: the negative of
# the gradient, so gradient descent would climb. Before the fix it got only a point where
# it differs.
ANSWER = "2*x*(y - w*x - b)"
