"""oit-crawler: check a Thai local government website against the ITA OIT checklist."""

__version__ = "0.1.0"
