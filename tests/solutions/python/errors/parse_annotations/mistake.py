# expect: nan confidence got through
def parse_annotations(lines, labels):
    records, errors, seen = [], [], set()
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        fields = [f.strip() for f in text.split(",")]
        if len(fields) != 3:
            errors.append((number, "fields"))
            continue
        image_id, label, raw = fields
        if label not in labels:
            errors.append((number, "label"))
            continue
        try:
            confidence = float(raw)
        except ValueError:
            errors.append((number, "confidence"))
            continue
        # NaN compares False both ways, so it slips through this test.
        if confidence < 0 or confidence > 1:
            errors.append((number, "range"))
        elif image_id in seen:
            errors.append((number, "duplicate"))
        else:
            seen.add(image_id)
            records.append((image_id, label, confidence))
    return records, errors
