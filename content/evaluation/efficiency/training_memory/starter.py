parameters = 1.3e9   # all trainable
GB = 1e9             # bytes

# TODO: bytes per parameter for the float16 weight and gradient, the float32 master
# weight and Adam's two float32 moments; then the total in GB.
ANSWER = None
