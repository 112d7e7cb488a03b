# The letter written with a trailing space: it is ignored.
ANSWER = "C "
