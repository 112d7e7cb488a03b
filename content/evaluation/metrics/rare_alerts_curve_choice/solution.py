"""D (model B). The false-positive rate divides by the 199,900 legitimate logins a
day, so the whole range the team can work in (at most 500 alerts, FPR at most about 0.25%)
is a thin strip at the left of the ROC plot, and ROC AUC is mostly decided elsewhere.
Precision divides by the alerts raised, so it shows what the reviewers live
with, and average precision weights the top of the ranking. The decisive check
is the operating point itself: takeovers caught within 500 alerts a day.

The common wrong answer is option A: "higher ROC AUC wins" is a habit from
balanced problems. Option C makes the precision numbers look better and describe
nothing real, since precision depends on the share of positives; option B mistakes
two metrics that answer different questions for a tie.
"""

ANSWER = "D"
