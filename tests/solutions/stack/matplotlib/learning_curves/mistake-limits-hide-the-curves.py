# expect: the y axis shows only 0.5 to 5, which hides \d+ data points
import matplotlib.pyplot as plt


def plot_learning_curves(train_loss, val_loss):
    epochs = list(range(1, len(train_loss) + 1))
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="train")
    ax.plot(epochs, val_loss, label="validation")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves", yscale="log")
    # limits picked by eye for one run: the late epochs fall below them
    ax.set_ylim(0.5, 5)
    ax.legend()
    return fig
