# expect: divided by n - 1, as in a sample variance
# The standard error of the mean written with n - 1, as for a sample variance:
# sqrt(p(1 - p) / (n - 1)) <= se gives n >= 1 + p(1 - p) / se^2. Before the fix it was
# told "more examples than needed", without why.
import math

p, se = 0.93, 0.003
ANSWER = math.ceil(1 + p * (1 - p) / se**2)
