# expect: that is f itself
# The function where its derivative is asked. Before the fix it got only a point where it
# differs.
ANSWER = "log(1 + exp(3*x))"
