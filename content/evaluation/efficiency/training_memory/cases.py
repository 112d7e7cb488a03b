from mldojo.grading.casekit import Case, read_number

P, GB = 1.3e9, 1e9
RTOL = 1e-6

MISTAKES = [
    (2 * P / GB, "that is the float16 weights alone: training also keeps gradients, a float32 "
     "master copy and Adam's two moments"),
    (4 * P / GB, "that is the weights in float32 only: add the gradients and the optimiser "
     "state"),
    (4 * P / GB * 2, "that counts weights and gradients: Adam keeps two float32 moments per "
     "parameter, and mixed precision a float32 master copy"),
    (12 * P / GB, "that is 12 bytes per parameter, 4 short: either the float32 master copy "
     "or one of Adam's moments is missing (three float32 arrays), or the float16 weight and "
     "gradient are (2 + 2 bytes)"),
    ((2 + 2 + 2 + 2) * P / GB, "Adam's moments are float32 in this recipe (4 bytes each), "
     "not float16"),
    (16 * P / 2**30, "that is in GiB (2**30 bytes); the question asks for GB, 10**9 bytes"),
    (16 * P, "that is in bytes: divide by 10**9 for GB"),
    ((2 + 2 + 4 + 4 + 4 + 4) * P / GB, "count the float32 master copy once, and Adam's two "
     "moments: 2 + 2 + 4 + 4 + 4 bytes"),
]


def cases(rng):
    return [Case("ANSWER = the GB of weights, gradients and optimiser state", rtol=RTOL)]


def compare(case, expected, got):
    value, problem = read_number(got, what="the memory in GB")
    if problem:
        return problem.replace("a number between 0 and 1", "a number of GB")
    if abs(value - expected) <= RTOL * expected:
        return None
    for wrong, advice in MISTAKES:
        if abs(value - wrong) <= 1e-4 * wrong:
            return f"ANSWER = {value:g} GB is not the total: {advice}"
    return (f"ANSWER = {value:g} GB is not the total: add the bytes per parameter of each of "
            "the five arrays, multiply by 1.3e9 parameters, divide by 1e9")
