"""Our spiders' callbacks, checked once here rather than by Scrapy on every response
(``WARN_ON_GENERATOR_RETURN_VALUE`` is off in crawler/settings.py, which says why)."""
from __future__ import annotations

import inspect

from scrapy.utils.misc import is_generator_with_return_value

from crawler import settings
from crawler.distributed.components import DistributedPortalSpider
from crawler.spiders.portal import PortalSpider


def test_no_spider_callback_is_a_generator_that_returns_a_value() -> None:
    """A ``return value`` in a generator callback is lost silently (Scrapy only iterates it):
    no method of our spiders does it."""
    checked = []
    for spider in (PortalSpider, DistributedPortalSpider):
        for name, method in inspect.getmembers(spider, inspect.isfunction):
            if inspect.isgeneratorfunction(method) or inspect.isasyncgenfunction(method):
                assert not is_generator_with_return_value(method), f"{spider.__name__}.{name}"
                checked.append(name)
    assert {"parse", "parse_listed"} <= set(checked)  # the callbacks are among them


def test_the_check_would_see_one() -> None:
    def parse(response):  # the mistake the check is for
        yield response
        return "lost"

    assert is_generator_with_return_value(parse)
    assert settings.WARN_ON_GENERATOR_RETURN_VALUE is False
