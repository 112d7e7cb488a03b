# The rates from the statement.
prevalence = 0.02     # P(fraud)
sensitivity = 0.90    # P(flagged | fraud)
specificity = 0.95    # P(not flagged | legitimate)

# TODO: set ANSWER to P(fraud | flagged), a number between 0 and 1.
# You may compute it from the rates above or write the number you worked out.
ANSWER = None
