"""The document's language in its XMP metadata (``dc:language``), beside its title.

WeasyPrint 70 writes ``dc:title`` but not ``dc:language``; PDF/UA asks the
XMP to describe the document as the catalog does.
"""

from __future__ import annotations

from xml.etree.ElementTree import SubElement, fromstring, tostring

from weasyprint.pdf import metadata

_RDF = metadata.NS["rdf"]
_DC = metadata.NS["dc"]


def _generate_rdf_metadata(original):
    def generate_rdf_metadata(self, variant, version, conformance):
        rdf = original(self, variant, version, conformance)
        if not self.lang:
            return rdf
        tree = fromstring(rdf)
        description = SubElement(tree, f"{{{_RDF}}}Description", {f"{{{_RDF}}}about": ""})
        bag = SubElement(SubElement(description, f"{{{_DC}}}language"), f"{{{_RDF}}}Bag")
        SubElement(bag, f"{{{_RDF}}}li").text = self.lang
        return tostring(tree, encoding="utf-8")

    return generate_rdf_metadata


def apply() -> None:
    metadata.DocumentMetadata.generate_rdf_metadata = _generate_rdf_metadata(
        metadata.DocumentMetadata.generate_rdf_metadata
    )
