import math


def parse_annotations(lines, labels):
    records, errors, accepted = [], [], set()
    for number, line in enumerate(lines, 1):
        if line.strip() == "" or line.lstrip().startswith("#"):
            continue
        try:
            image_id, label, raw = (field.strip() for field in line.split(","))
        except ValueError:  # too many or too few values to unpack
            errors.append((number, "fields"))
            continue
        reason = None
        if label not in labels:
            reason = "label"
        else:
            try:
                confidence = float(raw)
            except ValueError:
                reason = "confidence"
            else:
                if math.isnan(confidence) or confidence < 0 or confidence > 1:
                    reason = "range"
                elif image_id in accepted:
                    reason = "duplicate"
        if reason is None:
            accepted.add(image_id)
            records.append((image_id, label, confidence))
        else:
            errors.append((number, reason))
    return records, errors
