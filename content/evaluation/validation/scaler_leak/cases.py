import numpy as np

from mldojo.grading.casekit import Case


def _features(rng, n, loc, scale):
    return rng.normal(size=(n, len(loc))) * scale + loc


def _split(rng, n_train, n_test, d):
    """Train and test from slightly different distributions, as in real data."""
    loc, scale = rng.normal(0, 10, size=d), rng.uniform(0.5, 5.0, size=d)
    shift = rng.normal(0, 1.0, size=d) * scale
    return _features(rng, n_train, loc, scale), _features(rng, n_test, loc + shift, scale * 1.5)


def cases(rng):
    out = []
    for _ in range(3):
        n_train, n_test = int(rng.integers(30, 80)), int(rng.integers(10, 40))
        d = int(rng.integers(2, 6))
        out.append(Case(f"random split {n_train}/{n_test} rows, {d} columns",
                        _split(rng, n_train, n_test, d)))
    X_train, X_test = _split(rng, 25, 10, 3)
    out.append(Case("integer features", (np.round(X_train).astype(np.int64),
                                         np.round(X_test).astype(np.int64))))
    X_train, X_test = _split(rng, 20, 8, 3)
    const = float(rng.integers(-5, 6))
    X_train[:, 1] = const
    X_test[:, 1] = const + rng.normal(0, 2, size=len(X_test))
    out.append(Case("a constant column in train", (X_train, X_test)))
    X_train, X_test = _split(rng, 30, 10, 3)
    # A feature in tiny units (a rate per second expressed per year, a capacitance in
    # farads): its std is far below 1 but not 0, so it must be divided by it. A
    # threshold such as std < 1e-6 or np.isclose(std, 0) treats it as constant.
    j, tiny = int(rng.integers(0, 3)), 10.0 ** rng.uniform(-15, -14)
    X_train[:, j] = rng.normal(0, 1, size=len(X_train)) * tiny
    X_test[:, j] = rng.normal(rng.normal(0, 1), 1.5, size=len(X_test)) * tiny
    out.append(Case("a column in tiny units (std far below 1, but not 0)", (X_train, X_test)))
    out.append(Case("a single test row", _split(rng, 30, 1, 4)))
    out.append(Case("one feature", _split(rng, 40, 15, 1)))
    out.append(Case("a single training row", _split(rng, 1, 5, 3)))
    return out


def _scaled(X_train, X_test, *, fit_on, ddof=0, per_set=False):
    def stats(X):
        if len(X) <= ddof:
            return np.zeros(X.shape[1]), np.ones(X.shape[1])
        std = X.std(axis=0, ddof=ddof)
        return X.mean(axis=0), np.where(std == 0, 1.0, std)

    with np.errstate(all="ignore"):
        if per_set:
            (m1, s1), (m2, s2) = stats(X_train), stats(X_test)
            return (X_train - m1) / s1, (X_test - m2) / s2
        mean, std = stats(fit_on)
        return (X_train - mean) / std, (X_test - mean) / std


def _matches(got, candidate):
    return all(g.shape == c.shape and np.allclose(g, c, rtol=1e-6, atol=1e-9)
               for g, c in zip(got, candidate, strict=True))


def diagnose(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 2
            and all(isinstance(g, np.ndarray) for g in got)):
        return "return a tuple of two arrays: (X_train_scaled, X_test_scaled)"
    X_train, X_test = (np.asarray(x, dtype=float) for x in case.args)
    if any(g.shape != e.shape for g, e in zip(got, expected, strict=True)):
        return "each scaled array must keep the shape of its input"
    if not all(np.isfinite(g).all() for g in got):
        return ("the result contains inf or nan: where a column's training std is 0, "
                "divide by 1 instead")
    if _matches(got, _scaled(X_train, X_test, fit_on=np.vstack([X_train, X_test]))):
        return ("this is the leaky version: the mean and std were computed on train and "
                "test stacked together, so the test rows shaped the scaling. Compute them "
                "on X_train only")
    if _matches(got, _scaled(X_train, X_test, fit_on=None, per_set=True)):
        return ("the test set was scaled with its own mean and std: production cannot do "
                "that for a single new row, and it hides any shift between train and test. "
                "Scale both sets with the training statistics")
    if _matches(got, _scaled(X_train, X_test, fit_on=X_test)):
        return "the statistics came from X_test: fit them on X_train"
    stacked = np.vstack([X_train, X_test])
    for which, mean, std in (("std", X_train.mean(axis=0), stacked.std(axis=0)),
                             ("mean", stacked.mean(axis=0), X_train.std(axis=0))):
        std = np.where(std == 0, 1.0, std)
        if _matches(got, ((X_train - mean) / std, (X_test - mean) / std)):
            return (f"half of the leak is left: the {which} is still computed on train and "
                    "test stacked together. Both the mean and the std must come from X_train "
                    "only")
    overall_std = X_train.std() or 1.0
    if _matches(got, tuple((X - X_train.mean()) / overall_std for X in (X_train, X_test))):
        return ("one mean and one std were computed over the whole array: standardise each "
                "column with its own statistics (axis=0)")
    right_train = _scaled(X_train, X_test, fit_on=X_train)[0]
    test_std = X_test.std(axis=0)
    with np.errstate(all="ignore"):
        test_by_own_std = (X_test - X_train.mean(axis=0)) / np.where(test_std == 0, 1.0, test_std)
    if _matches(got, (right_train, test_by_own_std)):
        return ("the test set was centred with the training mean but divided by its own "
                "std: the std is a training statistic too, like the mean")
    if _matches(got, _scaled(X_train, X_test, fit_on=X_train, ddof=1)):
        return "this uses the sample std (ddof=1): the task asks for ddof=0, np.std's default"
    train_std = X_train.std(axis=0)
    small = train_std > 0  # columns that must be divided by their (maybe tiny) std
    if small.any():
        centred = [X - X_train.mean(axis=0) for X in (X_train, X_test)]
        by_one = np.array([all(np.allclose(g[:, k], c[:, k], rtol=1e-6, atol=1e-6 * train_std[k])
                               and not np.allclose(g[:, k], e[:, k], rtol=1e-6, atol=1e-9)
                               for g, c, e in zip(got, centred, expected, strict=True))
                           for k in range(len(train_std))]) & small
        others = ~by_one
        if by_one.any() and all(np.allclose(g[:, others], e[:, others], rtol=1e-6, atol=1e-9)
                                for g, e in zip(got, expected, strict=True)):
            return ("a column whose training std is tiny but not 0 was divided by 1, as if "
                    "it were constant: only a std of exactly 0 is replaced by 1. A threshold "
                    "such as std < 1e-6 (or np.isclose(std, 0)) also catches features "
                    "measured in small units, which must still be scaled by their std")
    constant = train_std == 0
    if constant.any():
        right = [np.allclose(g[:, ~constant], e[:, ~constant], rtol=1e-6, atol=1e-9)
                 for g, e in zip(got, expected, strict=True)]
        g_const = np.concatenate([g[:, constant].ravel() for g in got])
        e_const = np.concatenate([e[:, constant].ravel() for e in expected])
        nonzero = e_const != 0
        blown_up = bool(nonzero.any() and np.all(
            np.abs(g_const[nonzero]) >= 1e3 * np.abs(e_const[nonzero])))
        if all(right) and (blown_up or (~constant).any()):
            # (with every column constant, as with one training row, the check on the
            # other columns says nothing: name the epsilon only when the values show it)
            return ("only the columns that are constant in train are wrong: where the "
                    "training std is exactly 0, divide by 1 (not by a tiny epsilon)")
    return None
