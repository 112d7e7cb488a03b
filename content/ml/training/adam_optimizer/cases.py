import numpy as np

from mldojo.grading.casekit import Call, Case, same
from mldojo.grading.checks import TYPE_ONLY_HIDDEN, type_only

RTOL, ATOL = 1e-9, 1e-12
SHAPES = {"w1": (3, 2), "b1": (2,), "w2": (2,), "head": (4,)}


def _step(rng, names, scale=1.0):
    params = {n: rng.normal(size=SHAPES[n]) for n in names}
    grads = {n: rng.normal(scale=scale, size=SHAPES[n]) for n in names}
    return Call("step", (params, grads))


ORDER_CASE = "keys in another order in each call, in grads than in params, a new one first"


def _reordered(rng, param_names, grad_names):
    """A step whose params and grads list the same names in different orders."""
    params = {n: rng.normal(size=SHAPES[n]) for n in param_names}
    grads = {n: rng.normal(size=SHAPES[n]) for n in grad_names}
    return Call("step", (params, grads))


def _random_calls(rng, n):
    calls, names = [], ["w1", "b1"]
    for i in range(n):
        if i == n // 2:
            names = [*names, "w2"]  # a layer added during training
        roll = rng.random()
        if roll < 0.7:
            calls.append(_step(rng, names, scale=float(10 ** rng.uniform(-3, 1))))
        elif roll < 0.8:
            calls.append(Call("set_lr", (float(rng.choice([0.01, 0.003, 0.05])),)))
        else:
            calls.append(Call("steps", (str(rng.choice(["w1", "w2", "head"])),)))
    calls += [Call("steps", (n,)) for n in ("w1", "b1", "w2", "head")]
    return tuple(calls)


def _case(name, kwargs, calls, hidden=False):
    return Case(name, (), kwargs=kwargs, calls=tuple(calls), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = [
        _case(
            f"random training #{i + 1}",
            {"lr": float(rng.choice([0.001, 0.01, 0.1]))},
            _random_calls(rng, int(rng.integers(8, 16))),
        )
        for i in range(3)
    ]
    out.append(
        _case(
            "the statement's example",
            {"lr": 0.1},
            [
                Call("step", ({"w": np.array([1.0, 2.0])}, {"w": np.array([0.5, -4.0])})),
                Call(
                    "step",
                    (
                        {"w": np.array([0.9, 2.1]), "b": np.array([0.0])},
                        {"w": np.array([0.5, -4.0]), "b": np.array([3.0])},
                    ),
                ),
                Call("steps", ("w",)),
                Call("steps", ("b",)),
                Call("steps", ("head",)),
            ],
        )
    )
    out.append(
        _case(
            "the first step (bias correction)", {"lr": 0.05}, [_step(rng, ["w1", "b1"], scale=0.01)]
        )
    )
    late = [_step(rng, ["w1"]) for _ in range(30)] + [_step(rng, ["w1", "head"]) for _ in range(3)]
    out.append(
        _case(
            "a layer added after 30 steps gets its own step count",
            {"lr": 0.01},
            [*late, Call("steps", ("w1",)), Call("steps", ("head",))],
        )
    )
    out.append(
        _case(
            "set_lr keeps the moments",
            {"lr": 0.1},
            [
                _step(rng, ["b1"]),
                _step(rng, ["b1"]),
                Call("set_lr", (0.001,)),
                _step(rng, ["b1"]),
                Call("steps", ("b1",)),
            ],
        )
    )
    out.append(
        _case(
            "other betas and eps",
            {"lr": 0.02, "beta1": 0.5, "beta2": 0.9, "eps": 1e-3},
            [_step(rng, ["w2"], scale=1e-3) for _ in range(5)],
        )
    )
    out.append(
        _case(
            ORDER_CASE,
            {"lr": 0.05},
            [
                _reordered(rng, ["w1", "b1"], ["b1", "w1"]),
                _reordered(rng, ["b1", "w1"], ["w1", "b1"]),
                _reordered(rng, ["head", "w1", "b1"], ["w1", "b1", "head"]),
                Call("steps", ("head",)),
                Call("steps", ("w1",)),
            ],
        )
    )
    out.append(
        _case(
            "the defaults: Adam() with no arguments",
            {},
            [_step(rng, ["w1", "b1"], scale=0.1) for _ in range(3)],
        )
    )
    out.append(
        _case(
            "zero gradients",
            {"lr": 0.1},
            [
                Call("step", ({"w2": np.ones(2)}, {"w2": np.zeros(2)})),
                Call("step", ({"w2": np.ones(2)}, {"w2": np.array([1.0, -1.0])})),
            ],
        )
    )
    out.append(_case("random training (hidden)", {"lr": 0.01}, _random_calls(rng, 12), hidden=True))
    return out


class _Variant:
    """The specification with one known mistake (for the messages only)."""

    def __init__(
        self,
        lr=0.001,
        beta1=0.9,
        beta2=0.999,
        eps=1e-8,
        *,
        correct=True,
        eps_inside=False,
        shared_t=False,
        folded=False,
        reset_on_lr=False,
        grads_by_position=False,
        state_by_position=False,
        aliased=None,
    ):
        self.lr, self.b1, self.b2, self.eps = lr, beta1, beta2, eps
        self.correct, self.eps_inside, self.shared_t = correct, eps_inside, shared_t
        self.folded, self.reset_on_lr = folded, reset_on_lr
        self.grads_by_position, self.state_by_position = grads_by_position, state_by_position
        # aliased: m and v are one array updated in place, "m" first or "v" first
        self.aliased = aliased
        self.state, self.t = {}, 0

    def step(self, params, grads):
        self.t += 1
        out = {}
        for i, (name, p) in enumerate(params.items()):
            g = list(grads.values())[i] if self.grads_by_position else grads[name]
            key = i if self.state_by_position else name
            s = self.state.setdefault(key, [0, np.zeros_like(g), np.zeros_like(g)])
            s[0] += 1
            t = self.t if self.shared_t else s[0]
            if self.aliased == "m":
                s[1] = s[2] = self.b2 * (self.b1 * s[1] + (1 - self.b1) * g) + (1 - self.b2) * g**2
            elif self.aliased == "v":
                s[1] = s[2] = self.b1 * (self.b2 * s[2] + (1 - self.b2) * g**2) + (1 - self.b1) * g
            else:
                s[1] = self.b1 * s[1] + (1 - self.b1) * g
                s[2] = self.b2 * s[2] + (1 - self.b2) * g**2
            m, v = s[1], s[2]
            if self.folded:
                step = self.lr * np.sqrt(1 - self.b2**t) / (1 - self.b1**t)
                out[name] = p - step * m / (np.sqrt(v) + self.eps)
                continue
            if self.correct:
                m, v = m / (1 - self.b1**t), v / (1 - self.b2**t)
            with np.errstate(invalid="ignore"):  # an aliased v goes negative
                den = np.sqrt(v + self.eps) if self.eps_inside else np.sqrt(v) + self.eps
            out[name] = p - self.lr * m / den
        return out

    def set_lr(self, lr):
        self.lr = lr
        if self.reset_on_lr:
            self.state, self.t = {}, 0

    def steps(self, name):
        return self.state[name][0] if name in self.state else 0


MISTAKES = [
    (dict(correct=False), "no bias correction: divide m by 1 - beta1**t and v by 1 - beta2**t"),
    (dict(eps_inside=True), "eps is added to sqrt(v_hat), not inside the square root"),
    (
        dict(shared_t=True),
        "each parameter has its own step count, starting when it first "
        "appears: a layer added later needs its own bias correction",
    ),
    (
        dict(folded=True),
        "the folded form lr * sqrt(1 - beta2**t) / (1 - beta1**t) * m / "
        "(sqrt(v) + eps) adds eps to sqrt(v) before the correction, a slightly different "
        "update: divide m and v by their corrections first, then add eps to sqrt(v_hat)",
    ),
    (
        dict(reset_on_lr=True),
        "set_lr cleared the moments or step counts: it only changes "
        "the learning rate, and m, v and t carry on",
    ),
]
ALIASED = (
    "m and v are one array: both were made from one zeros array (m = v = np.zeros_like(g)) "
    "and updated in place, so each update of one changes the other (and sqrt of the "
    "mixed v can be nan). Give each its own array: m = np.zeros_like(g); "
    "v = np.zeros_like(g)"
)
ORDER_MISTAKES = [
    dict(grads_by_position=True),
    dict(state_by_position=True),
    dict(grads_by_position=True, state_by_position=True),
]
# Defaults a learner might take from another library or habit (lr 0.01, eps 1e-7, ...).
WRONG_DEFAULTS = [
    dict(lr=lr, beta1=b1, beta2=b2, eps=eps)
    for lr in (0.001, 0.01, 0.1, 0.0001, 0.003)
    for b1 in (0.9, 0.99)
    for b2 in (0.999, 0.99, 0.9999)
    for eps in (1e-8, 1e-7, 1e-6, 1e-10, 0.0)
]


def compare(case, expected, got, call):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if type_only(case, expected, got):  # right values: the type is the whole mistake
        return TYPE_ONLY_HIDDEN if case.hidden else problem
    if case.hidden:
        problem = "it does not match"
    if call.method == "step" and not isinstance(got, dict):
        return f"{problem}; step returns a dict of the updated parameters"
    if call.method == "steps":
        before = case.calls[: next(i for i, c in enumerate(case.calls) if c is call)]
        if any(c.method == "set_lr" for c in before) and got == 0 != expected:
            return (
                f"{problem}; set_lr only changes the learning rate: the step counts "
                "and moments carry on"
            )
        return f"{problem}; steps(name) counts the updates of that name only (0 if never seen)"
    index = next(i for i, c in enumerate(case.calls) if c is call)

    def matches(kwargs, switches):
        model = _Variant(**kwargs, **switches)
        wrong = None
        for earlier in case.calls[: index + 1]:
            wrong = getattr(model, earlier.method)(*earlier.args)
        return same(wrong, got, rtol=1e-9, atol=1e-12) is None

    for switches, why in MISTAKES:
        if matches(case.kwargs, switches):
            return f"{problem}; {why}"
    if any(matches(case.kwargs, {"aliased": first}) for first in ("m", "v")):
        return f"{problem}; {ALIASED}"
    if any(matches(case.kwargs, switches) for switches in ORDER_MISTAKES):
        return (
            f"{problem}; look up each parameter's gradient and state by its name: the "
            "keys of params and grads can come in any order, and a new name can come "
            "first, so neither a position nor zip(params.values(), grads.values()) "
            "matches them up"
        )
    if not case.kwargs and any(matches(kw, {}) for kw in WRONG_DEFAULTS):
        return (
            f"{problem}; this optimiser was built as Adam() with no arguments: check the "
            "defaults, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8"
            + ("; if they are right, check that m and v start as zeros" if index == 0 else "")
        )
    return problem
