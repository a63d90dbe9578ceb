"""Archive benchmark: storage cost per article and full-text search latency at scale.

1. Bytes per archived article: crawl both sample portals into a fresh archive and compare the
   SQLite file (raw responses zlib-compressed, plus every derived table and the FTS index) with
   the raw HTML the portals served, uncompressed.
2. FTS latency: build synthetic archives of N articles (Vietnamese-like bodies drawn from the
   sample corpus vocabulary, the real schema and triggers) and time ranked folded searches:
   median and p95 over a fixed query set.

Usage: python bench/archive.py [--sizes 100000 1000000] [--queries 200] [--cache DIR]
Results are printed as Markdown for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines import search_index  # noqa: E402
from pipelines.store import Archive, content_hash  # noqa: E402
from pipelines.text import fold  # noqa: E402


def median(values: list[float]) -> float:
    """(``statistics.median``: this folder's bench/statistics.py shadows the stdlib module.)"""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def storage_per_article() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.db"
        Archive(empty).close()
        empty_size = empty.stat().st_size
        db_path = Path(tmp) / "archive.db"
        subprocess.run([sys.executable, "-m", "district_archive.cli", "crawl", "--site", "kienthuy",
                        "--site", "tankhe", "--sample", "--db", str(db_path), "--log-level",
                        "ERROR"], check=True, cwd=ROOT, capture_output=True)
        archive = Archive(db_path)
        db = archive.db
        articles = db["articles"].count
        raw_all = db.execute("select sum(size) from pages where sha256 is not null").fetchone()[0]
        raw_articles = db.execute("select sum(p.size) from articles a "
                                  "join pages p on p.id = a.page_id").fetchone()[0]
        compressed = db.execute("select sum(length(data)) from blobs").fetchone()[0]
        archive.close()
        conn = __import__("sqlite3").connect(db_path)
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.execute("vacuum")
        conn.close()
        file_size = db_path.stat().st_size
    return {
        "articles": articles,
        "raw_html_per_article": raw_articles / articles,
        "raw_all_responses_per_article": raw_all / articles,
        "compressed_blobs_per_article": compressed / articles,
        "archive_file_per_article": file_size / articles,
        "marginal_per_article": (file_size - empty_size) / articles,
        "empty_archive": empty_size,
    }


def corpus() -> tuple[list[str], list[list[str]]]:
    """(titles, sentences as word lists) of the gold articles: the sample corpus and fixtures."""
    titles, sentences = [], []
    for gold in [*(ROOT / "sample_portals").glob("*/gold/*.json"),
                 *(ROOT / "tests" / "fixtures").glob("*/gold/*.json")]:
        data = json.loads(gold.read_text(encoding="utf-8"))
        titles.append(data["title"])
        for paragraph in data["body_paragraphs"]:
            for sentence in re.split(r"(?<=[.!?;:])\s+", paragraph):
                words = re.findall(r"\w+", sentence)
                if len(words) >= 3:
                    sentences.append(words)
    return titles, sentences


class TextModel:
    """News-like text: a first-order chain over the corpus's syllables (so syllable and
    syllable-pair frequencies are those of the corpus, Zipf-like), plus proper names from a
    Zipf-distributed pool of invented two-syllable names (people, places, projects: the rare
    words researchers search for)."""

    def __init__(self, sentences: list[list[str]], rng: random.Random, names: int = 50_000):
        self.rng = rng
        self.next: dict[str, list[str]] = {}
        self.starts = [s[0] for s in sentences]
        for words in sentences:
            for a, b in itertools.pairwise([*words, "."]):
                self.next.setdefault(a, []).append(b)
        syllables = sorted({w for s in sentences for w in s if not w.isdigit() and len(w) > 1})
        self.names = [f"{rng.choice(syllables).title()} {rng.choice(syllables).title()}"
                      for _ in range(names)]
        self.name_weights = list(itertools.accumulate(1 / (r + 1) ** 1.1 for r in range(names)))

    def name(self) -> str:
        return self.rng.choices(self.names, cum_weights=self.name_weights)[0]

    def text(self, words: int) -> str:
        out, word = [], self.rng.choice(self.starts)
        while len(out) < words:
            if self.rng.random() < 0.02:
                out.append(self.name())
            out.append(word)
            word = self.rng.choice(self.next.get(word, ["."]))
            if word == ".":
                out[-1] += "."
                word = self.rng.choice(self.starts)
        return " ".join(out)


def site_and_dates(rng: random.Random,
                   sites: int = 700) -> tuple[list[str], list[float], list[int]]:
    """Site ids weighted like the registry's portals (a few large, most ~1,500 articles),
    and publication years 2012–2025, more recent years holding more articles."""
    ids = [f"site{i:03d}" for i in range(sites)]
    weights = [rng.lognormvariate(0, 0.6) for _ in ids]
    years = list(range(2012, 2026))
    return ids, weights, years


def build(db_path: Path, n: int, seed: int = 7, body_words: int = 150) -> dict:
    """A synthetic archive of ``n`` articles, inserted in bulk with their ``search_key`` (as
    ``store_article`` gives it: the next of the publication day), then the search index in
    bulk (``Archive.index_for_search``, what ``reindex-search`` runs). Returns the times."""
    rng = random.Random(seed)
    _, sentences = corpus()
    model = TextModel(sentences, rng)
    sites, site_weights, years = site_and_dates(rng)
    year_weights = [1 + i for i in range(len(years))]
    archive = Archive(db_path)
    db = archive.db
    db.execute("pragma synchronous = off")
    db["sites"].insert_all([{"id": site, "name": site} for site in sites])
    next_in_day: dict[int, int] = {}
    started = time.perf_counter()
    batch = []
    for i in range(n):
        title = model.text(rng.randint(8, 16)).rstrip(".")
        body = model.text(body_words)
        year = rng.choices(years, weights=year_weights)[0]
        published = (f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                     f"T{rng.randint(6, 20):02d}:00")
        day = search_index.publication_day(db.conn, published)
        key = next_in_day.get(day, day << search_index.SEQUENCE_BITS)
        next_in_day[day] = key + 1
        batch.append({
            "url": f"https://synthetic.example/tin-tuc/{i}",
            "site": rng.choices(sites, weights=site_weights)[0], "title": title,
            "body_text": body, "published": published,
            "content_sha256": content_hash(title, body), "version": 1, "status": "live",
            "title_folded": fold(title), "body_folded": fold(body), "search_key": key,
        })
        if len(batch) == 5000:
            db["articles"].insert_all(batch)
            batch.clear()
    if batch:
        db["articles"].insert_all(batch)
    articles_s = time.perf_counter() - started
    started = time.perf_counter()
    archive.index_for_search()
    index_s = time.perf_counter() - started
    archive.close()
    return {"articles_s": articles_s, "index_s": index_s}


# The index every archive had before issue 19 (migration m001, dropped by m012): external
# content over articles, every column, full detail. Built beside the new one only to compare.
REFERENCE_CREATE = """create virtual table articles_fts using fts5(
    title, body_text, title_folded, body_folded, content=[articles],
    tokenize='unicode61 remove_diacritics 2')"""


def build_reference(db_path: Path) -> float:
    """Today's index (before issue 19) over the same articles; returns its build time."""
    import sqlite3
    conn = sqlite3.connect(db_path)
    conn.execute("pragma synchronous = off")
    conn.execute("drop table if exists articles_fts")
    started = time.perf_counter()
    conn.execute(REFERENCE_CREATE)
    conn.execute("insert into articles_fts (articles_fts) values ('rebuild')")
    conn.execute("insert into articles_fts (articles_fts) values ('optimize')")
    conn.commit()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def has_reference(db_path: Path) -> bool:
    import sqlite3
    conn = sqlite3.connect(db_path)
    found = conn.execute("select 1 from sqlite_master where name = 'articles_fts'").fetchone()
    conn.close()
    return found is not None


def drop_reference(db_path: Path) -> None:
    import sqlite3
    conn = sqlite3.connect(db_path)
    conn.execute("drop table if exists articles_fts")
    conn.execute("vacuum")
    conn.close()


def index_sizes(db_path: Path) -> dict[str, int]:
    """Bytes of each search structure, from SQLite's dbstat: the old index (``articles_fts``
    and its shadow tables), and the new one (``articles_search``'s tables and the
    ``search_key`` index that joins it back to ``articles``)."""
    import sqlite3
    conn = sqlite3.connect(db_path)
    sizes = dict(conn.execute(
        "select case when name like 'articles_fts%' then 'articles_fts' "
        "when name like 'articles_search%' or name = 'idx_articles_search_key' "
        "then 'articles_search' else 'other' end, "
        "sum(pgsize) from dbstat group by 1").fetchall())
    conn.close()
    return sizes


def query_mix(db_path: Path, n_queries: int, seed: int = 11) -> list[dict]:
    """Queries as researchers type them: common syllables, two-syllable words, 3–4 syllable
    phrases, rare names; half without diacritics; a quarter filtered by site or year."""
    import sqlite3
    rng = random.Random(seed)
    _, sentences = corpus()
    unigrams = collections.Counter(w.lower() for s in sentences for w in s if not w.isdigit())
    pairs = collections.Counter(f"{a} {b}".lower()
                                for s in sentences for a, b in itertools.pairwise(s)
                                if not (a.isdigit() or b.isdigit()))
    common = [w for w, _ in unigrams.most_common(60)]
    words2 = [w for w, _ in pairs.most_common(300)]
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute(
        "select title from articles where rowid % 997 = 0 limit 400")]
    sites = [r[0] for r in conn.execute("select distinct site from articles limit 700")]
    conn.close()
    queries = []
    kinds = (["common syllable"] * 25 + ["two-syllable word"] * 35 + ["phrase"] * 25
             + ["rare name"] * 15)
    for i in range(n_queries):
        kind = kinds[i % len(kinds)]
        if kind == "common syllable":
            q = rng.choice(common)
        elif kind == "two-syllable word":
            q = rng.choice(words2)
        elif kind == "phrase":
            s = rng.choice([s for s in sentences if len(s) >= 6])
            k = rng.choice((3, 4))
            start = rng.randrange(len(s) - k)
            q = " ".join(s[start:start + k]).lower()
        else:  # a capitalised pair of a title: the invented names
            title_words = rng.choice(names).split()
            caps = [j for j in range(len(title_words) - 1)
                    if title_words[j][:1].isupper() and title_words[j + 1][:1].isupper()]
            j = rng.choice(caps) if caps else 0
            q = " ".join(title_words[j:j + 2])
        if rng.random() < 0.5:
            q = fold(q)
        site = year = ""
        if i % 4 == 3:
            if rng.random() < 0.5:
                site = rng.choice(sites)
            else:
                year = str(rng.randint(2012, 2025))
        queries.append({"kind": kind, "q": q, "site": site, "year": year})
    return queries


# Today's ranked search (before issue 19), kept to measure against.
OLD_SEARCH = """with hits as (
  select rowid as article_rowid,
         bm25(articles_fts, 8.0, 1.0, 8.0, 1.0) as score,
         snippet(articles_fts, 1, '**', '**', ' … ', 24) as fts_snippet
  from articles_fts
  where articles_fts match vn_match(:q)
)
select a.title, a.site, a.published, a.category,
       case when instr(h.fts_snippet, '**') then h.fts_snippet
            else vn_snippet(a.body_text, :q) end as snippet,
       vn_exact(a.title || char(10) || a.body_text, :q) as exact_words,
       round(-h.score, 4) as relevance,
       a.url
from hits h join articles a on a.rowid = h.article_rowid
where (:site = '' or a.site = :site) and (:year = '' or a.published like :year || '%')
order by exact_words desc, h.score
limit 200"""


def new_search_sql() -> str:
    metadata = json.loads((ROOT / "datasette_metadata.json").read_text(encoding="utf-8"))
    return metadata["databases"]["archive"]["queries"]["search"]["sql"]


def time_sql(db_path: Path, sql: str, queries: list[dict], limit_s: float = 3.0) -> list[dict]:
    """Each query through SQLite with the plugin's functions, cut off at ``limit_s`` like
    Datasette's sql_time_limit_ms: (ms, rows, timed out)."""
    import sqlite3

    from pipelines.search import register_sql_functions
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    register_sql_functions(conn)
    out = []
    for query in queries:
        deadline = time.perf_counter() + limit_s
        conn.set_progress_handler(lambda deadline=deadline: time.perf_counter() > deadline, 1000)
        started = time.perf_counter()
        try:
            rows = conn.execute(sql, query).fetchall()
            timed_out = False
        except sqlite3.OperationalError:
            rows, timed_out = [], True
        out.append({"ms": (time.perf_counter() - started) * 1000, "rows": len(rows),
                    "timed_out": timed_out})
    conn.close()
    return out


def matches(db_path: Path, queries: list[dict]) -> list[int]:
    """How many articles each query matches (all words, folded), counted in the new index."""
    import sqlite3

    from pipelines.search import register_sql_functions
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    register_sql_functions(conn)
    counts = [conn.execute("select count(*) from articles_search where articles_search match "
                           "vn_search_words(:q, :site, :year)", q).fetchone()[0] for q in queries]
    conn.close()
    return counts


def time_http(db_path: Path, queries: list[dict]) -> dict[str, list[dict]]:
    """The canned query and ``_search`` on articles over HTTP: ``district-archive serve``'s
    Datasette command (3 s time limit, 8 SQL threads) on a free port of 127.0.0.1, one request
    at a time, each timed from sending to the last byte."""
    import socket
    import urllib.error
    import urllib.parse
    import urllib.request

    from district_archive.cli.serving import datasette_command
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(datasette_command(str(db_path), port), cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/archive"
    out: dict[str, list[dict]] = {"canned": [], "_search": []}
    try:
        for _ in range(600):  # Datasette's start-up: up to a minute
            try:
                urllib.request.urlopen(base + ".json", timeout=30).read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        for query in queries:
            for kind, path in (
                    ("canned", "/search.json?_shape=array&" + urllib.parse.urlencode(
                        {"q": query["q"], "site": query["site"], "year": query["year"]})),
                    ("_search", "/articles.json?_shape=array&_size=20&_nofacet=1&"
                     "_nocount=1&" + urllib.parse.urlencode({"_search": query["q"]}))):
                started = time.perf_counter()
                try:
                    with urllib.request.urlopen(base + path, timeout=60) as response:
                        rows, ok = len(json.loads(response.read())), True
                except urllib.error.HTTPError as error:
                    error.read()
                    rows, ok = 0, False
                ms = (time.perf_counter() - started) * 1000
                out[kind].append({"ms": ms, "rows": rows, "timed_out": not ok})
    finally:
        server.terminate()
        server.wait(timeout=30)
    return out


def summary(results: list[dict]) -> str:
    ms = sorted(r["ms"] for r in results)
    return (f"{median(ms):,.1f} | {ms[int(len(ms) * 0.95) - 1]:,.1f} | {ms[-1]:,.0f} | "
            f"{sum(r['timed_out'] for r in results)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--old-queries", type=int, default=200,
                        help="how many of the mix to time with the old query (3 s each at worst)")
    parser.add_argument("--body-words", type=int, default=150)
    parser.add_argument("--cache", default="/tmp/dna-bench-cache",
                        help="synthetic archives are built once into this folder and reused")
    parser.add_argument("--no-storage", action="store_true", help="skip the storage part")
    parser.add_argument("--reindex", action="store_true",
                        help="time the search index's bulk build again on a cached archive")
    args = parser.parse_args()

    if not args.no_storage:
        storage = storage_per_article()
        print("## Archive\n")
        print(f"Storage, both sample portals ({storage['articles']} articles):\n")
        print("| per article | bytes | ratio to raw article HTML |")
        print("|---|---:|---:|")
        base = storage["raw_html_per_article"]
        for key, label in (
                ("raw_html_per_article", "raw article HTML, uncompressed"),
                ("raw_all_responses_per_article",
                 "all raw responses (listings, PDFs, ...), uncompressed"),
                ("compressed_blobs_per_article",
                 "all raw responses as stored (zlib, deduplicated)"),
                ("archive_file_per_article", "whole archive.db (raw + derived + FTS), vacuumed"),
                ("marginal_per_article", "the same, less an empty archive's fixed pages")):
            print(f"| {label} | {storage[key]:,.0f} | {storage[key] / base:.2f} |")
        print(f"\nAn empty archive (schema, indexes, FTS) is {storage['empty_archive']:,} bytes.")

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    new_sql = new_search_sql()
    for n in args.sizes:
        # the cache file names the index layout, so an archive of an older layout is rebuilt
        db_path = cache / f"synthetic-{n}-{args.body_words}-m012.db"
        built = cache / f"synthetic-{n}-{args.body_words}-m012.json"
        if not built.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            times = build(db_path, n, body_words=args.body_words)
            print(f"built {n:,} articles: {times}", file=sys.stderr, flush=True)
            times["reference_s"] = build_reference(db_path)
            times["sizes"] = index_sizes(db_path)
            built.write_text(json.dumps(times))
        times = json.loads(built.read_text())
        if args.reindex:  # the same articles, the index of the code as it is now
            archive = Archive(db_path)
            started = time.perf_counter()
            archive.index_for_search()
            times["index_s"] = time.perf_counter() - started
            archive.close()
            times["sizes"]["articles_search"] = index_sizes(db_path)["articles_search"]
            built.write_text(json.dumps(times))
        sizes = times["sizes"]
        queries = query_mix(db_path, args.queries)
        counts = matches(db_path, queries)
        old = []
        if has_reference(db_path):  # first run on this archive: compare, then drop it
            old = time_sql(db_path, OLD_SEARCH, queries[:args.old_queries])
            drop_reference(db_path)  # the archive as migration m012 leaves it
        file_mb = db_path.stat().st_size / 1e6
        new = time_sql(db_path, new_sql, queries)
        http = time_http(db_path, queries)
        print(f"\n### {n:,} articles\n")
        print(f"Build: articles (text generated, inserted with their keys) "
              f"{times['articles_s']:,.0f} s, then the search index in bulk "
              f"(`reindex-search`) **{times['index_s']:,.0f} s**; today's index "
              f"(`articles_fts`, built beside it to compare) {times['reference_s']:,.0f} s. "
              f"Index sizes: today's `articles_fts` {sizes.get('articles_fts', 0) / 1e6:,.0f} MB, "
              f"`articles_search` with its key index "
              f"{sizes.get('articles_search', 0) / 1e6:,.0f} MB "
              f"(**{sizes.get('articles_search', 0) / sizes['articles_fts']:.2f}×**); "
              f"whole file without `articles_fts` {file_mb:,.0f} MB.\n")
        counts_sorted = sorted(counts)
        print(f"Matches per query (all words, folded): median {median(counts):,.0f}, "
              f"p95 {counts_sorted[int(len(counts) * 0.95) - 1]:,}, max {counts_sorted[-1]:,}; "
              f"{sum(c >= 1000 for c in counts)} of {len(counts)} queries are broad (≥ 1,000).\n")
        print("| search | queries | median ms | p95 ms | max ms | timed out (3 s) |")
        print("|---|---:|---:|---:|---:|---:|")
        if old:
            print(f"| before: bm25 over every match of `articles_fts` (SQL) | {len(old)} | "
                  f"{summary(old)} |")
        print(f"| canned query (SQL) | {len(new)} | {summary(new)} |")
        print(f"| canned query over HTTP (`/archive/search.json`) | {len(queries)} | "
              f"{summary(http['canned'])} |")
        print(f"| `_search` on articles over HTTP (20 rows, no count/facets) | {len(queries)} | "
              f"{summary(http['_search'])} |")
        for label, results in (("canned query, HTTP", http["canned"]),
                               ("`_search`, HTTP", http["_search"])):
            by_kind = collections.defaultdict(list)
            for query, result in zip(queries, results, strict=True):
                filtered = " + filter" if query["site"] or query["year"] else ""
                by_kind[query["kind"] + filtered].append(result)
            print(f"\n| kind ({label}) | queries | median ms | p95 ms | max ms | timed out |")
            print("|---|---:|---:|---:|---:|---:|")
            for kind, kind_results in sorted(by_kind.items()):
                print(f"| {kind} | {len(kind_results)} | {summary(kind_results)} |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
