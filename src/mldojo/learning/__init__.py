"""The learning layer: attempts, hints, drafts, workspace and progress, over the store."""
