"""The progress store: SQLAlchemy models, the engine and Alembic migrations."""
