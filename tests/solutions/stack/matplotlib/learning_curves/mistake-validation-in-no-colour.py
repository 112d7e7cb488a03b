# expect: expected 2 lines, got 1: 1 more line is on the axes but shows nothing
import matplotlib.pyplot as plt


def plot_learning_curves(train_loss, val_loss):
    epochs = list(range(1, len(train_loss) + 1))
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="train")
    # a colour of "none" draws nothing: it once passed as if the curve were there
    ax.plot(epochs, val_loss, color="none", label="validation")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves", yscale="log")
    ax.legend()
    return fig
