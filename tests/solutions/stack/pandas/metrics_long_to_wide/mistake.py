# expect: averaged|aggfunc
def metrics_table(log, metric):
    # pivot_table's default aggfunc averages the repeated epochs.
    rows = log[log["metric"] == metric]
    return rows.pivot_table(index="epoch", columns="run", values="value").astype(float)
