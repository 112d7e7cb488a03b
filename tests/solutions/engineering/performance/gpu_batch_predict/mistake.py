# expect: dropout|model\.eval
import numpy as np
import torch
from torch import nn


def predict_proba(state, X, device, batch_size):
    # Forgets model.eval(): no_grad alone leaves dropout on.
    target = torch.device(device)
    d, h, k = X.shape[1], state["0.weight"].shape[0], state["3.weight"].shape[0]
    model = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(h, k))
    model.load_state_dict({name: torch.from_numpy(value) for name, value in state.items()})
    model.to(target)
    parts = [torch.empty(0, k)]
    with torch.no_grad():
        for start in range(0, len(X), batch_size):
            batch = torch.from_numpy(X[start : start + batch_size]).float().to(target)
            parts.append(torch.softmax(model(batch), dim=1).cpu())
    return torch.cat(parts).numpy(), next(model.parameters()).device.type
