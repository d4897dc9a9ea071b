"""Assess stage: one status per item from matched evidence, and the estimated OIT score. Pure."""
