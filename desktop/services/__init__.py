"""Use cases. Each opens its own session and transaction and returns plain records."""
