"""B and E. The depth-2 tree has high bias (training error close to its validation
error, both high); the fully grown tree has high variance (training error 0, validation
error far above it). Bagging averages away variance, so it is the tool for the deep,
low-bias trees (B, a random forest). Boosting adds up weak learners to remove bias, so
it is the tool for the shallow trees (E), with a small learning rate to keep the
variance it adds in check.

The common wrong reasoning is to apply either ensemble to either tree: bagging
high-bias stumps (A) leaves the bias where it was, and boosting trees that already fit
the training set exactly (C) has no residual to work on. More data (D) helps the
high-variance model, not the high-bias one.
"""

ANSWER = "BE"
