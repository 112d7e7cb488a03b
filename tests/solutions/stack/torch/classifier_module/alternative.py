import torch
import torch.nn.functional as F
from torch import nn


class Classifier(nn.Module):
    def __init__(self, in_features, hidden, n_classes, dropout):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden)
        self.relu = nn.ReLU()
        self.dropout = nn.Dropout(p=dropout)
        self.fc2 = nn.Linear(hidden, n_classes)

    def forward(self, x):
        return self.fc2(self.dropout(self.relu(self.fc1(x))))

    def load_numpy(self, weights):
        # Copy parameter by parameter, refusing a checkpoint whose names differ.
        params = dict(self.named_parameters())
        if set(weights) != set(params):
            raise KeyError(f"checkpoint keys {sorted(weights)} do not match {sorted(params)}")
        with torch.no_grad():
            for name, param in params.items():
                param.copy_(torch.from_numpy(weights[name]))

    def predict_proba(self, x):
        self.train(False)  # the same as eval(): dropout off
        with torch.inference_mode():
            logits = self.forward(torch.from_numpy(x).to(torch.float32))
            return F.softmax(logits, dim=-1)

    def predict(self, x):
        return torch.argmax(self.predict_proba(x), dim=-1)

    def n_parameters(self):
        return int(sum(p.numel() for p in self.parameters()))
