import matplotlib.pyplot as plt
import pandas as pd


def plot_learning_curves(train_loss, val_loss):
    # pandas DataFrame.plot on an index starting at 1, logy=True.
    df = pd.DataFrame({"train": train_loss, "validation": val_loss},
                      index=pd.RangeIndex(1, len(train_loss) + 1, name="epoch"))
    fig, ax = plt.subplots()
    df.plot(ax=ax, logy=True, title="Learning curves")
    ax.set_xlabel("epoch")
    ax.set_ylabel("loss")
    return fig
