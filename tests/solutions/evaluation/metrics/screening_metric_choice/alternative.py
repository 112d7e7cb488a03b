# The same choice in lower case: letters are read case-insensitively.
ANSWER = "b"
