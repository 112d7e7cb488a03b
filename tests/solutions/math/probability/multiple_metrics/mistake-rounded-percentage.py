# expect: looks like a percentage
# The right chance as a percentage, rounded to a whole percent. Before the fix only
# percentages within 0.1% of the exact one were recognised, and this one was told it
# "is not a probability", without the reason.
ANSWER = 64
