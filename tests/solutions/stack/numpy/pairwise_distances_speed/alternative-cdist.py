from scipy.spatial.distance import cdist


def pairwise_distances(X, Y):
    return cdist(X, Y, metric="euclidean")
