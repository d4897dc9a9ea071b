"""History store: every scan recorded in SQLite for resume, diffs and monitoring."""
