# expect: the batches come in another order: the DataLoader shuffles with the global generator
# The DataLoader is rebuilt without its seeded torch.Generator, and torch.manual_seed(seed)
# seeds the global generator instead: the batches come in another order.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def train_linear(X, y, lr, epochs, batch_size, seed):
    torch.manual_seed(seed)
    X, y = torch.as_tensor(X), torch.as_tensor(y)
    model = nn.Linear(X.shape[1], 1)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    loader = DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    loss_fn = nn.MSELoss()
    epoch_losses = []
    for _ in range(epochs):
        total = 0.0
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb).squeeze(1), yb)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
        epoch_losses.append(total / len(X))
    return model.weight.detach().reshape(-1), model.bias.item(), epoch_losses
