import numpy as np

from mldojo.grading.casekit import Case, same

KEYS = ("email", "phone", "device")


def _accounts(rng, n, people, p_none=0.35):
    """n accounts of `people` people; each person has a few values per key."""
    owner = rng.integers(0, people, size=n)
    out = []
    for i in range(n):
        account = {}
        for key in KEYS:
            if rng.random() < p_none:
                account[key] = None
            else:
                account[key] = f"{key[0]}{owner[i]}_{int(rng.integers(0, 2))}"
        out.append(account)
    return out


def _chain(n):
    """0-1 share an email, 1-2 a phone, 2-3 a device, ...: one person, linked end to end."""
    out = [{"email": None, "phone": None, "device": None} for _ in range(n)]
    for i in range(n - 1):
        key = KEYS[i % 3]
        out[i][key] = out[i + 1][key] = f"link{i}"
    return out


def _placeholder(rng, n):
    """n sign-ups of their own, then n more that each reuse one of their emails and all
    report the same phone and device, as default values do: 2n accounts, one person.
    Each later account joins the whole group to a fresh one, so parent chains grow by
    one per account unless paths are shortened."""
    tag = int(rng.integers(100, 1000))
    first = [{"email": f"user{k}.{tag}@mail.test", "phone": None, "device": None}
             for k in range(n)]
    return first + [{"phone": "000-0000", "device": "unknown", "email": a["email"]}
                    for a in first]


def cases(rng):
    out = [Case(f"random accounts #{i + 1}", (_accounts(rng, int(rng.integers(20, 60)),
                                                         int(rng.integers(5, 30))),))
           for i in range(3)]
    out.append(Case("a chain: email, then phone, then device", (_chain(7),)))
    shuffled = _chain(6)
    order = rng.permutation(6)
    out.append(Case("a chain listed out of order", ([shuffled[int(i)] for i in order],)))
    out.append(Case("the same text under different keys links nothing", ([
        {"email": "x1", "phone": None, "device": None},
        {"email": None, "phone": "x1", "device": None},
        {"email": None, "phone": None, "device": "x1"},
        {"email": None, "phone": None, "device": "x1"}],)))
    out.append(Case("accounts with no values at all", ([
        {"email": None, "phone": None, "device": None} for _ in range(3)],)))
    out.append(Case("a later account joins two earlier people", ([
        {"email": "a", "phone": None, "device": None},
        {"email": "b", "phone": None, "device": None},
        {"email": "c", "phone": None, "device": None},
        {"email": "b", "phone": "p", "device": None},
        {"email": "a", "phone": "p", "device": None}],)))
    out.append(Case("no accounts", ([],)))
    out.append(Case("20,000 accounts (linear time needed)",
                    (_accounts(rng, 20_000, 8_000, p_none=0.5),), hidden=True))
    out.append(Case("a chain of 10,000 accounts (deep trees)", (_chain(10_000),), hidden=True))
    out.append(Case("60,000 accounts, half of them sharing one placeholder phone and device "
                    "(linear time needed)", (_placeholder(rng, 30_000),), hidden=True))
    out.append(Case("random accounts (hidden)", (_accounts(rng, 80, 25),), hidden=True))
    return out


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:
        problem = "the person numbers do not match"
    if not isinstance(got, list) or len(got) != len(expected):
        return f"{problem}; return a list with one int per account"
    if any(type(g) is not int for g in got):
        return f"{problem}; every label should be a Python int"
    groups_got = {}
    for i, g in enumerate(got):
        groups_got.setdefault(g, []).append(i)
    same_partition = sorted(map(tuple, groups_got.values())) == sorted(
        tuple(i for i, e in enumerate(expected) if e == label) for label in set(expected))
    if same_partition:
        return (f"{problem}; the groups are right but the numbers are not: number people "
                "0, 1, 2, ... in the order of their first account")
    if len(set(got)) > len(set(expected)):
        return (f"{problem}; some accounts that belong together are apart: links are "
                "transitive (A-B share an email, B-C a device: A, B, C are one person)")
    return (f"{problem}; some accounts are grouped that share nothing: a value links only to "
            "the same value under the same key, and None links nothing")
