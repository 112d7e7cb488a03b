# expect: lost their signs
import numpy as np


def svm_decision_function(sv, coef, b, gamma, X):
    d2 = ((X[:, None] - sv[None]) ** 2).sum(-1)
    return np.exp(-gamma * d2) @ np.abs(coef) + b
