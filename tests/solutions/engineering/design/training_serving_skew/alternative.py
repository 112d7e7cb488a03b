# The letter in lower case, inside a list: read the same way.
ANSWER = ["a"]
