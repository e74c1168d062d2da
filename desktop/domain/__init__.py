"""Plain types, enumerations, rules and their errors: no SQLAlchemy, no Qt."""
