"""Discovery and fetching: the Scrapy side of District News Archive.

Nothing here parses article bodies or touches SQLite; responses leave as ``FetchedPage`` items
and the item pipelines (``pipelines/``, wired in through ``ITEM_PIPELINES``) archive them.
"""
