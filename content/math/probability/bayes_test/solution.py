r"""Bayes' theorem with the flag rate split into its two sources: true positives,
$0.90 \times 0.02 = 0.018$ of all transactions, and false positives,
$0.05 \times 0.98 = 0.049$. Of the $0.067$ that are flagged, only
$0.018 / 0.067 \approx 0.269$ are fraud: about one flag in four, although the
model catches 90% of fraud and clears 95% of legitimate payments.

The classic mistake is to answer the sensitivity, 0.90: that is $P(\text{flagged}
\mid \text{fraud})$, the probability the other way round. It ignores the base
rate, and with a rare positive class the base rate dominates. Counting in a
population of, say, 10,000 transactions (200 fraud, 180 flagged; 9,800 legitimate,
490 flagged) makes the same computation hard to get wrong.
"""

prevalence = 0.02     # P(fraud)
sensitivity = 0.90    # P(flagged | fraud)
specificity = 0.95    # P(not flagged | legitimate)

true_flags = sensitivity * prevalence
false_flags = (1 - specificity) * (1 - prevalence)
ANSWER = true_flags / (true_flags + false_flags)
