import matplotlib.pyplot as plt
import pandas as pd


def plot_class_counts(labels, class_names):
    # pandas: value_counts reindexed over every class, drawn with Series.plot.bar(ax=ax).
    counts = pd.Series(labels).value_counts().reindex(range(len(class_names)), fill_value=0)
    counts.index = class_names
    fig, ax = plt.subplots()
    counts.plot.bar(ax=ax, rot=0)
    ax.set_xlabel("class")
    ax.set_ylabel("examples")
    ax.set_title("Class balance")
    return fig
