# expect: measured on all of X after
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def train_linear(X, y, lr, epochs, batch_size, seed):
    X, y = torch.as_tensor(X), torch.as_tensor(y)
    model = nn.Linear(X.shape[1], 1)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    loader = DataLoader(
        TensorDataset(X, y),
        batch_size=batch_size,
        shuffle=True,
        generator=torch.Generator().manual_seed(seed),
    )
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    loss_fn = nn.MSELoss()
    epoch_losses = []
    for _ in range(epochs):
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb).squeeze(1), yb)
            loss.backward()
            optimizer.step()
        with torch.no_grad():
            epoch_losses.append(loss_fn(model(X).squeeze(1), y).item())
    return model.weight.detach().reshape(-1), model.bias.item(), epoch_losses
