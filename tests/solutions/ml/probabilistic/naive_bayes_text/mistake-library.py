# expect: to be written without sklearn
# Breaks "write it with NumPy": scikit-learn's MultinomialNB.
import numpy as np
from sklearn.naive_bayes import MultinomialNB


def nb_log_posterior(X_train, y_train, X_test, alpha=1.0):
    model = MultinomialNB(alpha=alpha).fit(X_train, y_train)
    if len(X_test) == 0:
        return np.zeros((0, len(model.classes_)))
    return model.predict_log_proba(X_test).astype(np.float64)
