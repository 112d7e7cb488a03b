import matplotlib.pyplot as plt


def plot_learning_curves(train_loss, val_loss):
    epochs = list(range(1, len(train_loss) + 1))
    fig = plt.figure()
    ax = fig.add_subplot(1, 1, 1)
    # semilogy draws the line and switches the y axis to a log scale in one call.
    ax.semilogy(epochs, train_loss, label="train")
    ax.semilogy(epochs, val_loss, label="validation")
    ax.set_xlabel("epoch")
    ax.set_ylabel("loss")
    ax.set_title("Learning curves")
    ax.legend(loc="upper right")
    return fig
