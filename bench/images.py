"""Images benchmark: what archiving articles' photos costs, images on against off, same run.

A synthetic Hải Phòng 2024 portal of N articles (bench/distributed.py's, from the kienthuy
sample page 916540) where every article shows its own photo on the portal's CDN (a distinct
JPEG each, drawn like the sample portals' photos, ``--photo-size`` pixels wide), served on
127.0.0.1. Two crawls of it, interleaved over ``--rounds``: ``district-archive crawl`` as
shipped (photos archived) and the same with ``--no-images``. Reports, for each: seconds, the
portal's pages per second (listings and articles; photos not counted, so both rows divide the
same pages), responses per second, CPU per page, the archive's bytes per article (the whole
file, and the blobs' raw bytes) and the photos archived.

Usage: flock /work/wt/_notes/bench.lock python bench/images.py [--articles 300] [--rounds 2]
       [--write docs/benchmarks.md]
"""
from __future__ import annotations

import argparse
import io
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from crawl import SITE, Measured, run_measured  # noqa: E402
from distributed import TEMPLATE, build_portal  # noqa: E402
from PIL import Image  # noqa: E402

from bench.report_section import write_section  # noqa: E402
from district_archive.portals.sample import serve_site  # noqa: E402
from tests.fixtures.images.generate import draw_photo  # noqa: E402

SECTION = "## Images (issue 16)"
PHOTO = ("https://cdn.haiphong.gov.vn/gov-hpg/SiteFolders/kienthuy/6851/tintuc/2024/5/"
         "image638512086042217730.jpeg?maxwidth=1000")  # the template's one body photo
ON, OFF = "images on (default)", "images off (--no-images)"


def grainy_photo(seed: str, size: tuple[int, int]) -> bytes:
    """A sample-portal photo with sensor grain, so that it weighs what a camera's JPEG does
    (flat colours alone compress to a tenth of that)."""
    image = Image.open(io.BytesIO(draw_photo(seed, size)))
    grain = Image.effect_noise(size, 40).convert("RGB")
    out = io.BytesIO()
    Image.blend(image, grain, 0.25).save(out, "JPEG", quality=85)
    return out.getvalue()


def add_photos(folder: Path, articles: int, width: int) -> int:
    """Give article i its own photo, served from the CDN path; returns the photos' bytes."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    (folder / "photos").mkdir()
    total = 0
    for i in range(articles):
        page = folder / "pages" / f"a{i}.html"
        url = PHOTO.replace("image638512086042217730", f"image{638512086042217730 + i}")
        page.write_text(page.read_text(encoding="utf-8").replace(PHOTO, url), encoding="utf-8")
        data = grainy_photo(url, (width, width * 2 // 3))
        (folder / "photos" / f"{i}.jpeg").write_bytes(data)
        total += len(data)
        path = url.split("cdn.haiphong.gov.vn", 1)[1]
        manifest.append({"path": path, "file": f"photos/{i}.jpeg", "content_type": "image/jpeg"})
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return total


def crawl(base: str, db: Path, images: bool) -> tuple[Measured, dict[str, int]]:
    resolve = ["--resolve", f"{SITE}.haiphong.gov.vn={base}",
               "--resolve", f"cdn.haiphong.gov.vn={base}"]
    measured = run_measured(
        [sys.executable, "-m", "district_archive.cli", "crawl", "--site", SITE, "--db", str(db),
         "--log-level", "ERROR", *resolve, *([] if images else ["--no-images"])])
    with sqlite3.connect(db) as conn:
        counts = {
            "responses": conn.execute("select count(*) from pages").fetchone()[0],
            # the portal's pages: neither the photos nor the stylesheets their pages link
            "pages": conn.execute("select count(*) from pages where coalesce(page_type, '') "
                                  "not in ('image', 'stylesheet')").fetchone()[0],
            "articles": conn.execute("select count(*) from articles").fetchone()[0],
            "photos": conn.execute("select count(*) from images where sha256 is not null"
                                   ).fetchone()[0],
            "blob_bytes": conn.execute("select coalesce(sum(size), 0) from blobs").fetchone()[0],
        }
        conn.execute("pragma wal_checkpoint(truncate)")
    counts["file_bytes"] = db.stat().st_size
    return measured, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--photo-size", type=int, default=1000,
                        help="photo width in pixels (height two thirds of it)")
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()
    best: dict[str, tuple[Measured, dict[str, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "portal"
        build_portal(folder, SITE, args.articles, TEMPLATE)
        photo_bytes = add_photos(folder, args.articles, args.photo_size)
        server = serve_site(folder)
        try:
            for round_number in range(args.rounds):
                order = [(ON, True), (OFF, False)]
                for label, images in order if round_number % 2 == 0 else order[::-1]:
                    db = Path(tmp) / f"{round_number}-{images}.db"
                    measured, counts = crawl(server.base_url, db, images)
                    if label not in best or measured.seconds < best[label][0].seconds:
                        best[label] = (measured, counts)
        finally:
            server.stop()
    report = table(best, args, photo_bytes)
    print(report)
    if args.write:
        write_section(args.write, "images", report, heading=SECTION, intro=(
            "`bench/images.py`: the cost of archiving articles' photos, the same crawl with "
            "images on and off. Reproduce with `flock /work/wt/_notes/bench.lock "
            ".venv/bin/python bench/images.py --write docs/benchmarks.md`."))


def table(best: dict[str, tuple[Measured, dict[str, int]]], args: argparse.Namespace,
          photo_bytes: int) -> str:
    off_rate = best[OFF][1]["pages"] / best[OFF][0].seconds
    lines = [
        (f"One synthetic Hải Phòng 2024 portal on 127.0.0.1: {args.articles} articles (copies "
         f"of the sample page {TEMPLATE.name}), each showing its own photo on the portal's CDN "
         f"(a distinct {args.photo_size}×{args.photo_size * 2 // 3} JPEG, "
         f"{photo_bytes / args.articles / 1024:.0f} KiB on average), listings of 20; loopback "
         "politeness (no delay, 8 requests at once), robots.txt obeyed. The two crawls "
         f"interleaved over {args.rounds} rounds, each row its fastest, on the 2-core machine "
         "shared with other workers (ratios from side-by-side runs; absolute figures vary). "
         "Pages: the portal's listings and articles (photos and the pages' stylesheets not "
         "counted, so both rows divide the same pages); bytes per article: the archive file "
         "after a WAL checkpoint, and the raw bytes of its blobs, divided by the articles."),
        "",
        ("| crawl | seconds | pages/s | vs images off | responses/s | CPU ms/page | photos "
         "archived | archive file / article | raw blobs / article |"),
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label in (ON, OFF):
        measured, counts = best[label]
        rate = counts["pages"] / measured.seconds
        lines.append(
            f"| {label} | {measured.seconds:.1f} | {rate:.0f} | {rate / off_rate:.2f}× | "
            f"{counts['responses'] / measured.seconds:.0f} | "
            f"{1000 * measured.cpu_seconds / counts['pages']:.1f} | {counts['photos']} | "
            f"{counts['file_bytes'] / counts['articles'] / 1024:.1f} KiB | "
            f"{counts['blob_bytes'] / counts['articles'] / 1024:.1f} KiB |")
    on, off = best[ON][1], best[OFF][1]
    added = (on["file_bytes"] - off["file_bytes"]) / 1024 / on["articles"]
    served = photo_bytes / args.articles / 1024
    lines += ["", (f"Archiving the photos adds {added:.1f} KiB per article to the archive file "
                   f"(the photos served weigh {served:.1f} KiB per article: JPEG bytes do not "
                   "compress further, and each is stored once per sha256).")]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
