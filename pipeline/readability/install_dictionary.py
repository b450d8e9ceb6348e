"""``python -m pipeline.readability.install_dictionary``: the CMU dictionary laid out for NLTK.

``make all`` runs it once per environment (see :mod:`pipeline.readability.dictionary`).
A module of its own because the package already imports ``dictionary``:
``python -m`` on that module would run it a second time and warn about it.
"""

from __future__ import annotations

import sys

from pipeline.readability.dictionary import install


def main() -> int:
    target = install()
    print(f"installed the CMU Pronouncing Dictionary for NLTK: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
