"""The PDF's structure tree (PDF/UA-1), built per HTML element, not per page.

Replaces WeasyPrint 70's ``pdf.tags.add_tags``, which builds one tree per
page: a table or paragraph split by a page break became two ``Table`` or
``P`` elements, every text fragment its own ``Span``, no element carried its
own ``/Lang``, ``TH`` had no ``/Scope``, ``/Headers`` pointed to IDs without an
``IDTree``, repeated table headers were read on every page, and running
footers were tagged content outside the tree. Here:

* one structure element per HTML element, whatever the pages it spans
  (content on another page is a marked-content reference with its page);
* text is marked content directly in its element, in reading order; a line
  of right-to-left text (Arabic), whose glyphs WeasyPrint writes as drawn,
  left to right, is a ``Span`` whose ``/ActualText`` gives its text in reading
  order, with the space it ends at (``pdftotext`` reorders by position and
  does not read it);
* ``/Lang`` on every element whose language differs from its parent's
  (references, English passages in a draft, the language switcher);
* ``TH`` with ``/Scope`` and an ID, ``TD`` with ``/Headers``, an ``IDTree``;
* ``L`` with ``/ListNumbering``; ``LI`` holding ``Lbl`` and ``LBody``; a
  ``dl`` as a list of term (``Lbl``) and description (``LBody``);
* link annotations with ``/Contents`` (the link's text) inside their ``Link``;
* page-margin content and repeated table headers marked as pagination artifacts.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import pydyf
from weasyprint import pdf as weasy_pdf
from weasyprint.formatting_structure import boxes
from weasyprint.layout.absolute import AbsolutePlaceholder

from pipeline.weasyprint_patches import line_end_spaces

_BLOCK_TAGS = {
    "p": "P",
    "h1": "H1",
    "h2": "H2",
    "h3": "H3",
    "h4": "H4",
    "h5": "H5",
    "h6": "H6",
    "blockquote": "BlockQuote",
    "table": "Table",
    "caption": "Caption",
    "thead": "THead",
    "tbody": "TBody",
    "tfoot": "TFoot",
    "tr": "TR",
    "th": "TH",
    "td": "TD",
    "ul": "L",
    "ol": "L",
    "dl": "L",
    "li": "LI",
    "main": "Part",
    "article": "Art",
    "section": "Sect",
    "footer": "Sect",
    "aside": "Sect",
    "nav": "Sect",
    "figure": "Figure",
    "figcaption": "Caption",
    "img": "Figure",
}
_INLINE_TAGS = {"a": "Link", "q": "Quote", "code": "Code"}
_LIST_NUMBERING = {"ol": "/Decimal", "ul": "/Disc", "dl": "/None"}


@dataclass(eq=False)
class _Element:
    """One structure element while the tree is built."""

    dictionary: pydyf.Dictionary
    page: int  # where it starts: MCIDs on other pages need a reference with /Pg
    lang: str
    kind: str
    body: _Element | None = None  # an LI's LBody, made on its first content
    rows: list = field(default_factory=list)  # a Table's rows: [(TR, [(cell, html element)])]
    description: str = ""  # a Link's text, for its annotations' /Contents

    def append(self, kid) -> None:
        self.dictionary["K"].append(kid)


class _TreeBuilder:
    def __init__(self, pdf, document, page_streams):
        self.pdf = pdf
        self.page_streams = page_streams
        self.root = pydyf.Dictionary({"Type": "/StructTreeRoot"})
        pdf.add_object(self.root)
        lang = str(document.metadata.lang or "")
        self.document = self._new("Document", self.root.reference, 0, lang)
        self.root["K"] = pydyf.Array([self.document.dictionary.reference])
        self.elements: dict[tuple, _Element] = {}
        self.parent_of: dict[int, _Element] = {}
        self.mcids: list[dict[int, pydyf.Dictionary]] = [{} for _ in page_streams]
        self.annotations: list[tuple[pydyf.Dictionary, pydyf.Dictionary]] = []
        self.ids: list[tuple[str, pydyf.Dictionary]] = []
        self.open_items: dict[int, _Element] = {}  # a dl's last LI

    def _new(self, kind: str, parent_reference, page: int, lang: str, attributes=None) -> _Element:
        dictionary = pydyf.Dictionary(
            {
                "Type": "/StructElem",
                "S": f"/{kind}",
                "P": parent_reference,
                "K": pydyf.Array(),
                "Pg": self.pdf.page_references[page],
            }
        )
        if attributes:
            dictionary["A"] = pydyf.Dictionary(attributes)
        self.pdf.add_object(dictionary)
        return _Element(dictionary, page, lang, kind)

    def child(self, parent: _Element, kind: str, page: int, lang: str, attributes=None) -> _Element:
        element = self._new(kind, parent.dictionary.reference, page, lang, attributes)
        if lang and lang != parent.lang:
            element.dictionary["Lang"] = pydyf.String(lang)
        parent.append(element.dictionary.reference)
        self.parent_of[id(element)] = parent
        return element

    # Boxes to elements.
    def page(self, number: int, page_box, tags) -> None:
        self.tags = tags
        for child in page_box.children:
            if isinstance(child, boxes.MarginBox):
                self._artifact(
                    number,
                    child,
                    {"Type": "/Pagination", "Subtype": "/Footer" if "bottom" in child.at_keyword else "/Header"},
                )
            else:
                self._visit(number, child, self.document, None)
        for box, kid in list(tags.items()):  # anything drawn outside the boxes walked
            self._content(number, self.document, kid["mcid"])
            del tags[box]

    def _visit(self, page: int, box, parent: _Element, parent_key) -> None:
        if isinstance(box, AbsolutePlaceholder):
            box = box._box
        if isinstance(box, (boxes.TextBox, boxes.ReplacedBox)):
            kid = self.tags.pop(box, None)
            if kid is not None:
                holder = self._content_holder(parent, page)
                if isinstance(box, boxes.TextBox) and _drawn_reversed(box):
                    holder = self._logical_text(holder, page, box)
                self._content(page, holder, kid["mcid"])
        key = _key(box)
        element = parent
        if key is not None and key != parent_key and not isinstance(box, boxes.LineBox):
            if (
                isinstance(box, boxes.TableRowGroupBox)
                and (box.is_header or box.is_footer)
                and key in self.elements
                and self.elements[key].page < page
            ):
                self._artifact(page, box, {"Type": "/Pagination", "Subtype": "/Header"})
                return
            element = self._element(page, box, key, parent)
        if box.link_annotation is not None:
            self._link(page, element, box)
        for child in getattr(box, "children", ()):
            self._visit(page, child, element, key if key is not None else parent_key)

    def _element(self, page: int, box, key, parent: _Element) -> _Element:
        if key in self.elements:
            return self.elements[key]
        tag, pseudo = _tag(box), key[1]
        lang = str(box.style["lang"] or parent.lang)
        if pseudo == "marker":
            element = self.child(parent, "Lbl", page, lang)
        elif tag in ("dt", "dd"):
            element = self._definition(page, tag, parent, lang)
        elif tag in ("th", "td"):
            element = self._cell(page, box, tag, parent, lang)
        elif tag in ("ul", "ol", "dl"):
            element = self.child(
                self._content_holder(parent, page),
                "L",
                page,
                lang,
                {"O": "/List", "ListNumbering": _LIST_NUMBERING[tag]},
            )
        elif tag == "tr":
            element = self.child(parent, "TR", page, lang)
            table = self._ancestor(parent, "Table")
            if table is not None:
                table.rows.append((element, []))
        else:
            block = isinstance(box, boxes.BlockLevelBox)
            kind = "Span" if pseudo else _BLOCK_TAGS.get(tag) or _INLINE_TAGS.get(tag) or ("Div" if block else "Span")
            element = self.child(self._content_holder(parent, page), kind, page, lang)
            if kind == "Link":
                element.description = _text(box.element)
            if kind == "Figure":
                alt = box.element.get("alt") if box.element is not None else None
                if alt:
                    element.dictionary["Alt"] = pydyf.String(alt)
        self.elements[key] = element
        return element

    def _content_holder(self, element: _Element, page: int) -> _Element:
        """Where content goes: an LI's content goes in its LBody, after its Lbl."""
        if element.kind != "LI":
            return element
        if element.body is None:
            element.body = self.child(element, "LBody", page, element.lang)
        return element.body

    def _definition(self, page: int, tag: str, parent: _Element, lang: str) -> _Element:
        """``dt`` and ``dd`` pairs as list items: LI(Lbl term, LBody description)."""
        item = self.open_items.get(id(parent))
        if tag == "dt" or item is None or item.body is not None:
            item = self.open_items[id(parent)] = self.child(parent, "LI", page, lang)
        if tag == "dt":
            return self.child(item, "Lbl", page, lang)
        item.body = self.child(item, "LBody", page, lang)
        return item.body

    def _cell(self, page: int, box, tag: str, parent: _Element, lang: str) -> _Element:
        header = tag == "th"
        attributes = {"O": "/Table"}
        if box.colspan != 1:
            attributes["ColSpan"] = box.colspan
        if box.rowspan != 1:
            attributes["RowSpan"] = box.rowspan
        if header:
            scope = (box.element.get("scope") or "").lower() if box.element is not None else ""
            attributes["Scope"] = "/Row" if scope == "row" else "/Column"
        element = self.child(parent, "TH" if header else "TD", page, lang, attributes)
        table = self._ancestor(parent, "Table")
        if table is not None and table.rows:
            table.rows[-1][1].append((element, box))
        return element

    def _logical_text(self, holder: _Element, page: int, box) -> _Element:
        """A Span around a right-to-left line's content, its text in reading order as ``/ActualText``."""
        span = self.child(holder, "Span", page, holder.lang)
        text = box.text + (" " if line_end_spaces.ends_at_a_space(box) else "")
        span.dictionary["ActualText"] = pydyf.String(text)
        return span

    def _ancestor(self, element: _Element | None, kind: str) -> _Element | None:
        while element is not None and element.kind != kind:
            element = self.parent_of.get(id(element))
        return element

    def _link(self, page: int, element: _Element, box) -> None:
        annotation = box.link_annotation
        element = self._ancestor(element, "Link") or element  # a box inside the link's element
        text = element.description or _text(box.element)
        if text:
            annotation["Contents"] = pydyf.String(text)
        reference = pydyf.Dictionary(
            {"Type": "/OBJR", "Obj": annotation.reference, "Pg": self.pdf.page_references[page]}
        )
        self.pdf.add_object(reference)
        element.append(reference.reference)
        self.annotations.append((element.dictionary, annotation))

    def _content(self, page: int, element: _Element, mcid: int) -> None:
        if page == element.page:
            element.append(mcid)
        else:
            element.append(pydyf.Dictionary({"Type": "/MCR", "Pg": self.pdf.page_references[page], "MCID": mcid}))
        self.mcids[page][mcid] = element.dictionary

    def _artifact(self, page: int, box, properties: dict) -> None:
        """Mark every text drawn for ``box`` as an artifact instead of content."""
        stream = self.page_streams[page].stream
        for descendant in _descendants(box):
            kid = self.tags.pop(descendant, None)
            if kid is None:
                continue
            for index, item in enumerate(stream):
                if isinstance(item, pydyf.Dictionary) and item.get("MCID") == kid["mcid"] and index:
                    stream[index - 1] = "/Artifact"
                    stream[index] = pydyf.Dictionary(properties)
                    break

    # The finished tree.
    def finish(self, document) -> None:
        self._table_headers()
        parent_tree = pydyf.Array()
        for page, mcids in enumerate(self.mcids):
            size = max(mcids) + 1 if mcids else 0
            parent_tree.extend([page, pydyf.Array(mcids[i].reference if i in mcids else "null" for i in range(size))])
        start = len(self.mcids)
        for number, (element, annotation) in enumerate(self.annotations, start=start):
            parent_tree.extend([number, element.reference])
            annotation["StructParent"] = number
        tree = pydyf.Dictionary({"Nums": parent_tree})
        self.pdf.add_object(tree)
        self.root["ParentTree"] = tree.reference
        self.root["ParentTreeNextKey"] = start + len(self.annotations)
        if self.ids:
            names = pydyf.Array()
            for identifier, element in sorted(self.ids, key=lambda pair: pair[0]):
                names.extend([pydyf.String(identifier), element.reference])
            self.root["IDTree"] = pydyf.Dictionary({"Names": names})
        self.pdf.catalog["StructTreeRoot"] = self.root.reference
        self.pdf.catalog["ViewerPreferences"] = pydyf.Dictionary({"DisplayDocTitle": "true"})
        self.pdf.catalog["MarkInfo"] = pydyf.Dictionary({"Marked": "true"})
        if "Outlines" in self.pdf.catalog:  # the headings as bookmarks: open their panel with the file
            self.pdf.catalog["PageMode"] = "/UseOutlines"
        if document.metadata.lang:
            self.pdf.catalog["Lang"] = pydyf.String(document.metadata.lang)

    def _table_headers(self) -> None:
        """Each data cell names its headers: the TH of its column and of its row."""
        tables = [e for e in self.elements.values() if e.kind == "Table"]
        for number, table in enumerate(tables):
            columns: dict[int, list] = defaultdict(list)
            grid = []
            for row_number, (_, cells) in enumerate(table.rows):
                placed, column = [], 0
                for element, box in cells:
                    placed.append((element, column, box.colspan))
                    if element.kind == "TH":
                        identifier = f"t{number}-r{row_number}-c{column}"
                        element.dictionary["ID"] = pydyf.String(identifier)
                        self.ids.append((identifier, element.dictionary))
                        if element.dictionary["A"]["Scope"] == "/Column":
                            for spanned in range(column, column + box.colspan):
                                columns[spanned].append(identifier)
                    column += box.colspan
                grid.append(placed)
            for placed in grid:
                row_headers = [
                    e.dictionary["ID"] for e, _, _ in placed if e.kind == "TH" and e.dictionary["A"]["Scope"] == "/Row"
                ]
                for element, column, span in placed:
                    if element.kind == "TD":
                        headers = [pydyf.String(h) for c in range(column, column + span) for h in columns[c]]
                        element.dictionary["A"]["Headers"] = pydyf.Array([*headers, *row_headers])


def _key(box):
    """The HTML element (and pseudo-element) a box was made for; None if none."""
    if box.element is None or isinstance(box, (boxes.PageBox, boxes.MarginBox)):
        return None
    tag = box.element_tag or ""
    if tag in ("html", "body"):
        return None
    pseudo = tag.split("::", 1)[1] if "::" in tag else None
    return (id(box.element), pseudo)


def _drawn_reversed(box) -> bool:
    """Whether a text box's glyphs are written in another order than its text is read.

    WeasyPrint writes a line's glyphs left to right as drawn: right-to-left
    letters (Arabic, Hebrew) last to first, and a right-to-left line's runs
    (its words and numbers, and its spaces) last to first. Read in that
    order, from the content, a word comes out backwards, and a link's note
    " 1" comes out "1 ".
    """
    if box.style["direction"] == "rtl" and len(box.text) > 1:
        return True
    return any(unicodedata.bidirectional(character) in ("R", "AL") for character in box.text)


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split()).replace("\u2060", "") if element is not None else ""


def _tag(box) -> str:
    return (box.element_tag or "").split("::", 1)[0]


def _descendants(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _descendants(child)


def add_tags(pdf, document, pdf_version, page_streams):
    builder = _TreeBuilder(pdf, document, page_streams)
    for number, (page, stream) in enumerate(zip(document.pages, page_streams, strict=False)):
        builder.page(number, page._page_box, stream._tags)
    builder.finish(document)


def apply() -> None:
    weasy_pdf.add_tags = add_tags
