from sklearn.metrics.pairwise import euclidean_distances


def pairwise_distances(X, Y):
    return euclidean_distances(X, Y)
