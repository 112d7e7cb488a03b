# expect: names are not.*Cluster numbers.*train a classifier on y_train
# Clusters of the scaled wines, whose numbers are arbitrary: the groups are right, their
# names are not the cultivars. It used to fail with no word on why (and passes on the
# draws where the numbering happens to match).
from sklearn.cluster import KMeans
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), KMeans(n_clusters=3, n_init=10, random_state=0))
    return model.fit(X_train).predict(X_test)
