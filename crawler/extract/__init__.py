"""Extract stage: pure functions from decoded content to records."""
