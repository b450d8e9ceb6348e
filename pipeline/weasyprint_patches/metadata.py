"""The document's language in its XMP metadata (``dc:language``), beside its title; and the
language of a title or description written in another language than the document's.

WeasyPrint 70 writes ``dc:title`` but not ``dc:language``; PDF/UA asks the
XMP to describe the document as the catalog does.

A draft shows a title it cannot trust in English (not translated, fuzzy, held
back), and ``<title lang="en">`` says so in the HTML; WeasyPrint reads only the
title's text. The Info dictionary's ``/Title`` has no practical way to say its
language (PDF's language escape inside a text string is shown as it is by
readers that ignore it), so the XMP does: ``dc:title`` and ``dc:description``
are language alternatives, and beside the ``x-default`` item WeasyPrint writes
comes an item in the language the text is in (``xml:lang="en"``), only when
it is not the document's.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement, fromstring, tostring

from weasyprint import document
from weasyprint.pdf import metadata

_RDF = metadata.NS["rdf"]
_DC = metadata.NS["dc"]
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class TextInLanguage(str):
    """A metadata text and the language its HTML element declared ("" when it declared none)."""

    lang: str = ""


def _in_language(text: str | None, lang: str | None) -> str | None:
    if text is None or not lang:
        return text
    marked = TextInLanguage(text)
    marked.lang = lang
    return marked


def _get_html_metadata(original):
    def get_html_metadata(html):
        found = original(html)
        # The first <title> and <meta name="description">, as WeasyPrint takes them.
        title = next(iter(html.etree_element.iter("title")), None)
        description = next(
            (m for m in html.etree_element.iter("meta") if (m.get("name") or "").lower() == "description"), None
        )
        if title is not None:
            found["title"] = _in_language(found["title"], title.get("lang"))
        if description is not None:
            found["description"] = _in_language(found["description"], description.get("lang"))
        return found

    return get_html_metadata


def _language_alternative(tree: Element, name: str, text: str | None, document_lang: str | None) -> None:
    """Adds ``text``'s own language to the XMP's ``dc:<name>`` when it differs from the document's."""
    lang = getattr(text, "lang", "")
    if not lang or lang == document_lang:
        return
    for alternative in tree.iter(f"{{{_DC}}}{name}"):
        for alt in alternative.iter(f"{{{_RDF}}}Alt"):
            SubElement(alt, f"{{{_RDF}}}li", {_XML_LANG: lang}).text = str(text)


def _generate_rdf_metadata(original):
    def generate_rdf_metadata(self, variant, version, conformance):
        rdf = original(self, variant, version, conformance)
        if not (self.lang or getattr(self.title, "lang", "") or getattr(self.description, "lang", "")):
            return rdf
        tree = fromstring(rdf)
        _language_alternative(tree, "title", self.title, self.lang)
        _language_alternative(tree, "description", self.description, self.lang)
        if self.lang:
            description = SubElement(tree, f"{{{_RDF}}}Description", {f"{{{_RDF}}}about": ""})
            bag = SubElement(SubElement(description, f"{{{_DC}}}language"), f"{{{_RDF}}}Bag")
            SubElement(bag, f"{{{_RDF}}}li").text = self.lang
        return tostring(tree, encoding="utf-8")

    return generate_rdf_metadata


def apply() -> None:
    document.get_html_metadata = _get_html_metadata(document.get_html_metadata)
    metadata.DocumentMetadata.generate_rdf_metadata = _generate_rdf_metadata(
        metadata.DocumentMetadata.generate_rdf_metadata
    )
