# expect: sum of the squared errors, not their mean
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
    epoch_losses = []
    sse_fn = nn.MSELoss(reduction="sum")
    for _ in range(epochs):
        tot = 0.0
        for xb, yb in loader:
            optimizer.zero_grad()
            sse = sse_fn(model(xb).squeeze(-1), yb)
            sse.backward()
            optimizer.step()
            tot += sse.item()
        epoch_losses.append(tot / len(X))
    return model.weight.detach().reshape(-1), model.bias.item(), epoch_losses
