"""No object, exit, exception or trick in the learner's process can make a pass."""

from __future__ import annotations

import pytest

from mldojo.grading.verdict import Status
from tests.security.conftest import Attack, everything_shown


def test_objects_that_equal_anything(attack: Attack) -> None:
    verdict = attack("""
        class Anything:
            def __eq__(self, other):
                return True
        def add_row_offsets(X, offsets):
            return Anything()
    """)
    assert "cannot be checked" in everything_shown(verdict)


def test_subclasses_of_float_and_ndarray_cross_as_plain_values(attack: Attack) -> None:
    attack("""
        import numpy as np
        class Liar(np.ndarray):
            def __eq__(self, other):
                return np.ones_like(self, dtype=bool)
            def __array_ufunc__(self, *args, **kwargs):
                return True
        def add_row_offsets(X, offsets):
            return np.zeros_like(X, dtype=float).view(Liar)
    """)
    attack("""
        class Liar(float):
            def __eq__(self, other):
                return True
        def add_row_offsets(X, offsets):
            return Liar(0.0)
    """)


def test_nan_does_not_pass(attack: Attack) -> None:
    attack("""
        import numpy as np
        def add_row_offsets(X, offsets):
            return np.full(X.shape, np.nan)
    """)


def test_exits_and_base_exceptions(attack: Attack) -> None:
    assert attack("import sys\nsys.exit(0)\n").status is Status.ERROR
    assert attack("import os\nos._exit(0)\n").status is Status.CRASHED
    assert attack("raise KeyboardInterrupt\n").status is Status.ERROR
    attack("""
        def add_row_offsets(X, offsets):
            raise SystemExit(0)
    """)
    attack("""
        def add_row_offsets(X, offsets):
            raise BaseException("pass")
    """)


def test_replacing_stdout_and_writing_fake_results_everywhere(attack: Attack) -> None:
    fake = '{"results": [{"ok": true, "value": null}]}'
    attack(f"""
        import io, os, sys
        sys.stdout = io.StringIO()
        for fd in range(0, 256):
            try:
                os.write(fd, {fake!r}.encode())
            except OSError:
                pass
        def add_row_offsets(X, offsets):
            return None
    """)
    attack(f"""
        import os
        for fd in range(3, 256):
            try:
                os.write(fd, {fake!r}.encode())
                os.close(fd)
            except OSError:
                pass
        os._exit(0)
    """)


@pytest.mark.parametrize(
    "fake",
    [
        '"[" * 200_000 + "]" * 200_000',  # deeper than the host's stack
        '\'{"results": [{"ok": true, "value": \' + "[[]]," * 3_000_000 + "0]}]}"',  # lists
    ],
)
def test_a_fake_result_built_to_cost_the_host_is_refused_unread(attack: Attack, fake: str) -> None:
    verdict = attack(f"""
        import os
        fake = ({fake}).encode() + b"\\n"
        for fd in range(3, 64):
            try:
                os.write(fd, fake)
            except OSError:
                pass
        os._exit(0)
    """)
    said = verdict.cases[0].message
    assert "not a result" in said or "exited" in said, said


def test_monkeypatching_numpy_and_builtins_stays_inside(attack: Attack) -> None:
    attack("""
        import builtins, numpy as np
        np.allclose = lambda *a, **k: True
        np.array_equal = lambda *a, **k: True
        np.isclose = lambda *a, **k: True
        builtins.isinstance = lambda *a: True
        def add_row_offsets(X, offsets):
            return X
    """)


def test_tracing_and_frame_walking_find_no_checker(attack: Attack) -> None:
    verdict = attack("""
        import gc, sys
        seen = []
        sys.settrace(lambda frame, event, arg: seen.append(frame.f_code.co_filename))
        def add_row_offsets(X, offsets):
            names = set()
            frame = sys._getframe()
            while frame:
                names.add(frame.f_code.co_filename)
                names.update(k for k in frame.f_globals if "expected" in k or "compare" in k)
                frame = frame.f_back
            names.update(type(o).__name__ for o in gc.get_objects() if "Case" in type(o).__name__)
            print(sorted(names))
            return X
    """)
    shown = everything_shown(verdict)
    assert "cases.py" not in shown and "solution.py" not in shown and "compare" not in shown


def test_pickle_payloads_are_only_bytes(attack: Attack, tmp_path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / "unpickled"
    verdict = attack(f"""
        import os, pickle
        class Boom:
            def __reduce__(self):
                return (os.system, ("touch {marker}",))
        def add_row_offsets(X, offsets):
            return pickle.dumps(Boom())
    """)
    assert not marker.exists()
    assert "expected a NumPy array" in everything_shown(verdict)
