from mldojo.grading.casekit import Case, read_number

P, GB = 1.3e9, 1e9
RTOL = 1e-6

MISTAKES = [
    (
        2 * P / GB,
        "that is the float16 weights alone: training also keeps gradients, a float32 "
        "master copy and Adam's two moments",
    ),
    (
        4 * P / GB,
        "that is 4 bytes per parameter: the float16 weight and gradient (or a "
        "float32 weight alone). The optimiser's state is missing: the float32 master copy and "
        "Adam's two float32 moments",
    ),
    (
        8 * P / GB,
        "that is 8 bytes per parameter, which several incomplete counts give: the "
        "float16 weight and gradient plus the master copy, without Adam's two float32 moments; "
        "or the weight and gradient in float32, where the recipe keeps them in float16 next to "
        "a float32 master copy and the two moments; or Adam's moments in float16, where they "
        "are float32",
    ),
    (
        12 * P / GB,
        "that is 12 bytes per parameter, 4 short: either the float32 master copy "
        "or one of Adam's moments is missing (three float32 arrays), or the float16 weight and "
        "gradient are (2 + 2 bytes), or Adam's two moments were counted in float16 (2 + 2 "
        "bytes), where the recipe keeps them in float32 (4 + 4)",
    ),
    (16 * P / 2**30, "that is in GiB (2**30 bytes); the question asks for GB, 10**9 bytes"),
    (16 * P, "that is in bytes: divide by 10**9 for GB"),
    (16 * P / 1e6, "that is in MB (10**6 bytes); the question asks for GB, 10**9 bytes"),
    (16 * P / 2**20, "that is in MiB (2**20 bytes); the question asks for GB, 10**9 bytes"),
    (
        14 * P / GB,
        "that is 14 bytes per parameter: one of the float16 arrays is missing, most "
        "often the gradient (training keeps a float16 weight and a float16 gradient)",
    ),
    (
        (2 + 2 + 4 + 4 + 4 + 4) * P / GB,
        "that is 20 bytes per parameter, 4 too many: either "
        "the weight and its gradient were counted in float32 (4 + 4 bytes), where this recipe "
        "keeps them in float16 (2 + 2) next to the float32 master copy; or a float32 array was "
        "counted twice. The five arrays take 2 + 2 + 4 + 4 + 4 bytes",
    ),
    (
        16 * 8 * P / GB,
        "that counts bits, not bytes: float16 is 16 bits, 2 bytes, and float32 "
        "is 4 bytes; 1 GB is 10**9 bytes",
    ),
    (
        18 * P / GB,
        "that is 18 bytes per parameter: one of the float16 arrays is counted in "
        "float32, most often the gradient; in this recipe the weight and its gradient are both "
        "float16, 2 bytes each, and only the master copy and Adam's moments are float32",
    ),
    (16 * P / 1e3, "that is in kB (10**3 bytes); the question asks for GB, 10**9 bytes"),
    (16 * P / 1e12, "that is in TB (10**12 bytes); the question asks for GB, 10**9 bytes"),
]
# A usual mistake is named within this relative distance, so that a value rounded by hand
# (19.4 for the GiB) is named too; the mistakes lie more than 4% apart from each other, and
# 7% or more from the answer.
NEAR = 5e-3
# An answer this close (relatively) that is no usual mistake was rounded, not miscounted.
CLOSE = 0.05


def cases(rng):
    return [Case("ANSWER = the GB of weights, gradients and optimiser state", rtol=RTOL)]


def compare(case, expected, got):
    value, problem = read_number(got, what="the memory in GB", number="a number of GB")
    if problem:
        return problem
    if abs(value - expected) <= RTOL * expected:
        return None
    for wrong, advice in MISTAKES:
        if abs(value - wrong) <= NEAR * wrong:
            return f"ANSWER = {value:g} is not the total in GB: {advice}"
    if abs(value - expected) <= CLOSE * expected:
        return (
            f"ANSWER = {value:g} is close but not within the relative tolerance of 1e-6: "
            "do not round; compute the bytes per parameter times 1.3e9, divided by 1e9, "
            "in code or exactly by hand"
        )
    return (
        f"ANSWER = {value:g} is not the total in GB: add the bytes per parameter of each of "
        "the five arrays, multiply by 1.3e9 parameters, divide by 1e9"
    )
