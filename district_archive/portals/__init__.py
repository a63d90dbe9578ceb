"""Portals that stand in for the real ones on 127.0.0.1, and the instruments used on them.

- ``sample``: the bundled sample portals (``sample_portals/``), served as their manifests say;
  ``crawl --sample``, ``demo``, the tests and the benchmarks crawl them.
- ``faults``: a generated hostile portal that serves every fault of docs/reliability.md, counted.
- ``measure``: a crawl (or any command) run as a subprocess, its wall time and peak memory.
- ``encodings``: Vietnamese text as legacy bytes (windows-1258, TCVN3), the way old portals and
  editors wrote it.
- ``loopback``: free ports, base URLs on 127.0.0.1 and the ``--resolve`` arguments that send a
  portal's hosts there.

Nothing of the crawler or the pipelines imports this package: it is what they are tested on.
"""
