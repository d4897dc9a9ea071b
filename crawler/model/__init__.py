"""The nouns every stage shares (no I/O): URLs in their one normal form, to start with."""

from crawler.model.url import Url

__all__ = ["Url"]
