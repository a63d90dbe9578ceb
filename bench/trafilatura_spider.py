"""The "Scrapy + trafilatura in the callback" peer for bench/crawl.py.

What a Scrapy user without our pipelines would write: the plain spider (bench/plain_spider.py),
whose callback also extracts each article page with ``trafilatura.extract`` and keeps nothing.
Article pages are the URLs matching ``-a article=REGEX`` (the bench passes its portal family's
article patterns, the same pages our crawl extracts). Run with
``scrapy runspider bench/trafilatura_spider.py -a start=http://127.0.0.1:PORT/ -a article=RE``.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura
from scrapy.http import TextResponse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plain_spider import PlainSpider


class TrafilaturaSpider(PlainSpider):
    name = "trafilatura"

    def __init__(self, start: str, article: str, **kwargs):
        super().__init__(start, **kwargs)
        self.article = re.compile(article)

    def parse(self, response):
        parts = urlsplit(response.url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if (response.status == 200 and isinstance(response, TextResponse)
                and self.article.search(path)):
            trafilatura.extract(response.text, url=response.url)
        yield from super().parse(response)
