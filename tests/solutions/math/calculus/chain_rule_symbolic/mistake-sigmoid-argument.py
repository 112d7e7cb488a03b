# expect: 3 of the inner function stays inside the sigmoid
# f' written as 3*sigmoid(x), the inner 3 lost from the argument. Before the fix it got
# only a point where it differs.
ANSWER = "3/(1 + exp(-x))"
