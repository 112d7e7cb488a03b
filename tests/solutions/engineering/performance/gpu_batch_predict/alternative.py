import numpy as np
import torch
from torch import nn
from torch.nn import functional as F


def predict_proba(state, X, device, batch_size):
    # no_grad instead of inference_mode, NumPy parts instead of a torch.cat.
    device = torch.device(device)
    d = X.shape[1]
    h, k = state["0.weight"].shape[0], state["3.weight"].shape[0]
    model = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Dropout(0.5), nn.Linear(h, k))
    model.load_state_dict({name: torch.tensor(array) for name, array in state.items()})
    model = model.to(device)
    model.eval()
    parts = []
    with torch.no_grad():
        for rows in np.array_split(np.arange(len(X)), range(batch_size, len(X), batch_size)):
            if len(rows) == 0:
                continue
            batch = torch.tensor(X[rows], dtype=torch.float32, device=device)
            parts.append(F.softmax(model(batch), dim=-1).to("cpu").numpy())
    probs = np.concatenate(parts) if parts else np.zeros((0, k), dtype=np.float32)
    return probs, model[0].weight.device.type
