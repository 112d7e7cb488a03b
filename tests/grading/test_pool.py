"""The warm pool: children forked from zygotes, and what happens when a zygote is gone."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from mldojo.catalog.schema import Limits
from mldojo.grading import codec
from mldojo.grading.pool import ZygotePool, descendants
from mldojo.grading.runner import run_child
from mldojo.grading.sandbox import bwrap_path, roots_under_tmp

LIMITS = Limits(time_s=5, memory_mb=512)


def answer_of(source: str) -> dict[str, Any]:
    return {"filename": "answer.py", "source": source, "mode": "attr", "entry": "ANSWER"}


def value(outcome: Any) -> Any:
    assert outcome.result is not None, outcome
    (result,) = outcome.result["results"]
    assert result["ok"], result
    return codec.decode(result["value"])


def test_a_warm_child_gives_what_a_cold_one_gives(warm_pool: ZygotePool) -> None:
    request = {
        "filename": "double.py",
        "source": "import numpy as np\ndef double(a):\n    return np.asarray(a) * 2\n",
        "mode": "call",
        "entry": "double",
        "cases": [
            {"args": codec.encode([[1.5, 2.0]]), "kwargs": codec.encode({}), "calls": []},
            {"args": codec.encode([[]]), "kwargs": codec.encode({}), "calls": []},
        ],
    }
    warm, cold = warm_pool.run(request, LIMITS), run_child(request, LIMITS)
    assert warm.result == cold.result
    assert warm.returncode == 0 and not warm.timed_out


def test_each_flavour_has_its_own_stack_imported(
    warm_pool: ZygotePool,
) -> None:
    source = (
        "import sys\nANSWER = sorted(m for m in ('numpy', 'pandas', 'torch') if m in sys.modules)\n"
    )
    assert value(warm_pool.run(answer_of(source), LIMITS)) == ["numpy", "pandas"]
    assert value(warm_pool.run(answer_of(source), LIMITS, flavour="torch")) == ["numpy", "torch"]
    assert value(warm_pool.run(answer_of(source), LIMITS, flavour="numpy")) == ["numpy"]


def test_a_torch_child_prints_nothing_the_learner_did_not_print(warm_pool: ZygotePool) -> None:
    """PyTorch reads /proc/cpuinfo on its first matrix product; a sandboxed run cannot
    see it, so the torch zygote must have read it already."""
    source = "import torch\nANSWER = float((torch.ones(3, 2) @ torch.ones(2, 4)).sum())\n"
    outcome = warm_pool.run(answer_of(source), LIMITS, flavour="torch")
    assert value(outcome) == 24.0
    assert outcome.output == ""


def test_training_in_a_torch_child_imports_nothing_more(warm_pool: ZygotePool) -> None:
    """An optimizer's first step and a backward pass given its gradient import parts of
    PyTorch (TorchDynamo, torch.fx with SymPy) that took a check seconds each time: the
    zygote has them already."""
    source = """
import sys
import torch

before = set(sys.modules)
model = torch.nn.Linear(3, 1)
params = list(model.parameters())
for optimizer in (torch.optim.SGD(params, lr=0.1), torch.optim.Adam(params)):
    model(torch.ones(4, 3)).sum().backward()
    optimizer.step()
scores = model(torch.ones(4, 3)).squeeze(1)
scores.backward(torch.ones(4))
ANSWER = sorted(set(sys.modules) - before)
"""
    assert value(warm_pool.run(answer_of(source), LIMITS, flavour="torch")) == []


def test_scikit_learn_s_parallel_routines_run_in_a_child(warm_pool: ZygotePool) -> None:
    """k-neighbours looks its thread pools up in /proc/self/maps, which a child cannot
    read: the base zygote must have looked them up already."""
    source = """
import numpy as np
from sklearn.neighbors import KNeighborsClassifier
X = np.arange(12.0).reshape(6, 2)
model = KNeighborsClassifier(3, algorithm="brute").fit(X, [0, 0, 0, 1, 1, 1])
ANSWER = model.predict(X).tolist()
"""
    outcome = warm_pool.run(answer_of(source), LIMITS, flavour="base")
    assert value(outcome) == [0, 0, 0, 1, 1, 1], outcome


def test_each_child_is_alone_in_its_namespaces(warm_pool: ZygotePool) -> None:
    if bwrap_path() is None:
        pytest.skip("no sandbox on this machine")
    warm_pool.zygotes["base"].start()
    if not warm_pool.zygotes["base"].namespaces:
        pytest.skip("this machine gives no namespaces per child")
    source = """
import os
open("/tmp/mine", "w").write("x")
ANSWER = [os.getpid(), os.listdir("/proc"), sorted(os.listdir("/tmp")), os.environ.get("HOME")]
"""
    first = value(warm_pool.run(answer_of(source), LIMITS))
    second = value(warm_pool.run(answer_of(source), LIMITS))
    # pid 1 of its own pid namespace, no other process visible, a fresh /tmp each time
    # (holding only a Python installed under /tmp, bound again, read-only)
    kept = {Path(root).relative_to("/tmp").parts[0] for root in roots_under_tmp()}
    assert first == second == [1, [], sorted({"mine", *kept}), "/tmp"]


def test_a_killed_zygote_is_started_again(warm_pool: ZygotePool) -> None:
    zygote = warm_pool.zygotes["base"]
    zygote.start()
    old = zygote.pid
    assert old is not None
    sandbox = descendants(old)[:1]  # bwrap's init; below it the zygote, then its children
    for pid in [old, *sandbox, *children(sandbox[0])]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while zygote.pid is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert zygote.pid is None
    assert value(warm_pool.run(answer_of("ANSWER = 6 * 7\n"), LIMITS)) == 42
    assert zygote.pid not in (None, old)


def children(pid: int) -> list[int]:
    return [
        int(child)
        for task in Path(f"/proc/{pid}/task").iterdir()
        for child in (task / "children").read_text().split()
    ]


def test_a_pool_that_may_not_wait_runs_cold_while_it_warms() -> None:
    pool = ZygotePool(wait_for_warm=False)
    try:
        assert value(pool.run(answer_of("ANSWER = 'cold'\n"), LIMITS)) == "cold"
        assert pool.fallbacks == 1
        # Meanwhile its zygote starts: until it is ready, status says so and counts no uptime.
        seen = []
        deadline = time.monotonic() + 120
        while not pool.zygotes["base"].ready and time.monotonic() < deadline:
            seen += [z for z in pool.status() if z["flavour"] == "base"]
            time.sleep(0.01)
        assert any(z["starting"] for z in seen)
        assert all(z["up_s"] == 0 for z in seen if z["starting"])
        base = next(z for z in pool.status() if z["flavour"] == "base")
        assert base["running"] and not base["starting"] and base["up_s"] < 600
    finally:
        pool.close()


def test_without_the_sandbox_children_run_in_a_scratch_folder_of_their_own() -> None:
    pool = ZygotePool(sandbox=False)
    try:
        source = "import os\nANSWER = [os.getcwd() == os.environ['HOME'], os.listdir('.')]\n"
        assert value(pool.run(answer_of(source), LIMITS)) == [True, []]
        assert pool.zygotes["base"].namespaces is False
        assert pool.fallbacks == 0
    finally:
        pool.close()
