# expect: wants the raw logits
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
        optimizer.zero_grad()
        logits = model(X)
        probs = torch.softmax(logits, dim=1)
        loss = F.cross_entropy(probs, y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return model.weight.detach(), model.bias.detach(), losses
