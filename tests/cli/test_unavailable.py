"""An exercise that needs a CUDA GPU, through the real `mldojo` command on a machine
without one. `MLDOJO_CUDA=off` makes every machine such a machine, GPU or not."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import BROADCAST, Cli, copy_exercises

GPU = "engineering.performance.gpu_batch_predict"


@pytest.fixture
def gpu_cli(cli: Cli, tmp_path: Path) -> Cli:
    cli.env["MLDOJO_CONTENT"] = str(copy_exercises(tmp_path / "with_gpu", BROADCAST, GPU))
    cli.env["MLDOJO_CUDA"] = "off"
    return cli


def refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stderr


def test_list_marks_it_unavailable_and_json_adds_available(gpu_cli: Cli) -> None:
    text = gpu_cli("list")
    assert text.returncode == 0, text.stderr
    [row] = [line for line in text.stdout.splitlines() if GPU in line]
    assert "unavailable" in row
    assert not any("unavailable" in line for line in text.stdout.splitlines() if BROADCAST in line)
    assert "1 exercise cannot run on this machine" in text.stdout
    listed = json.loads(gpu_cli("list", "--json").stdout)["exercises"]
    available = {e["id"]: e["available"] for e in listed}
    assert available == {BROADCAST: True, GPU: False}
    assert {e["id"]: e["requires"] for e in listed}[GPU] == ["torch", "cuda"]


def test_show_says_why(gpu_cli: Cli) -> None:
    result = gpu_cli("show", GPU)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "needs torch, cuda" in out
    assert "Unavailable here: it needs a CUDA GPU" in out and "MLDOJO_CUDA=off" in out
    assert f"mldojo start {GPU}" not in out
    assert "Unavailable" not in gpu_cli("show", BROADCAST).stdout


def test_start_and_check_refuse_in_one_sentence(gpu_cli: Cli, home: Path, tmp_path: Path) -> None:
    message = " ".join(refused(gpu_cli("start", GPU)).split())
    assert message.startswith(f"'{GPU}' cannot run here: it needs a CUDA GPU")
    assert message.endswith("unset MLDOJO_CUDA (or set it to auto) to use this machine's GPU.")
    assert not (home / "workspace" / "engineering").exists()
    attempt = tmp_path / "attempt.py"
    attempt.write_text("def predict_proba(state, X, device, batch_size):\n    return None\n")
    result = gpu_cli("check", GPU, "--file", str(attempt), "--json")
    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert error["type"] == "Unavailable" and "needs a CUDA GPU" in error["message"]
    progress = json.loads(gpu_cli("progress", "--json").stdout)
    assert all(e["attempts"] == 0 for e in progress["exercises"])


def test_validate_skips_it_with_the_reason_and_passes(gpu_cli: Cli) -> None:
    result = gpu_cli("validate", "--json", timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    by_id = {e["exercise"]: e for e in report["exercises"]}
    assert by_id[GPU]["ok"] is True and "needs a CUDA GPU" in by_id[GPU]["skipped"]
    assert by_id[BROADCAST]["ok"] is True and by_id[BROADCAST]["skipped"] is None
    table = gpu_cli("validate", timeout=600)
    assert table.returncode == 0
    words = " ".join(table.stdout.split())
    assert "skipped" in words and "1 checked without running" in words


def test_a_bad_cuda_setting_is_refused(gpu_cli: Cli) -> None:
    gpu_cli.env["MLDOJO_CUDA"] = "maybe"
    message = " ".join(refused(gpu_cli("list")).split())
    assert message.startswith("MLDOJO_CUDA is 'maybe', which is not a CUDA mode")
    assert message.endswith("use 'auto' or 'off' (or leave it unset).")
