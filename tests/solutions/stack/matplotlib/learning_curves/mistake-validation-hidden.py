# expect: expected 2 lines, got 1
import matplotlib.pyplot as plt


def plot_learning_curves(train_loss, val_loss):
    epochs = list(range(1, len(train_loss) + 1))
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="train")
    # drawn, then switched off while trying styles: the figure shows one curve
    ax.plot(epochs, val_loss, label="validation", visible=False)
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves", yscale="log")
    ax.legend()
    return fig
