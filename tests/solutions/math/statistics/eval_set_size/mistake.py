# expect: round the bound up
# Rounded to the nearest integer instead of up.
ANSWER = round(0.93 * 0.07 / 0.003**2)
