# expect: averaging reduces variance, which it barely has
# Bagging for the underfitting depth-2 tree, boosting for the overfitting deep tree.
ANSWER = "AC"
