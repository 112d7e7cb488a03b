# A letter written twice counts once: the same four options.
ANSWER = "B, D, E, H, B"
