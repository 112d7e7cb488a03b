import pandas as pd


def stratified_mean(values, strata, population):
    # A groupby for the per-stratum statistics, then the two weighted sums.
    groups = pd.Series(values).groupby(pd.Series(strata)).agg(["mean", "var", "count"])
    sizes = pd.Series(population, dtype=float)
    groups = groups.loc[sizes.index]
    weights = sizes / sizes.sum()
    estimate = (weights * groups["mean"]).sum()
    variance = (weights**2 * (1 - groups["count"] / sizes) * groups["var"] / groups["count"]).sum()
    return float(estimate), float(variance**0.5)
