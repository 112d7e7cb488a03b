import pandas as pd


def metrics_table(log: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Epochs down, runs across, the values of one metric; the last write of a
    (run, epoch, metric) wins."""
    rows = log[log["metric"] == metric]
    # TODO: drop the earlier duplicates, then reshape to epochs x runs.
    raise NotImplementedError("metrics_table is not written yet")
