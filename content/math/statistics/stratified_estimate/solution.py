r"""Group the sample by stratum, and weight by the population, not by the sample: each
stratum's mean counts with $W_h = N_h / N$, however many items were labelled in it.
The variance of a sum of independent stratum means is the weighted sum of their
variances, $W_h^2 s_h^2 / n_h$, each shrunk by the finite-population correction
$1 - n_h/N_h$, since sampling without replacement from a small stratum leaves less
to be uncertain about.

Common wrong approaches: the plain sample mean (weights $n_h / n$, biased towards the
oversampled strata); weights from the sample instead of the population; the
population variance (`ddof=0`), which understates the error for small $n_h$; and the
standard error of the plain mean, which ignores how the sample was drawn.
"""

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
        variance += weight**2 * (1 - n / size) * sample.var(ddof=1) / n
    return float(estimate), float(np.sqrt(variance))
