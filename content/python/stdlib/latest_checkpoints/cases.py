import re
from pathlib import PurePosixPath

from mldojo.grading.casekit import Case, same

RUNS = ["bert_base", "vit_small", "resnet50", "gpt_tiny", "unet"]
SUBS = ["ckpt", "checkpoints", "epoch_1", "epoch_2", "ckpt/ema"]


def _tree(rng):
    files, dirs = [], []
    for run in [RUNS[int(i)] for i in rng.choice(len(RUNS), int(rng.integers(2, 5)),
                                                 replace=False)]:
        sub = SUBS[int(rng.integers(0, len(SUBS)))]
        steps = sorted({int(s) for s in rng.integers(1, 3000, size=int(rng.integers(1, 6)))})
        for s in steps:
            pad = int(rng.choice([0, 0, 6]))
            files.append(f"{run}/{sub}/step_{s:0{pad}d}.pt")
        if rng.random() < 0.5:  # a crashed save, newer than everything else
            files.append(f"{run}/{sub}/step_{steps[-1] + 100}.pt.tmp")
        if rng.random() < 0.5:
            files.append(f"{run}/{sub}/best.pt")
        if rng.random() < 0.3:
            files.append(f"{run}/config.yaml")
    if rng.random() < 0.5:
        dirs.append("empty_run/ckpt")
    order = rng.permutation(len(files))
    return [files[int(i)] for i in order], dirs


def cases(rng):
    out = [Case(f"random runs {i + 1}", _tree(rng)) for i in range(4)]
    out.append(Case("the example", (["bert/ckpt/step_9.pt", "bert/ckpt/step_10.pt",
                                      "bert/ckpt/step_500.pt.tmp", "vit/epoch_1/step_0100.pt",
                                      "vit/best.pt", "notes/readme.txt"], [])))
    out.append(Case("steps compare as numbers", (["r/step_9.pt", "r/step_10.pt", "r/step_2.pt",
                                                  "r/step_100.pt", "r/step_99.pt"], [])))
    out.append(Case("zero padding", (["r/step_0100.pt", "r/step_99.pt", "s/step_007.pt",
                                      "s/step_8.pt"], [])))
    out.append(Case("names that only look like checkpoints",
                    (["r/step_5.pt", "r/step_final.pt", "r/step_.pt", "r/step_12.PT",
                      "r/step_30.pt.tmp", "r/xstep_40.pt", "r/step_50.ptx", "r/step_6.pt.bak"],
                     [])))
    # int() reads all of these (underscores, a sign, spaces): only the digits test rejects them.
    out.append(Case("names int() would read but that are not digits",
                    (["r/step_5.pt", "r/step_1_000.pt", "r/step_+70.pt", "r/step_ 90.pt",
                      "s/step_3.pt", "s/step_-40.pt", "s/step_60 .pt"], [])))
    out.append(Case("a folder named like a checkpoint", (["r/ckpt/step_5.pt"],
                                                          ["r/ckpt/step_900.pt"])))
    out.append(Case("checkpoints at several depths", (["r/step_1.pt", "r/a/step_3.pt",
                                                       "r/a/b/c/step_20.pt", "r/a/b/step_7.pt"],
                                                      [])))
    out.append(Case("a run whose checkpoints are all deep",
                    (["deep/ckpt/ema/step_5.pt", "deep/ckpt/ema/step_12.pt", "flat/step_2.pt"],
                     [])))
    out.append(Case("ties go to the path that sorts first",
                    (["r/ema/step_10.pt", "r/main/step_010.pt", "r/main/step_10.pt",
                      "s/b/step_5.pt", "s/a/step_5.pt"], [])))
    out.append(Case("ties compare the path strings, not Path objects",
                    (["r/ckpt/ema/step_5.pt", "r/ckpt-old/step_5.pt", "r/ckpt/step_1.pt",
                      "s/a/b/step_2.pt", "s/a.b/step_2.pt"], [])))
    out.append(Case("files directly in root are ignored", (["step_999.pt", "r/step_1.pt"], [])))
    out.append(Case("runs without checkpoints are left out",
                    (["r/log.txt", "s/ckpt/step_1.pt.tmp", "t/step_2.pt"], ["u/ckpt"])))
    out.append(Case("no runs at all", ([], [])))
    out.append(Case("run names sort", (["zeta/step_1.pt", "alpha/step_2.pt", "Mid/step_3.pt"],
                                       []), hidden=True))
    return out


def diagnose(case, expected, got):
    if not isinstance(got, dict):
        return "return a dict from run name to a relative path string"
    if any(not isinstance(v, str) for v in got.values()):
        return "each value must be a str (use relative_path.as_posix()), not a Path"
    if any(v.startswith("/") or "tmp" in v.split("/")[0] for v in got.values()):
        return "return paths relative to root (path.relative_to(root)), not absolute ones"
    if set(got) != set(expected):
        missing, extra = set(expected) - set(got), set(got) - set(expected)
        if extra:
            return (f"{sorted(extra)[0]!r} should not be a key: the run is the first folder "
                    "below root, and only runs with a checkpoint file are listed")
        run = sorted(missing)[0]
        depths = [len(PurePosixPath(f).parts) - 2 for f in case.args[0]
                  if f.startswith(f"{run}/")
                  and re.fullmatch(r"step_\d+\.pt", f.rsplit("/", 1)[-1])]
        if depths and min(depths) > 0:
            return (f"the run {run!r} is missing: its checkpoints are {min(depths)} or more "
                    "folders below the run's folder; search every depth (Path.rglob), not "
                    "a fixed number of levels")
        return f"the run {run!r} is missing"
    if list(got) != list(expected):
        return "list the runs in sorted order"
    for run, want in expected.items():
        have = got[run]
        name = have.rsplit("/", 1)[-1]
        if not name.startswith("step_") or not name.endswith(".pt") or \
                not name[5:-3].isdigit():
            middle = name[5:-3]
            try:
                int(middle)
            except ValueError:
                pass
            else:
                return (f"{have!r} is not a checkpoint: int() also reads {middle!r} (it accepts "
                        "underscores, a sign and surrounding spaces), but the name must be "
                        "step_ followed by digits only, then .pt: test the name with "
                        r"re.fullmatch(r'step_(\d+)\.pt', name) before converting")
            return (f"{have!r} is not a checkpoint: the name must be exactly step_<digits>.pt "
                    "(re.fullmatch on the name)")
        if have != want:
            w, h = int(want.rsplit("_", 1)[1][:-3]), int(name[5:-3])
            if h < w:
                return (f"for {run!r}, a checkpoint with a larger step exists: compare steps as "
                        "integers, not names as text, and search every depth")
            if h > w:
                return (f"for {run!r}, {have!r} is not a checkpoint file (is it a folder?): "
                        "check path.is_file()")
            if want < have and PurePosixPath(have) < PurePosixPath(want):
                return (f"for {run!r}, two checkpoints share the largest step: take the one whose "
                        "relative path string sorts first (compare the str from as_posix(); "
                        "Path objects compare part by part, so 'ckpt/ema' sorts before "
                        "'ckpt-old' as a Path but after it as a string)")
            return (f"for {run!r}, two checkpoints share the largest step: take the one whose "
                    "relative path sorts first")
    return None


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        if list(got) != list(expected):
            return "list the runs in sorted order"
        return None
    hint = diagnose(case, expected, got)
    if case.hidden:
        return hint or "the result is wrong"
    return f"{problem}; {hint}" if hint else problem
