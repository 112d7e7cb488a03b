# expect: the standard error at this n is above 0\.003: round the bound up
# Rounded to the nearest integer. The message used to say "with one example fewer",
# which hands over the answer: it now says only what is wrong with this n.
ANSWER = int(0.93 * 0.07 / 0.003**2 + 0.5)
