# The same four options in another order, as a list.
ANSWER = ["H", "E", "D", "B"]
