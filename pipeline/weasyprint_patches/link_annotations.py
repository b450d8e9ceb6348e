"""One link annotation per line a link takes, not one per box inside it.

WeasyPrint 70 gives every box inside a link its own annotation (the ``link``
is inherited, and ``gather_anchors`` writes one for each non-text box that
has it). A web address is shown as no-wrap pieces, one ``<span>`` per part
between two ``/``: ``https://doi.org/10.1155/2020/6274053`` made six
annotations over each other, and a keyboard or screen-reader user tabbed
through the same address six times. Only the box that carries the link
itself (the ``<a>``, once per line it takes) keeps its annotation; it covers
the boxes inside it.
"""

from __future__ import annotations

from weasyprint import anchors, document


def _gather_anchors(original):
    def gather_anchors(box, anchors_, links, bookmarks, forms, parent_matrix=None, parent_form=None, parent_link=None):
        before = len(links)
        original(box, anchors_, links, bookmarks, forms, parent_matrix, parent_form, parent_link)
        # Its own annotation comes first, before its children's: drop it when the link is its parent's.
        inherited = parent_link is not None and (box.link or parent_link) == parent_link
        if inherited and len(links) > before and links[before][3] is box:
            del links[before]

    return gather_anchors


def apply() -> None:
    anchors.gather_anchors = _gather_anchors(anchors.gather_anchors)
    document.gather_anchors = anchors.gather_anchors
