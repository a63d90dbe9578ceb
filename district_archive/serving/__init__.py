"""The archive in Datasette: what the plugin's hooks (``district_archive/datasette_plugin.py``)
register, by role.

- ``settings``: the one name the archive is served under, and the plugin's settings.
- ``pages``: the article page and the archived raw copy (with ``templates/``).
- ``tables``: how archive tables show: article links, highlighted snippets, a search box on
  every table, the year facet.
- ``excel_csv``: ``?_bom=1`` on CSV URLs, a byte-order mark so Excel reads Vietnamese.
- ``hardening``: security headers and policies; the server's paths never shown; requests that
  would hold the server refused (facets on long text), CSV formulas neutralised, introspection
  pages closed.
- ``limits``: what a visitor's SQL may do on a connection (sizes, functions, time).

The search functions the canned queries call in SQL are :mod:`pipelines.search`; what the pages
read comes from :mod:`pipelines.store`.
"""
