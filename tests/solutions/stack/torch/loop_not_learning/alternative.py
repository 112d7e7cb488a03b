import torch
import torch.nn.functional as F
from torch import nn


def train_classifier(X, y, n_classes, lr, epochs, seed):
    X = torch.as_tensor(X, dtype=torch.float32)
    y = torch.as_tensor(y)
    torch.manual_seed(seed)  # reproducible initial weights
    model = nn.Linear(X.shape[1], n_classes)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)

    losses = []
    for epoch in range(epochs):
        # log_softmax + nll_loss is exactly cross_entropy on the logits.
        loss = F.nll_loss(F.log_softmax(model(X), dim=1), y)
        model.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(float(loss))
    return model.weight.detach(), model.bias.detach(), losses
