# expect: mean of the squared distances


def kmeans_step(X, centroids):
    sq = ((X[:, None] - centroids[None]) ** 2).sum(-1)
    lab = sq.argmin(1)
    new = centroids.astype(float).copy()
    for j in range(len(centroids)):
        if (lab == j).any():
            new[j] = X[lab == j].mean(0)
    return lab, new, float(sq.min(1).mean())
