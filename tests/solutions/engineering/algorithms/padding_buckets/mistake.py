# expect: largest gaps|not the least padding
def padding_buckets(lengths, k):
    # Greedy: cut the sorted distinct lengths at their k - 1 largest gaps.
    if not lengths:
        return 0, []
    values = sorted(set(lengths))
    gaps = sorted(range(1, len(values)), key=lambda i: values[i] - values[i - 1])
    cuts = gaps[len(gaps) - (k - 1):] if k > 1 else []
    bounds = sorted({values[i - 1] for i in cuts} | {values[-1]})
    padding = sum(min(b for b in bounds if b >= n) - n for n in lengths)
    return padding, bounds
