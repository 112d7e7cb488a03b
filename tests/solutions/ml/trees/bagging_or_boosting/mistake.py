# expect: averaging reduces variance, which is only a small part of its error
# Bagging for the underfitting depth-2 tree, boosting for the overfitting deep tree.
ANSWER = "AC"
