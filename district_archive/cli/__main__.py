"""``python -m district_archive.cli``: the same as the ``district-archive`` command."""
from district_archive.cli import main

if __name__ == "__main__":
    main()
