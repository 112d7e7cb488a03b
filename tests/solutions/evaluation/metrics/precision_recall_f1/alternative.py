def precision_recall_f1(y_true, y_pred):
    # One pass over the pairs in plain Python; works for lists and arrays alike.
    tp = fp = fn = 0
    for t, p in zip(y_true, y_pred):
        t, p = bool(t), bool(p)
        tp += t and p
        fp += p and not t
        fn += t and not p
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    if precision + recall == 0:
        return precision, recall, 0.0
    return precision, recall, 2 * precision * recall / (precision + recall)
