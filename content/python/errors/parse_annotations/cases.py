from mldojo.grading.casekit import Case

LABELS = ["cat", "dog", "bird", "car"]


def _line(rng, i, used):
    """A random line and whether it is meant to be broken."""
    image_id = f"img{int(rng.integers(0, 10_000)):05d}"
    label = LABELS[int(rng.integers(0, len(LABELS)))]
    conf = f"{rng.uniform(0, 1):.3f}"
    kind = rng.choice(["ok"] * 8 + ["fields", "label", "conf", "range", "dup", "blank",
                                    "comment", "spaces", "nan"])
    if kind == "fields":
        return f"{image_id},{label}" if rng.random() < 0.5 else f"{image_id},{label},{conf},x"
    if kind == "label":
        return f"{image_id},{label.upper()},{conf}"
    if kind == "conf":
        return f"{image_id},{label},{rng.choice(['high', '', '0,9', '1/2', 'n/a'])}"
    if kind == "range":
        return f"{image_id},{label},{rng.choice(['1.5', '-0.1', 'inf', '2'])}"
    if kind == "nan":
        return f"{image_id},{label},{rng.choice(['nan', 'NaN'])}"
    if kind == "dup" and used:
        return f"{used[int(rng.integers(0, len(used)))]},{label},{conf}"
    if kind == "blank":
        return str(rng.choice(["", "   "]))
    if kind == "comment":
        return "# exported by labeltool v2"
    if kind == "spaces":
        return f"  {image_id} ,  {label}, {conf}  "
    used.append(image_id)
    return f"{image_id},{label},{conf}"


def cases(rng):
    out = []
    for i in range(4):
        used = []
        lines = [_line(rng, j, used) for j in range(int(rng.integers(8, 25)))]
        out.append(Case(f"random file {i + 1}", (lines, LABELS)))
    out.append(Case("the example", (["# id,label,conf", "img1, cat, 0.9", "img2,dog", "",
                                     "img3,cat,high", "img4,cow,0.5", "img5,dog,1.5",
                                     "img1,dog,0.7", "img6,dog,nan"], ["cat", "dog"])))
    out.append(Case("nan is out of range", (["a,cat,nan", "b,cat,0.5", "c,cat,-nan"], ["cat"])))
    out.append(Case("the bounds 0 and 1 are in range", (["a,cat,0", "b,cat,1", "c,cat,1.0001",
                                                         "d,cat,-0.0"], ["cat"])))
    out.append(Case("a duplicate of a broken line is not a duplicate",
                    (["a,cat,9", "a,cat,0.2", "a,dog,0.3", "b,fish,0.1", "b,cat,0.4"],
                     ["cat", "dog"])))
    out.append(Case("the first problem wins", (["a,cow,high", "b,dog,1,2", "c,dog,inf",
                                                "c,dog,0.5", "c,cow,0.5", "c,dog,2",
                                                "c,dog,x"], ["dog"])))
    out.append(Case("spaces, comments and blank lines", (["   ", "  # note", " a , dog , 0.25 ",
                                                          "\t", "b,dog, 1e-1"], ["dog"])))
    out.append(Case("an empty field is still a field", (["a,cat,", "b,,0.5", "c,cat,0.5,",
                                                         "d, cat ,0.5"], ["cat"])))
    out.append(Case("a # inside a line is not a comment",
                    (["img#7,cat,0.5", "b,cat,0.5  # checked", "# c,cat,0.5", "d,cat,0.25"],
                     ["cat"])))
    out.append(Case("labels are case-sensitive", (["a,Dog,0.5", "b,dog,0.5"], ["dog"]),
                    hidden=True))
    out.append(Case("an empty file", ([], LABELS)))
    return out


def diagnose(case, expected, got):
    lines, _ = case.args
    if not (isinstance(got, tuple) and len(got) == 2):
        return "return a tuple (records, errors)"
    records, errors = got
    if not isinstance(records, list) or not isinstance(errors, list):
        return "records and errors must both be lists"
    if any(not isinstance(e, tuple) for e in errors) or any(
            not isinstance(r, tuple) for r in records):
        return "each record and each error must be a tuple"
    if any(len(e) != 2 for e in errors):
        return "each error must be a (line_number, reason) tuple of two items"
    if any(len(r) != 3 for r in records):
        return "each record must be an (image_id, label, confidence) tuple of three items"
    want_records, want_errors = expected
    shifts = {n - w for (n, _), (w, _) in zip(errors, want_errors, strict=False)
              if isinstance(n, int) and not isinstance(n, bool)}
    if (len(errors) == len(want_errors) > 0 and len(shifts) == 1 and shifts != {0}
            and [r for _, r in errors] == [r for _, r in want_errors]):
        return "line numbers start at 1: use enumerate(lines, start=1)"
    got_lines = {n for n, _ in errors if isinstance(n, int)}
    want_lines = {n for n, _ in want_errors}
    skipped = {i for i, line in enumerate(lines, 1)
               if not line.strip() or line.strip().startswith("#")}
    if got_lines & skipped:
        return "blank lines and lines starting with # are skipped silently, not errors"
    nan_lines = {i for i, line in enumerate(lines, 1) if "nan" in line.lower()}
    if (want_lines - got_lines) & nan_lines:
        return ("a nan confidence got through: every comparison with NaN is False, so write "
                "the check as `not 0.0 <= c <= 1.0`")
    empty = {i for i, line in enumerate(lines, 1)
             if line.strip() and not line.strip().startswith("#")
             and any(not f.strip() for f in line.split(","))}
    wrong = {n for n, r in errors if dict(want_errors).get(n, r) != r} | (want_lines ^ got_lines)
    if wrong & empty:
        return (f"line {min(wrong & empty)} has an empty field: it is still a field "
                "(split(',') keeps it), so count every comma-separated field, empty or not, "
                "and let the label or confidence check report an empty one")
    for (n, reason) in errors:
        want = dict(want_errors).get(n)
        if want and want != reason:
            which = ("a line is reported with another reason than its first problem" if
                     case.hidden else
                     f"line {n} is reported as {reason!r} but its first problem is {want!r}")
            return (f"{which}: check fields, then label, then confidence, then range, then "
                    "duplicate")
    for n in sorted((want_lines ^ got_lines) & set(range(1, len(lines) + 1))):
        hint = _line_hint(lines[n - 1], case.args[1], dict(want_errors).get(n),
                          dict(errors).get(n))
        if hint:  # a hidden case's lines are not shown
            return hint if case.hidden else f"line {n}, {lines[n - 1]!r}: {hint}"
    if want_lines != got_lines:
        return "some lines are reported as errors wrongly, or some bad lines are missing"
    if any(len(r) != 3 or not isinstance(r[2], float) for r in records):
        return "each record is (image_id, label, confidence) with the confidence a float"
    ids = [line.split(",")[0].strip() for line in lines]
    if sorted(r[0] for r in records) == sorted(r[0] for r in want_records) and any(
            ids.count(r[0]) > 1 for r in want_records):
        return ("keep the first valid record of an image id, in file order; a later valid "
                "line for it is a duplicate")
    return "the valid records are wrong: (image_id, label, float confidence), fields stripped"


def _line_hint(line, labels, want, got):
    """Why a line was judged wrongly, for the usual slips; None when none fits."""
    fields = [f.strip() for f in line.split(",")]
    label = fields[1] if len(fields) == 3 else None
    if "#" in line and not line.strip().startswith("#"):
        return ("only a line whose first non-space character is # is a comment; a # "
                "anywhere else is part of the line")
    if want == "label" and label is not None and label.lower() in {x.lower() for x in labels}:
        return ("a label that matches one of labels only up to case is not in labels: the "
                "label check is case-sensitive")
    if got == "label" and want != "label":
        return "strip the whitespace around each field before checking it"
    if got == "range" and want is None and label is not None:
        return "0 and 1 are in range: the bounds are included, 0.0 <= confidence <= 1.0"
    if want == "duplicate" and got is None:
        return ("its image id already has a valid record earlier in the file, so it is a "
                "'duplicate': keep a set of accepted ids and report a later line for one")
    if want is None and got == "duplicate":
        return ("only a valid record blocks its image id: a broken line does not, so add an "
                "id to the set of seen ids when its record is accepted")
    return None
