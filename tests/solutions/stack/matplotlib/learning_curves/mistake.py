# expect: epochs start at 0
import matplotlib.pyplot as plt


def plot_learning_curves(train_loss, val_loss):
    fig, ax = plt.subplots()
    ax.plot(train_loss, label="train")
    ax.plot(val_loss, label="validation")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves", yscale="log")
    ax.legend()
    return fig
