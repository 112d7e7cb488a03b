"""A challenge's bootstrap interval resamples the units that are independent: test rows,
or whole clusters of them (a patient's visits) when the challenge names them."""

from __future__ import annotations

import numpy as np

from mldojo.catalog.schema import ChallengeSpec, Metric
from mldojo.grading.challenge import bootstrap_interval

SPEC = ChallengeSpec(metric=Metric.ACCURACY, threshold=0.5)


def test_clusters_of_copies_widen_the_interval_as_fewer_rows_would() -> None:
    rng = np.random.default_rng(0)
    # 40 patients, each right or wrong on all 50 of their visits alike.
    right = np.repeat(rng.random(40) < 0.7, 50)
    labels = np.ones(len(right), dtype=np.int64)
    predictions = right.astype(np.int64)
    patients = np.repeat(np.arange(40), 50)
    low, high = bootstrap_interval(SPEC, labels, predictions, seed=1)
    grouped_low, grouped_high = bootstrap_interval(SPEC, labels, predictions, 1, patients)
    # As wide as 40 independent rows give, several times wider than 2,000 would.
    alone_low, alone_high = bootstrap_interval(SPEC, labels[::50], predictions[::50], seed=1)
    assert grouped_high - grouped_low > 3 * (high - low)
    assert abs((grouped_high - grouped_low) - (alone_high - alone_low)) < 0.05
    assert grouped_low < predictions.mean() < grouped_high


def test_a_cluster_is_resampled_whole_in_any_order_of_rows() -> None:
    labels = np.array([1, 0, 1, 0, 1, 0])
    predictions = np.array([1, 1, 1, 1, 1, 1])
    shuffled = np.array([7, 3, 7, 3, 7, 3])  # two clusters, rows interleaved
    low, high = bootstrap_interval(SPEC, labels, predictions, 2, shuffled)
    # Each resample holds whole clusters, all of 7's rows right, all of 3's wrong: a
    # quarter of them score 0 and a quarter 1. Resampled as rows, hardly any would.
    assert (low, high) == (0.0, 1.0)
    assert bootstrap_interval(SPEC, labels, predictions, 2)[0] > 0.0
