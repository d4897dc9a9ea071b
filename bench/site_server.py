"""Serve the generated N-page bench site in its own process (prints its URL, then waits)."""

from __future__ import annotations

import sys
import time

from bench.memcrawl import generated_site
from tests.sitekit.server import FixtureServer

if __name__ == "__main__":
    with FixtureServer(generated_site(int(sys.argv[1])), record=False) as server:
        print(server.url("/"), flush=True)
        while True:
            time.sleep(3600)
