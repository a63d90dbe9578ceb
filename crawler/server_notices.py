"""A server's own message served in place of the page asked for, with status 200.

Many portals answer a page they no longer have with their "not found" page and status 200 (a
soft 404: "Trang bạn tìm không tồn tại"), and a site being moved or repaired answers with a
maintenance notice ("Hệ thống đang bảo trì"). Neither is the page its URL names: not a story,
and not a fetch that failed either. Read from the page's headline (its first ``<h1>``, else its
``<title>``), standard library only, so the crawl (which counts them) and the classifier (which
calls them ``other``) read them alike.
"""
from __future__ import annotations

import re

# "404 - Không tìm thấy trang", "Lỗi 404", "Không tìm thấy trang", "Trang bạn tìm không tồn
# tại", "Page not found"; not a story's "404 hộ dân …" (a count), nor "Không tìm thấy …" of
# anything but a page
_NOT_FOUND = re.compile(
    r"^\s*(?:lỗi|error)?\s*404\s*(?:[-:–|.]|$)"
    r"|không\s+tìm\s+thấy\s+(?:trang|nội\s+dung|bài\s+viết|đường\s+dẫn)(?:\s+(?:yêu\s+cầu|này))?\s*$"
    r"|^\s*(?:trang|bài\s+viết|nội\s+dung|đường\s+dẫn)(?:\s+(?:bạn|quý\s+vị)\s+(?:tìm|yêu\s+cầu"
    r"|truy\s+cập))?(?:\s+(?:hiện\s+)?(?:đã\s+bị\s+xóa|không\s+tồn\s+tại))"
    r"|^\s*(?:page|file)\s+not\s+found\b", re.I)
# "Hệ thống đang bảo trì", "Website đang được bảo trì, nâng cấp", "Under maintenance"; not a
# story about a power line's or a road's maintenance
_MAINTENANCE = re.compile(
    r"^\s*(?:hệ\s+thống|trang|website|trang\s+web|cổng\s+thông\s+tin(?:\s+điện\s+tử)?"
    r"|trang\s+thông\s+tin(?:\s+điện\s+tử)?)\s+(?:đang\s+)?(?:được\s+)?bảo\s+trì"
    r"|^\s*(?:đang\s+)?bảo\s+trì\s+(?:hệ\s+thống|website|trang\s+web)\s*$"
    r"|^\s*(?:site\s+)?under\s+maintenance\b", re.I)

NOT_FOUND, MAINTENANCE = "not_found", "maintenance"


def server_notice(headline: str | None) -> str | None:
    """``not_found`` or ``maintenance`` when the headline is the server's message of that kind,
    else None."""
    if not headline or len(headline) > 120:
        return None
    if _NOT_FOUND.search(headline):
        return NOT_FOUND
    if _MAINTENANCE.search(headline):
        return MAINTENANCE
    return None
