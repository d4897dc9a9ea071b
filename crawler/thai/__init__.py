"""Thai text and time toolkit: pure functions, no network.

- :mod:`crawler.thai.normalize` — one spelling for every way a site typed a title
- :mod:`crawler.thai.codes` — OIT item codes (O1…O43) in text, year-aware
- :mod:`crawler.thai.dates` — years, fiscal years, months, dates and periods
- :mod:`crawler.thai.fiscal` — fiscal-year arithmetic and freshness windows
- :mod:`crawler.thai.fuzzy` — Thai-safe fuzzy similarity
- :mod:`crawler.thai.slug` — Google-Sites-style slugs
"""
