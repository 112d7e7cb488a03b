"""The catalog layer: skills, exercises and packs, loaded from folders and checked."""
