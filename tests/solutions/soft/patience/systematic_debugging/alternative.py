# The same four options in another order, as a list.
ANSWER = ["G", "E", "C", "A"]
