"""The baseline: a plain Scrapy spider crawling the same site with the same politeness settings."""

from __future__ import annotations

import json
import resource
import sys
import time
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor


class SiteSpider(scrapy.Spider):
    name = "site"
    pages = 0

    def __init__(self, start: str, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.allowed_domains = [urlsplit(start).hostname]
        # allow_domains compares the netloc with its port, so same-site is checked by origin here.
        self.origin = "{0.scheme}://{0.netloc}/".format(urlsplit(start))
        self.links = LinkExtractor()

    def parse(self, response):
        SiteSpider.pages += 1
        yield {"url": response.url, "title": response.css("title::text").get(), "h1": response.css("h1::text").get()}
        for link in self.links.extract_links(response):
            if link.url.startswith(self.origin):
                yield response.follow(link.url, callback=self.parse)


if __name__ == "__main__":
    url, per_host, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    process = CrawlerProcess(
        settings={
            "LOG_LEVEL": sys.argv[4] if len(sys.argv) > 4 else "ERROR",
            "ROBOTSTXT_OBEY": True,
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": per_host,
            "DOWNLOAD_DELAY": 0,
            "DEPTH_LIMIT": 0,
            "TELNETCONSOLE_ENABLED": False,
            "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        }
    )
    started, cpu = time.perf_counter(), time.process_time()
    process.crawl(SiteSpider, start=url)
    process.start()
    print(
        json.dumps(
            {
                "pages": SiteSpider.pages,
                "seconds": time.perf_counter() - started,
                "cpu_seconds": time.process_time() - cpu,
                "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
