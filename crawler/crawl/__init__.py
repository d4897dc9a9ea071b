"""Crawl stage: decides what to fetch next and turns responses into records."""
