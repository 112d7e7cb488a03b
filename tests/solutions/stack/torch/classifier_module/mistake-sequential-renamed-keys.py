# expect: state_dict\(\) holds .*assign the layers as the attributes self\.fc1
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, in_features, hidden, n_classes, dropout):
        super().__init__()
        # One Sequential instead of the named layers fc1 and fc2.
        self.net = nn.Sequential(nn.Linear(in_features, hidden), nn.ReLU(), nn.Dropout(dropout),
                                 nn.Linear(hidden, n_classes))

    def forward(self, x):
        return self.net(x)

    def load_numpy(self, weights):
        # The checkpoint's names do not match, so they are translated by hand.
        rename = {"fc1": "net.0", "fc2": "net.3"}
        state = {}
        for name, array in weights.items():
            layer, kind = name.split(".")
            state[f"{rename[layer]}.{kind}"] = torch.as_tensor(array)
        self.load_state_dict(state)

    def predict_proba(self, x):
        self.eval()
        with torch.no_grad():
            logits = self(torch.as_tensor(x, dtype=torch.float32))
        return torch.softmax(logits, dim=1)

    def predict(self, x):
        return self.predict_proba(x).argmax(dim=1)

    def n_parameters(self):
        return sum(p.numel() for p in self.parameters() if p.requires_grad)
