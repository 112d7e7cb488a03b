# The confusion matrix from the statement: 20,000 transactions.
fraud_flagged = 126       # actually fraud, flagged by the model
fraud_missed = 74         # actually fraud, not flagged
legit_flagged = 294       # actually legitimate, flagged anyway
legit_cleared = 19_506    # actually legitimate, not flagged

# TODO: set ANSWER to the F1 score of the fraud class, a number between 0 and 1.
# You may compute it from the counts above or write the number you worked out.
ANSWER = None
