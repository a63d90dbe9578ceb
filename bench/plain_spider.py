"""The "plain Scrapy" peer for bench/crawl.py: the same pages, fetched and thrown away.

Follows every link on the start URL's host, obeys robots.txt, no item pipelines. Run with
``scrapy runspider bench/plain_spider.py -a start=http://127.0.0.1:PORT/``.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor


class PlainSpider(scrapy.Spider):
    name = "plain"

    def __init__(self, start: str, **kwargs):
        super().__init__(**kwargs)
        self.start_url = start
        self.netloc = urlsplit(start).netloc
        self.links = LinkExtractor()

    async def start(self):
        yield scrapy.Request(self.start_url)

    def parse(self, response):
        for link in self.links.extract_links(response):
            if urlsplit(link.url).netloc == self.netloc:
                yield response.follow(link.url)
