# expect: weighted by W_h squared
import numpy as np


def stratified_mean(
    values: np.ndarray, strata: list[str], population: dict[str, int]
) -> tuple[float, float]:
    labels = np.asarray(strata)
    total = sum(population.values())
    estimate, variance = 0.0, 0.0
    for stratum, size in population.items():
        sample = values[labels == stratum]
        weight, n = size / total, len(sample)
        estimate += weight * sample.mean()
        variance += weight * (1 - n / size) * sample.var(ddof=1) / n
    return float(estimate), float(np.sqrt(variance))
