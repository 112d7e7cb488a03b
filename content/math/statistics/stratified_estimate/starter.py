import numpy as np


def stratified_mean(
    values: np.ndarray, strata: list[str], population: dict[str, int]
) -> tuple[float, float]:
    """The population mean estimated from a stratified sample, and its standard error."""
    # TODO: weight each stratum's sample mean by its share of the population, and
    # combine the strata's variances (with the finite-population correction).
    return float(np.mean(values)), float(np.std(values, ddof=1) / np.sqrt(len(values)))
