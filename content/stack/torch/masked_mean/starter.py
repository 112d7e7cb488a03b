import numpy as np
import torch


def masked_mean(x: torch.Tensor | np.ndarray, lengths: torch.Tensor | np.ndarray) -> torch.Tensor:
    """Mean over the first lengths[b] steps of each sequence: (batch, T, d) -> (batch, d).

    Padding may hold any value (NaN included); a length of 0 gives a row of zeros.
    """
    x, lengths = torch.as_tensor(x), torch.as_tensor(lengths)
    # TODO: build a (batch, T) mask of the real steps from lengths, sum only those
    # steps, and divide by the number of real steps (at least 1).
    raise NotImplementedError("masked_mean is not written yet")
