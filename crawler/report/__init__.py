"""Report stage: terminal (rich), JSON and HTML views of a scan."""
