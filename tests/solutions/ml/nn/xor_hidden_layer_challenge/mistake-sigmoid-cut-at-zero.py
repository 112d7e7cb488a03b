# expect: same class.*cut at the wrong place.*probability is cut at 0\.5
# A trained PyTorch network whose sigmoid output is cut at 0, so every row is class 1: the
# old message told a learner who had trained a model to "fit a real model".
import torch


def fit_predict(X_train, y_train, X_test):
    torch.manual_seed(0)
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    X = torch.tensor((X_train - mean) / std, dtype=torch.float32)
    y = torch.tensor(y_train, dtype=torch.float32)
    net = torch.nn.Sequential(torch.nn.Linear(6, 32), torch.nn.ReLU(), torch.nn.Linear(32, 1))
    optimiser = torch.optim.Adam(net.parameters(), lr=1e-2)
    for _ in range(500):
        optimiser.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(net(X).squeeze(1), y)
        loss.backward()
        optimiser.step()
    with torch.no_grad():
        test = torch.tensor((X_test - mean) / std, dtype=torch.float32)
        return (torch.sigmoid(net(test)).squeeze(1) > 0).long().numpy()
