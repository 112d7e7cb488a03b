import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _profile(rng, sizes, base=3.0, per_item=0.35, tail=0.02, runs=200):
    """Latency grows with the batch; a few batches hit a slow path (the tail)."""
    out = {}
    for size in sizes:
        mean = base + per_item * size ** 0.9
        times = rng.normal(mean, 0.05 * mean, size=runs)
        slow = rng.random(runs) < tail * (1 + size / 16)
        times[slow] *= rng.uniform(2, 4, size=int(slow.sum()))
        out[int(size)] = np.round(np.abs(times), 3)
    return out


def _case(name, latencies, target, hidden=False):
    return Case(name, (latencies, float(target)), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        sizes = [1, 2, 4, 8, 16, 32, 64]
        out.append(_case(f"a load test #{i + 1}", _profile(rng, sizes),
                         float(rng.choice([15.0, 25.0, 40.0]))))
    out.append(_case("the statement's example", {
        1: np.array([4.0, 4.2, 4.1, 9.0]), 8: np.array([10.0, 10.5, 11.0, 12.0]),
        32: np.array([30.0, 31.0, 29.0, 90.0])}, 20.0))
    out.append(_case("a heavy tail: the mean meets the target, the p99 does not", {
        4: np.full(100, 5.0), 16: np.concatenate([np.full(95, 10.0), np.full(5, 60.0)])}, 20.0))
    out.append(_case("a few fast batches: only the fastest meet the target", {
        2: np.full(100, 5.0), 16: np.concatenate([np.full(3, 8.0), np.full(97, 30.0)])}, 20.0))
    out.append(_case("one slow batch in 100: the p99 interpolates below it", {
        4: np.full(100, 5.0), 16: np.concatenate([np.full(99, 10.0), [60.0]])}, 20.0))
    out.append(_case("one slow batch in 100: the p99 interpolates above the target", {
        4: np.full(100, 5.0), 16: np.concatenate([np.full(99, 10.0), [60.0]])}, 10.2))
    out.append(_case("nothing meets the target", {2: np.array([50.0, 55.0]),
                                                  4: np.array([80.0, 90.0])}, 10.0))
    out.append(_case("a p99 exactly at the target qualifies", {1: np.array([3.0, 3.0]),
                                                              8: np.array([12.0, 12.0])}, 12.0))
    out.append(_case("an exact tie in throughput goes to the smaller batch", {
        4: np.array([8.0, 8.0]), 8: np.array([16.0, 16.0])}, 50.0))
    out.append(_case("an exact tie with the sizes listed largest first", {
        8: np.array([16.0, 16.0]), 4: np.array([8.0, 8.0]), 1: np.array([4.0, 4.0])}, 50.0))
    # Past saturation a larger batch takes more than proportionally longer: 16 serves the
    # most items per second, though 32 meets the target too.
    out.append(_case("past saturation: the largest size that qualifies is not the fastest", {
        8: np.array([10.0, 10.2, 9.8, 10.0]), 16: np.array([18.0, 18.4, 17.6, 18.0]),
        32: np.array([42.0, 43.0, 41.0, 42.0])}, 50.0))
    out.append(_case("a single timed batch per size", {1: np.array([2.0]), 16: np.array([9.0])},
                     10.0))
    out.append(_case("a load test (hidden)", _profile(rng, [1, 4, 16, 64, 128]), 30.0,
                     hidden=True))
    return out


def _throughput(times, size):
    return size / (float(np.mean(times)) / 1000.0)


def _best(latencies, target, strict):
    """The answer with `<` (strict) or `<=` against the target: tells the two rules apart."""
    allowed = [(size / (float(np.mean(times)) / 1000.0), -size)
               for size, times in latencies.items()
               if (np.percentile(times, 99) < target if strict
                   else np.percentile(times, 99) <= target)]
    if not allowed:
        return None, 0.0
    throughput, negative_size = max(allowed)
    return -negative_size, throughput


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    if not (isinstance(got, tuple) and len(got) == 2):
        return f"{problem}; return a tuple (batch_size, throughput)"
    latencies, target = case.args
    size = got[0]
    if same(_best(latencies, target, strict=True), got, rtol=case.rtol, atol=case.atol) is None:
        return (f"{problem}; a size whose p99 is exactly the target was rejected: it qualifies "
                "when p99 <= target, not p99 < target")
    if (size is not None and size in latencies and expected[0] is not None
            and size > expected[0] and np.isclose(float(got[1]), expected[1], rtol=1e-9)):
        return (f"{problem}; two sizes tie exactly on throughput: return the smaller one, "
                "whatever order the dict lists them in (and choose by throughput, not by size)")
    qualifying = [s for s, t in latencies.items() if np.percentile(t, 99) <= target]
    if size is not None and qualifying and size == max(qualifying) and size != expected[0]:
        return (f"{problem}; that is the largest batch size that meets the target, not the one "
                "with the highest throughput: past the point where the accelerator saturates, "
                "a larger batch serves fewer items per second. Compare the throughputs")
    # A size rejected: the answer serves fewer items per second than the expected one.
    fewer = (size is None or size not in latencies
             or _throughput(latencies[size], size) < expected[1])
    if expected[0] is not None and size != expected[0] and fewer:
        times = latencies[expected[0]]
        ranked = np.sort(times)[min(int(0.99 * len(times)), len(times) - 1)]
        if (np.percentile(times, 99) <= target < ranked
                or np.percentile(times, 99, method="higher") > target):
            which = "a batch size" if case.hidden else f"batch size {expected[0]}"
            return (f"{problem}; {which} qualifies but was rejected: its p99 is "
                    "np.percentile(latencies, 99), which interpolates linearly between the "
                    "two sorted latencies around position 0.99 * (n - 1), not a sorted "
                    "latency picked by index, nor the slowest one")
    if size is not None and size in latencies:
        times = latencies[size]
        if np.percentile(times, 99) > target:
            if np.percentile(times, 99, method="lower") <= target:
                which = "that batch size" if case.hidden else f"batch size {size}"
                return (f"{problem}; {which} does not qualify: its p99, "
                        "np.percentile(latencies, 99), interpolates linearly between the two "
                        "sorted latencies around position 0.99 * (n - 1) and is over the "
                        "target; a sorted latency picked by index (nearest rank) is not it, nor "
                        "a lower percentile (the 95th, or np.percentile(latencies, 0.99), "
                        "which takes a percent from 0 to 100)")
            if np.mean(times) <= target:
                return (f"{problem}; that batch size's mean latency meets the target but its "
                        "p99 does not: qualify on np.percentile(latencies, 99) (if you took "
                        "a percentile already: it is the 99th, not the 95th, and "
                        "np.percentile takes a percent from 0 to 100, not 0.99)")
            if np.percentile(times, 0.99) <= target:
                return (f"{problem}; that batch size's p99 is over the target, and so are its "
                        "mean and median: only its fastest batches meet it. np.percentile "
                        "takes a percent from 0 to 100: np.percentile(latencies, 0.99) is the "
                        "0.99th percentile; the p99 is np.percentile(latencies, 99)")
            return f"{problem}; that batch size's p99 is over the target"
        try:
            value = float(got[1])
        except (TypeError, ValueError):
            return f"{problem}; the throughput should be a number"
        if size != 1 and np.isclose(value, 1000.0 / np.mean(times), rtol=1e-9):
            return f"{problem}; count items, not batches: b / (mean latency in seconds)"
        if np.isclose(value, size / np.mean(times), rtol=1e-9):
            return f"{problem}; the latencies are in milliseconds: divide the mean by 1000"
        if np.isclose(value, float(np.mean(size / (times / 1000))), rtol=1e-9):
            return (f"{problem}; that is the mean of the per-batch throughputs: throughput is "
                    "b / (mean latency in seconds), total items over total time; averaging the "
                    "per-batch rates gives a fast batch as much weight as a slow one, though "
                    "the slow one takes more of the time")
        if np.isclose(value, size / (np.median(times) / 1000), rtol=1e-9):
            return (f"{problem}; throughput comes from the mean latency, not the median: the "
                    "slow batches take their share of the time too")
        if np.isclose(value, size / (np.percentile(times, 99) / 1000), rtol=1e-9):
            return f"{problem}; throughput comes from the mean latency, not the p99"
    return problem
