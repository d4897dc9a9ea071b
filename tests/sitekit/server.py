"""The fixture server lives in the package (the demo serves its sample site with it too)."""

from crawler.demo.server import FixtureServer, Request, Response, Route, gzip_bomb, html, raw, redirect

__all__ = ["FixtureServer", "Request", "Response", "Route", "gzip_bomb", "html", "raw", "redirect"]
