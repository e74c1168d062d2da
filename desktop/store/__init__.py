"""SQLAlchemy models, the engine and its pragmas, migrations, queries and seed loading."""
