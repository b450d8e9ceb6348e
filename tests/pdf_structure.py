"""Reading a tagged PDF back as a screen reader does: the structure tree, each element's text and language."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field

import pikepdf
from pypdf import PdfReader


@dataclass
class Node:
    kind: str  # the structure type: P, H1, Table, TH, Link…
    lang: str  # the language that applies to it (its own /Lang or an ancestor's)
    dictionary: pikepdf.Dictionary
    parts: list = field(default_factory=list)  # text (str) and child Nodes, in reading order
    actual_text: str | None = None  # its /ActualText: read in place of its content
    owner: pikepdf.Pdf | None = None  # keeps the file open while the tree is read

    @property
    def text(self) -> str:
        """Its text as a screen reader gets it: its ``/ActualText`` if it has one, else its content's."""
        if self.actual_text is not None:
            return self.actual_text
        return "".join(p if isinstance(p, str) else p.text for p in self.parts)

    def walk(self):
        yield self
        for part in self.parts:
            if isinstance(part, Node):
                yield from part.walk()

    def find(self, kind: str) -> list[Node]:
        return [node for node in self.walk() if node.kind == kind]


def marked_text(path) -> list[dict[int, str]]:
    """For each page, the text of each marked-content sequence by its MCID (artifacts left out)."""
    return [_page_marked_text(page) for page in PdfReader(path).pages]


def _page_marked_text(page) -> dict[int, str]:
    texts: dict[int, str] = {}
    stack: list = []  # the MCIDs of the open marked-content sequences (None: not content)

    def before(operator, arguments, *_):
        if operator in (b"BDC", b"BMC"):
            properties = arguments[1] if operator == b"BDC" else None
            stack.append(properties.get("/MCID") if hasattr(properties, "get") else None)
        elif operator == b"EMC" and stack:
            stack.pop()

    def text(value, *_):
        mcid = next((m for m in reversed(stack) if m is not None), None)
        if mcid is not None:
            texts[mcid] = texts.get(mcid, "") + value.replace("\n", "")

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return texts


def artifact_text(path) -> list[list[tuple[str, str]]]:
    """For each page, each artifact that holds text: its ``/Subtype`` (``/Header``, ``/Footer``) and its
    text, what screen readers skip."""
    pages = []
    for page in PdfReader(path).pages:
        artifacts: list[tuple[str, str]] = []
        stack: list = []  # the open marked-content sequences: an artifact's subtype, or None

        def before(operator, arguments, *_, artifacts=artifacts, stack=stack):
            if operator in (b"BDC", b"BMC"):
                properties = arguments[1] if operator == b"BDC" else None
                artifact = arguments[0] == "/Artifact"
                subtype = str(properties.get("/Subtype", "")) if artifact and hasattr(properties, "get") else ""
                stack.append(subtype if artifact else None)
                if artifact:
                    artifacts.append((subtype, ""))
            elif operator == b"EMC" and stack:
                stack.pop()

        def text(value, *_, artifacts=artifacts, stack=stack):
            if stack and stack[-1] is not None and artifacts:
                subtype, held = artifacts[-1]
                artifacts[-1] = (subtype, held + value.replace("\n", ""))

        page.extract_text(visitor_operand_before=before, visitor_text=text)
        pages.append([(subtype, held) for subtype, held in artifacts if held.strip()])  # not borders, backgrounds
    return pages


def structure(path) -> Node:
    """The document's structure tree with the text each element holds."""
    pdf = pikepdf.open(path)
    texts = marked_text(path)
    page_numbers = {page.objgen: number for number, page in enumerate(pdf.pages)}
    document_lang = str(pdf.Root.get("/Lang", ""))

    def build(element, lang: str) -> Node:
        lang = str(element.get("/Lang", lang))
        actual_text = str(element.ActualText) if "/ActualText" in element else None
        node = Node(str(element.get("/S", ""))[1:], lang, element, actual_text=actual_text)
        page = page_numbers.get(element.Pg.objgen) if "/Pg" in element else None
        kids = element.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []:
            if isinstance(kid, int):
                node.parts.append(texts[page].get(kid, ""))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                node.parts.append(texts[page_numbers[kid.Pg.objgen]].get(int(kid.MCID), ""))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                continue
            elif isinstance(kid, pikepdf.Dictionary):
                node.parts.append(build(kid, lang))
        return node

    root = Node("StructTreeRoot", document_lang, pdf.Root.StructTreeRoot, owner=pdf)
    root.parts = [build(kid, document_lang) for kid in pdf.Root.StructTreeRoot.K]
    return root


def poppler_structure_text(path) -> str:
    """What ``pdfinfo -struct-text`` reads, its quoted pieces joined in order."""
    out = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True).stdout
    return "".join(line.strip()[1:-1] for line in out.splitlines() if line.strip().startswith('"'))
