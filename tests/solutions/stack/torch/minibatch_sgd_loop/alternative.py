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
        squared_errors = 0.0
        for xb, yb in loader:
            pred = model(xb).view(-1)
            loss = loss_fn(pred, yb)
            # The epoch loss as a sum of squared errors over examples, before the step.
            squared_errors += float(((pred.detach() - yb) ** 2).sum())
            loss.backward()
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)  # cleared after the step this time
        epoch_losses.append(squared_errors / X.shape[0])
    return model.weight.detach()[0].clone(), float(model.bias.detach()[0]), epoch_losses
