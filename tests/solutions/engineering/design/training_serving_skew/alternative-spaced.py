# Spaces around the letter are ignored.
ANSWER = "  A "
