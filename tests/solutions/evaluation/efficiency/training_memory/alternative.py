# Written out per array, in bytes, then converted.
weights_fp16 = gradients_fp16 = 2 * 1_300_000_000
master_fp32 = adam_m = adam_v = 4 * 1_300_000_000
ANSWER = (weights_fp16 + gradients_fp16 + master_fp32 + adam_m + adam_v) / 10**9
