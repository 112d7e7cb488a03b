# Spaces around the letter are ignored.
ANSWER = " B "
