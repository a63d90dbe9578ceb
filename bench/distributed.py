"""Distributed crawl benchmark: pages per second with 1 and 2 workers, the single writer's rate,
and what Redis holds per request, fingerprint and page.

    .venv/bin/python bench/distributed.py [--sites 4] [--articles 400] [--write docs/benchmarks.md]

Portals: ``--sites`` synthetic Hải Phòng 2024 portals on 127.0.0.1 (registered ids other than
kienthuy, fetched through ``--resolve``), each a home page, a paginated category (20 articles a
page) and ``--articles`` distinct articles made from a real sample article; served from a
separate process. Politeness is relaxed as for every crawl answered on 127.0.0.1 (no delay,
8 requests at once per site), and one site is crawled by one worker at a time, as on real
portals. A real redis-server runs on a free 127.0.0.1 port.

Crawl rate: workers are started and registered first, then the jobs are submitted; the clock
runs from the submission until the last job has ended in Redis (every page delivered for the
writer). The writer is timed afterwards, alone, over the pages of the 2-worker run.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report_section import write_section  # noqa: E402
from crawler.distributed.frontier import Frontier, Keys, connect, wait_until_reachable  # noqa: E402
from crawler.distributed.worker import submit  # noqa: E402
from crawler.runner import CrawlJob  # noqa: E402
from crawler.sites import load_sites  # noqa: E402
from district_archive.portals.loopback import free_port  # noqa: E402
from district_archive.portals.measure import peak_memory_mib  # noqa: E402
from district_archive.portals.sample import serve_site  # noqa: E402
from pipelines.ingest import ingest  # noqa: E402

SECTION = "## Distributed crawl"
TEMPLATE = ROOT / "sample_portals" / "kienthuy" / "pages" / "tin-tuc-su-kien" / "916540.html"
PER_PAGE = 20


def template_title(template: Path) -> str:
    """The title of a kienthuy sample article page, from its gold (to number the copies)."""
    gold = ROOT / "sample_portals" / "kienthuy" / "gold" / f"{template.stem}.json"
    return json.loads(gold.read_text(encoding="utf-8"))["title"]


def build_portal(folder: Path, site_id: str, articles: int, template_page: Path = TEMPLATE) -> int:
    """A sample-portal folder (sample_portals/FORMAT.md); returns its number of pages. Every
    article is a copy of ``template_page`` (a kienthuy sample article) with a numbered title."""
    template = template_page.read_text(encoding="utf-8")
    title = template_title(template_page)
    html = "<html><head><meta charset='utf-8'><title>{0}</title></head><body>{1}</body></html>"
    entries = [{"path": "/robots.txt", "file": "robots.txt", "content_type": "text/plain"}]
    (folder / "pages").mkdir(parents=True)
    (folder / "robots.txt").write_text("User-agent: *\nDisallow: /dang-nhap\n")
    (folder / "site.json").write_text(json.dumps({"id": site_id, "name": site_id}))
    (folder / "index.html").write_text(html.format(site_id, '<a href="/tin-tong-hop">Tin</a>'),
                                       encoding="utf-8")
    entries.append({"path": "/", "file": "index.html", "content_type": "text/html; charset=utf-8"})
    listings = (articles + PER_PAGE - 1) // PER_PAGE
    for page in range(1, listings + 1):
        links = [f'<a href="/tin-tong-hop/bai-viet-so-{i}-{100000 + i}">Bài viết số {i}</a>'
                 for i in range((page - 1) * PER_PAGE, min(page * PER_PAGE, articles))]
        # A pager naming every page, as the portals have (a "next" chain would hit DEPTH_LIMIT).
        links += [f'<a href="/tin-tong-hop?page={n}">{n}</a>' for n in range(2, listings + 1)]
        name = f"pages/list-{page}.html"
        (folder / name).write_text(html.format(page, "".join(links)), encoding="utf-8")
        entries.append({"path": "/tin-tong-hop" + (f"?page={page}" if page > 1 else ""),
                        "file": name, "content_type": "text/html; charset=utf-8"})
    for i in range(articles):
        name = f"pages/a{i}.html"
        (folder / name).write_text(template.replace(title, f"{title} (số {i})"),
                                   encoding="utf-8")
        entries.append({"path": f"/tin-tong-hop/bai-viet-so-{i}-{100000 + i}", "file": name,
                        "content_type": "text/html; charset=utf-8"})
    (folder / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")
    return 1 + listings + articles


def serve(folders: list[str], urls, stop) -> None:
    servers = [serve_site(Path(f)) for f in folders]
    urls.put([s.base_url for s in servers])
    stop.wait()
    for server in servers:
        server.stop()


def cli(*args: str, redis_url: str) -> subprocess.Popen:
    env = {**os.environ, "DISTRICT_ARCHIVE_REDIS": redis_url}
    return subprocess.Popen([sys.executable, "-m", "district_archive.cli", "cluster", *args],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class MemorySampler(threading.Thread):
    """Redis bytes per queued request and per fingerprint, at the largest frontier seen."""

    def __init__(self, client) -> None:
        super().__init__(daemon=True)
        self.client, self.running, self.keys = client, True, Keys()
        self.request = (0, 0)  # (entries, bytes) of the largest frontier sampled
        self.fingerprint = (0, 0)

    def run(self) -> None:
        while self.running:
            for job in self.client.smembers(self.keys.jobs):
                for part, attr, count in (("requests", "request", self.client.zcard),
                                          ("dupefilter", "fingerprint", self.client.scard)):
                    key = self.keys.job(job.decode(), part)
                    n = count(key)
                    if n > getattr(self, attr)[0]:
                        setattr(self, attr, (n, self.client.memory_usage(key) or 0))
            time.sleep(0.1)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU time used by everything on the machine so far, ours or not (Linux /proc/stat)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def crawl_round(client, redis_url, sites, bases, workers: int, others: dict[str, int]) -> dict:
    client.flushall()
    procs = [cli("worker", "--worker-id", f"bench{i}", redis_url=redis_url)
             for i in range(workers)]
    keys = Keys()
    while client.zcard(keys.workers) < workers:
        time.sleep(0.05)
    sampler = MemorySampler(client)
    sampler.start()
    jobs = [CrawlJob(site, True, {site.host: base, **dict.fromkeys(site.asset_hosts, base)})
            for site, base in zip(sites, bases, strict=True)]
    pids = {**{f"worker {i + 1}": p.pid for i, p in enumerate(procs)}, **others}
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    machine_before = machine_busy_seconds()
    started = time.monotonic()
    ids = submit(Frontier(client), jobs)
    while client.scard(keys.jobs):
        time.sleep(0.05)
    elapsed = time.monotonic() - started
    cpu = {name: (cpu_seconds(pid) - cpu_before[name]) / elapsed for name, pid in pids.items()}
    # Everything else that ran meanwhile (this process, other users of a shared machine).
    cpu["other"] = (machine_busy_seconds() - machine_before) / elapsed - sum(cpu.values())
    peak_rss = max(peak_memory_mib(p.pid) or 0.0 for p in procs)
    worker_cpu = sum(cpu_seconds(p.pid) - cpu_before[f"worker {i + 1}"]
                     for i, p in enumerate(procs))
    sampler.running = False
    for proc in procs:
        proc.send_signal(signal.SIGTERM)
    for proc in procs:
        proc.wait(timeout=60)
    pages = sum(int(client.hget(keys.job(j), "delivered")) for j in ids)
    items = client.llen(keys.items) - len(ids)  # less the jobs' end messages
    cpu_ms_per_page = worker_cpu * 1000 / max(pages, 1)
    return {"workers": workers, "pages": pages, "seconds": elapsed, "rate": pages / elapsed,
            "items_bytes": client.memory_usage(keys.items) or 0, "items": items,
            "request": sampler.request, "fingerprint": sampler.fingerprint, "cpu": cpu,
            "rss": peak_rss, "cpu_ms_per_page": cpu_ms_per_page,
            "sites_per_worker": -(-len(sites) // workers)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=4)
    parser.add_argument("--articles", type=int, default=400, help="articles per site")
    parser.add_argument("--runs", type=int, default=3, help="crawls per worker count (median)")
    parser.add_argument("--write", type=Path, help="update this Markdown file's section")
    args = parser.parse_args()
    redis_server = shutil.which("redis-server")
    if not redis_server:
        sys.exit("redis-server not found: apt-get install redis-server")
    sites = [s for s in load_sites().values()
             if s.family == "haiphong-2024" and s.id != "kienthuy"][:args.sites]
    work = Path(tempfile.mkdtemp(prefix="bench-distributed-"))
    port = free_port()
    server = subprocess.Popen([redis_server, "--port", str(port), "--bind", "127.0.0.1",
                               "--save", "", "--appendonly", "no", "--dir", str(work)],
                              stdout=subprocess.DEVNULL)
    stop, urls = multiprocessing.Event(), multiprocessing.Queue()
    try:
        per_site = [build_portal(work / s.id, s.id, args.articles) for s in sites]
        portals = multiprocessing.Process(target=serve, args=([str(work / s.id) for s in sites],
                                                              urls, stop))
        portals.start()
        bases = urls.get(timeout=30)
        redis_url = f"redis://127.0.0.1:{port}/0"
        client = connect(redis_url)
        wait_until_reachable(client)
        others = {"portals": portals.pid, "redis": server.pid}
        rounds = []
        for n in (1, 2):  # the median run of each, by rate
            runs = sorted((crawl_round(client, redis_url, sites, bases, n, others)
                           for _ in range(args.runs)), key=lambda r: r["rate"])
            rounds.append(runs[len(runs) // 2])
        db = work / "archive.db"
        started = time.monotonic()
        summary = ingest(client, db, burst=True, poll=0.2)
        writer_seconds = time.monotonic() - started
    finally:
        stop.set()
        server.terminate()
        server.wait()
    shutil.rmtree(work, ignore_errors=True)
    report = render(rounds, summary.pages, writer_seconds, len(sites), sum(per_site),
                    args.articles, args.runs)
    print(report)
    if args.write:
        write_section(args.write, "distributed", report, heading=SECTION)


def render(rounds, writer_pages, writer_seconds, sites, pages, articles, runs) -> str:
    one = rounds[0]["rate"]
    lines = [
        (f"{sites} synthetic portals on 127.0.0.1, {pages} pages in all ({articles} articles "
         "each, ~15 KB a page, plus the 404s of their template's menu links), politeness "
         "relaxed for 127.0.0.1 (no delay, 8 requests at once per site, one worker per site); "
         f"Redis {redis_version()} on 127.0.0.1; this machine has {os.cpu_count()} cores. "
         f"Median of {runs} crawls each."),
        "",
        ("| workers | pages | crawl seconds | pages/s | vs 1 worker | cores busy: workers; "
         "portal server; Redis; anything else | worker CPU per page | worker peak RSS |"),
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rounds:
        busy = r["cpu"]
        workers = " + ".join(f"{v:.2f}" for k, v in busy.items() if k.startswith("worker"))
        lines.append(f"| {r['workers']} | {r['pages']} | {r['seconds']:.1f} | "
                     f"{r['rate']:.0f} | {r['rate'] / one:.2f}× | {workers}; "
                     f"{busy['portals']:.2f}; {busy['redis']:.2f}; {busy['other']:.2f} | "
                     f"{r['cpu_ms_per_page']:.1f} ms | "
                     f"{r['rss']:.0f} MiB ({r['sites_per_worker']} sites) |")
    last = rounds[-1]
    (req_n, req_b), (fp_n, fp_b) = last["request"], last["fingerprint"]
    page_kib = last["items_bytes"] / max(last["items"], 1) / 1024
    lines += [
        "",
        (f"Writer (`cluster ingest`, alone, after the last crawl): {writer_pages} pages in "
         f"{writer_seconds:.1f} s = {writer_pages / writer_seconds:.0f} pages/s (archive, "
         "extraction, statistics; one SQLite transaction per batch of up to 100 pages)."),
        "",
        ("Redis per entry, measured (`MEMORY USAGE`): "
         f"a queued request {req_b / max(req_n, 1):.0f} B (frontier of {req_n}), "
         f"a fingerprint {fp_b / max(fp_n, 1):.0f} B (dupefilter of {fp_n}), "
         f"a page waiting for the writer {page_kib:.1f} KiB ({last['items']} waiting)."),
    ]
    return "\n".join(lines)


def redis_version() -> str:
    out = subprocess.run(["redis-server", "--version"], capture_output=True, text=True,
                         check=False).stdout
    return next((w[2:] for w in out.split() if w.startswith("v=")), "?")


if __name__ == "__main__":
    main()
