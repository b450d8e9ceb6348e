"""leaflets: English Markdown patient leaflets to translated, checked HTML and PDF.

The public API is what this package exposes; every other module is internal.
"""

__version__ = "0.1.0"
