"""B: the metric must count the costly error (missed cases) and compare the models
where they will be used (2,500 flags, the capacity), so recall at that flag rate.
Because the number of flags is fixed by the capacity, the false alarms are fixed
too (2,500 minus the cases caught), and recall alone decides.

The common wrong answer is accuracy, which a model that flags nobody tops at
99.5%. Precision and F1 both give the cheap error (a false alarm) a weight it
does not have here, and F1 at 0.5 is computed at a threshold unrelated to the
service. ROC AUC is threshold-free, which is exactly the problem: it averages
over operating points no one will use.
"""

ANSWER = "B"
