"""Fetch stage: the only code that talks to the network (and decodes what comes back)."""
