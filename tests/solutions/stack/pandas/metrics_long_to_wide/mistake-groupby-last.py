# expect: a NaN written last was skipped
def metrics_table(log, metric):
    rows = log[log["metric"] == metric]
    table = rows.groupby(["epoch", "run"])["value"].last().unstack()
    return table.astype(float)
