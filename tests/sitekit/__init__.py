"""Fixture websites for tests: a real HTTP(S) server on 127.0.0.1 and builders of Thai
municipal sites with traps.  Kept in tests/ so new traps are cheap to add."""
