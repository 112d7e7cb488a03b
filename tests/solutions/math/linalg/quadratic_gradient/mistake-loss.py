# expect: loss f itself
# The loss where its derivative is asked. Before the fix it got only a point where it
# differs.
ANSWER = "(w*x + b - y)**2"
