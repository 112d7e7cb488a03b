"""Add up the bytes per parameter: 2 (float16 weight) + 2 (float16 gradient) + 4
(float32 master weight) + 4 + 4 (Adam's two float32 moments) = 16 bytes. So 1.3
billion parameters need $16 \\times 1.3 \\times 10^9 = 2.08 \\times 10^{10}$ bytes,
20.8 GB, before a single activation is stored: eight times the 2.6 GB of the float16
weights alone. That is why a model of this size does not fine-tune on a 16 GB card
without sharding the optimiser state (ZeRO, FSDP) or an 8-bit optimiser, and why
parameter-efficient methods (LoRA) that train a small fraction of the parameters
change the picture so much.

Note that plain float32 training with Adam (weight, gradient and two moments, 4 bytes
each) also comes to 16 bytes: mixed precision does not shrink this per-parameter state,
it saves activation memory and speeds up the matrix products. An answer of 20.8 reached
that way is the right number for the wrong recipe.

Common slips: counting the weights only (2.6 GB, or 5.2 GB in float32); forgetting
the float32 master copy (15.6 GB); and reporting GiB ($2^{30}$ bytes, 19.37) when the
question asks for GB.
"""

parameters = 1.3e9
GB = 1e9
bytes_per_parameter = 2 + 2 + 4 + 4 + 4  # fp16 weight, fp16 grad, fp32 master, Adam m, v

ANSWER = parameters * bytes_per_parameter / GB
