"""What a link's label says of the page it leads to, read by the crawl and by extraction alike:
the one list of a site's home link labels ("Trang chủ", "Home"). Standard library only:
extraction imports it (tests/test_architecture.py), as it does crawler/session_ids.py."""
from __future__ import annotations

import re

# A link to the site's home page, by its whole label (spaces folded by the caller).
HOME = re.compile(r"^(trang chủ|trang chu|home|trang nhất|homepage)$", re.I)
