"""Batch scans over many sites: the site list, the runner, batch reports."""
