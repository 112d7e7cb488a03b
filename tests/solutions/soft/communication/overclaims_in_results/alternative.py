# The same four overclaims, in reverse order and separated by semicolons.
ANSWER = "F; D; C; B"
