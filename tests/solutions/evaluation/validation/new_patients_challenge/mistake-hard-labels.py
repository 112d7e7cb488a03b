# expect: only two values, as 0/1 labels do.*predict_proba
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier


def fit_predict(X_train, y_train, groups_train, X_test):
    # The right columns and the right model, but hard 0/1 labels where a score is asked.
    within = pd.DataFrame(X_train).groupby(groups_train).std().mean()
    varies = (within / X_train.std(axis=0)).to_numpy() > 0.5
    model = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=200, min_samples_leaf=40, random_state=0
    )
    model.fit(X_train[:, varies], y_train)
    return model.predict(X_test[:, varies])
