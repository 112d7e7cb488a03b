from typing import Any


def early_stopping_report(log: list[dict[str, Any]], patience: int) -> dict[str, dict[str, Any]]:
    """Per run: the best val epoch, its val and train loss, the last epoch, and whether to stop.

    Later duplicates of (run, epoch, split) win; NaN losses are dropped; ties
    go to the earliest epoch; runs are sorted.
    """
    # TODO: index the log by (run, epoch, split), group the val losses per run,
    # then pick the best epoch with a key that breaks ties.
    return None
