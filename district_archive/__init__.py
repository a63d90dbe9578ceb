"""District News Archive: command line, sample-portal server and demo glue."""
from __future__ import annotations

from pathlib import Path

#: The repository root (the package is installed editable; data files sit beside the code).
ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PORTALS = ROOT / "sample_portals"
METADATA = ROOT / "datasette_metadata.json"
