# Bytes per parameter added in a NumPy array, the total a float32 scalar (its rounding
# is far inside the 1e-6 tolerance).
import numpy as np

bytes_per_parameter = np.array([2, 2, 4, 4, 4]).sum()  # fp16 w, fp16 g, fp32 master, m, v
ANSWER = np.float32(bytes_per_parameter * 1.3)  # 1.3e9 parameters / 1e9 bytes per GB
