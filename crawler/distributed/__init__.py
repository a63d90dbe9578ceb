"""Crawl on several machines: a Redis-backed frontier and dupefilter (scrapy-redis) shared by
crawl workers, per-site slots for politeness, leases so a dead worker loses nothing, and pages
delivered to one writer (``pipelines/ingest.py``) that alone opens archive.db.

``frontier``: the cluster state in Redis and the message format; ``components``: the Scrapy
scheduler, dupefilter, middleware and spider; ``worker``: submitting jobs and running a worker.
See docs/scaling.md.
"""
