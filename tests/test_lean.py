"""The crawl's processes load no library they never use (``pipelines.lean``), and work without;
the crawl process keeps no source lines its imports cached (``crawler.runner``)."""
from __future__ import annotations

import subprocess
import sys


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    return done.stdout.strip()


def test_a_derive_process_maps_no_openssl_and_runs_no_date_parser_yet_hashes_the_same():
    out = run_python(
        "from pipelines.lean import lazy, offline, without_numpy\n"
        "without_numpy(); offline(); lazy()\n"
        "import sys\n"
        "import pipelines.derive_process\n"
        "from pipelines.store import content_hash\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('libcrypto' in maps, 'dateutil.tz' in sys.modules, content_hash('Tú Sơn', 'x'))\n"
        "from sqlite_utils.utils import recipes\n"  # what imported dateutil's parser, lazily
        "print(recipes.parsedate('2025-07-01 08:00'), 'dateutil.tz' in sys.modules)\n")
    first, second = out.splitlines()
    # the same digest as with OpenSSL (hashlib's other backend), computed in this process
    import hashlib
    assert first.split() == ["False", "False",
                             hashlib.sha256("Tú Sơn\nx".encode()).hexdigest()]
    assert second == "2025-07-01 True"  # the lazy module runs when it is used


def test_the_crawl_process_loads_neither_pydantic_nor_chardet_and_reads_its_items():
    # What the crawl command imports (Scrapy, the archive pipeline, the cookies middleware and
    # with it tldextract and requests), after ``for_crawl`` as the command calls it: items are
    # read as before, and requests guesses charsets with charset_normalizer.
    out = run_python(
        "from pipelines.lean import for_crawl\n"
        "for_crawl()\n"
        "import sys\n"
        "from crawler.runner import run_crawls\n"
        "import pipelines.crawl, scrapy.downloadermiddlewares.cookies, requests\n"
        "from itemadapter import ItemAdapter, is_item\n"
        "from crawler.items import FetchedPage\n"
        "page = ItemAdapter(FetchedPage(url='https://x.vn/', body='<p>Tú Sơn</p>'.encode()))\n"
        "print(is_item(page.item), page['body'].decode(), requests.compat.chardet.__name__)\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in "
        "('pydantic', 'pydantic_core', 'chardet') and sys.modules[name] is not None))\n")
    assert out.splitlines() == ["True <p>Tú Sơn</p> charset_normalizer", "[]"]


def test_a_crawl_forgets_the_source_lines_its_imports_cached_but_not_generated_code():
    import linecache

    from crawler import runner
    assert linecache.getline(runner.__file__, 1)  # a file on disk, now cached
    generated = "<attrs generated methods x>"  # code made at run time: cannot be read again
    linecache.cache[generated] = (6, None, ["x = 1\n"], generated)
    runner.forget_source_lines()
    assert runner.__file__ not in linecache.cache
    assert linecache.cache.pop(generated)[2] == ["x = 1\n"]
    assert linecache.getline(runner.__file__, 1)  # a traceback reads it again
