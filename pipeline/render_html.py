"""Pages from templates: the only module that imports Jinja2.

Autoescape is on for HTML; CSS templates quote every value (pipeline.css).
Translations of template text come from the ``common`` domain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from html import unescape
from pathlib import Path
from urllib.parse import unquote

from jinja2 import BaseLoader, DictLoader, Environment, FileSystemLoader, StrictUndefined, TemplateSyntaxError, meta
from markupsafe import Markup, escape

from pipeline import clinical_review, css, review, variants, word_diff
from pipeline.bidi import held_on_every_line, isolate_ltr_runs
from pipeline.compiled_templates import CompiledTemplates
from pipeline.config import LocaleSettings, Project
from pipeline.errors import SourceError
from pipeline.fallbacks import NO_FENCES, SentenceDate, css_callables, mark_fallbacks, template_callables
from pipeline.findings import Finding
from pipeline.line_breaking import KEEP_ALL, WBR, join_words_for_browsers, keep_units_together
from pipeline.markdown import inline_plain_text, note_id, render_body, render_body_blocks, render_inline
from pipeline.model import CHECK_FAILED, Leaflet, Rendition, Unit
from pipeline.regions import FIELDS, fill
from pipeline.relink import Alternate, page_href
from pipeline.translations import TranslationTable, source_table

_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:)\]]")
# A link in a rendered body (markdown-it writes href first and escapes it).
# Links whose address a printed page must still give: the web's, and the phone number of a tel:
# link and the e-mail address of a mailto: link (on paper, "call us" alone reaches no one).
_BODY_LINK = re.compile(r'(<a href="((?:https?://|tel:|mailto:)[^"]+)"[^>]*>.*?</a>)', re.DOTALL)
_SAID_ON_PAPER = ("tel", "mailto")  # schemes whose address is printed without its scheme
_URL_PIECE = re.compile(r"[^/]*/+|[^/]+")
# A BCP 47 tag as written into a CSS :lang() selector: letters, digits and hyphens only.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class LeafletPage:
    """Everything one HTML page and its PDF need, rendered and escaped."""

    html: str
    print_css: str
    missing: int  # passages shown in the source language


class Renderer:
    def __init__(self, project: Project, templates: Mapping[str, str] | None = None):
        """``templates``: name -> source, as :func:`read_templates` gives them; a build
        reads them once, so every page (on any worker) uses the bytes it hashed."""
        self.project = project
        self._loader = (
            DictLoader(dict(templates)) if templates is not None else FileSystemLoader(str(project.templates_dir))
        )
        # Keyed by the table's id; the table is kept alongside so the id stays its own.
        self._environments: dict[tuple[str, int, str], tuple[TranslationTable, Environment]] = {}

    def leaflet(
        self,
        leaflet: Leaflet,
        locale: LocaleSettings,
        table: TranslationTable,
        common: TranslationTable,
        alternates: list[Alternate],
        draft: bool,
        font_gaps: str = "",
        variant: str = "",
        not_reviewed: bool = False,
        page_text_mark: str = "",
    ) -> LeafletPage:
        """One page; ``font_gaps``: characters its PDF's fonts lack, which a draft shows in its banner;
        ``not_reviewed``: a translation its language's sign_off requires a review of, with none that
        covers it now (pipeline.release.awaiting_review), which a draft says in a banner;
        ``variant`` (pipeline/variants.py) lays out its PDF another way: the English beside the
        translation, or large print; ``page_text_mark``: why the page text is not the text its clinical
        review covers (pipeline/page_text_review.py), said in a draft's clinical review banner."""
        source = self.project.locale(self.project.source_locale)
        missing = table.progress(u.msgid for u in leaflet.units).missing
        # Of those, the passages whose translation fails a check: held back, and said so apart.
        held = tuple(msgid for msgid in missing if table.resolve(msgid).reason == CHECK_FAILED)
        values = self.region_values(locale, common)
        # A passage shown in English names the readers' values in English: "Call 911 (emergency number,
        # United States)", never the translation's gloss inside lang="en" (a screen reader's English voice
        # read "Notrufnummer, Vereinigte Staaten").
        english_values = self.english_region_values(locale) if locale.code != source.code else values
        # Source-language text on a page of the other direction says so (English on an Arabic page).
        fallback_dir = source.direction if source.direction != locale.direction else ""

        def resolve(unit: Unit) -> Rendition:
            rendition = table.resolve(unit.msgid)
            try:
                return replace(rendition, text=fill(rendition.text, values if rendition.translated else english_values))
            except KeyError as exc:
                raise SourceError(_missing_value(exc.args[0], locale), leaflet.path, unit.line) from None

        title, summary = resolve(leaflet.title), resolve(leaflet.summary)
        title_text = inline_plain_text(title.text)
        # Said by screen readers (a bilingual page is a PDF only, where print hides it and [EN] marks).
        said = not variant
        mark = self._untranslated_mark(locale, common, fallback_dir) if said and len(missing) > len(held) else ""
        held_mark = self._untranslated_mark(locale, common, fallback_dir, held_back=True) if said and held else ""
        if variant == variants.BILINGUAL:
            body = self._bilingual_body(leaflet, locale, source, resolve, fallback_dir)
        else:
            body = render_body(
                leaflet.body, leaflet.body_line, leaflet.path, resolve, source.bcp47, fallback_dir, mark, held_mark
            )
        body_html, link_notes = number_links(body)
        context = dict(
            project=self.project,
            locale=locale,
            leaflet=leaflet,
            title_html=Markup(render_inline(title.text)),
            title_text=title_text,
            title_marked=not title.translated,
            title_mark=held_mark if title.reason == CHECK_FAILED else mark,
            title_reason=title.reason,
            title_note=note_id(title.reason),
            # The PDF's running footer: an English title keeps left to right on every line of it.
            footer_title=held_on_every_line(title_text, fallback_dir)
            if fallback_dir and not title.translated
            else title_text,
            summary_html=Markup(render_inline(summary.text)),
            summary_text=inline_plain_text(summary.text),
            summary_marked=not summary.translated,
            summary_mark=held_mark if summary.reason == CHECK_FAILED else mark,
            summary_reason=summary.reason,
            summary_note=note_id(summary.reason),
            body_html=Markup(body_html),
            link_notes=[address_html(url) for url in link_notes],
            references=[link_urls(r) for r in leaflet.references],
            reviewed_on=SentenceDate(leaflet.reviewed_on, locale.babel, source.babel),
            is_translation=locale.code != source.code,
            source=source,
            fallback_dir=fallback_dir,
            alternates=alternates,
            missing=len(missing) - len(held),  # not translated yet (or fuzzy)
            held_back_count=len(held),
            # Which check each held-back passage fails, and where (English, as `leaflets check` names them).
            held_back=[held_back_item(f) for msgid in held for f in table.failures.get(msgid, ())],
            draft=draft,
            font_stack=Markup(css.font_stack(locale.font_family)),
            ltr_font_stack=Markup(self.ltr_font_stack),
            font_stack_css=css.font_stack(locale.font_family),
            page_size=css.page_size(locale.page_size),
            text_scale=locale.text_size_scale,
            emergency=values.get("emergency", ""),
            font_gaps=font_gaps,
            not_reviewed=draft and not_reviewed and locale.code != source.code,
            # The clinical review covers neither the leaflet's English nor the page text: one banner says both.
            clinical_mark=" ".join(filter(None, (clinical_review.draft_mark(leaflet, source.code), page_text_mark)))
            if draft
            else "",
            language_line=values.get("language_line", ""),
            notices=self.project.notices,
            **self._review_context(leaflet, locale, table, draft),
            review_translation_changed=self._translations_changed(
                leaflet,
                table,
                draft,
                resolve,
                lambda reason: self._untranslated_mark(locale, common, fallback_dir, reason == CHECK_FAILED),
            ),
        )
        # A page unfit for patients carries a draft's notes (templates/leaflet.html), on its first page
        # only: its PDF says "Draft" at the head of every page too (print.css), as a page 2 printed
        # or copied alone looked like the released leaflet.
        context["draft_notes"] = bool(
            context["missing"]
            or context["held_back_count"]
            or context["font_gaps"]
            or context["clinical_mark"]
            or context["not_reviewed"]
        )
        # The same "Draft" at the head of every page a browser prints (templates/base.html), quoted for CSS.
        draft_head = css_callables(common, fallback_dir)[0]("Draft") if context["draft_notes"] else ""
        context["draft_head"] = Markup(css.finalize(draft_head)) if draft_head else ""
        html = self._line_breaks(isolate_ltr_runs(self._render("leaflet.html", common, context)), [locale])
        print_css = self._render("print.css", common, context)
        if variant:
            print_css += self._render(variants.STYLESHEETS[variant], common, context)
        return LeafletPage(html, print_css, len(missing))

    def _bilingual_body(
        self,
        leaflet: Leaflet,
        locale: LocaleSettings,
        source: LocaleSettings,
        resolve: Callable[[Unit], Rendition],
        fallback_dir: str,
    ) -> str:
        """The title, summary and body as a two-column table, one passage (a top-level
        block) per row: the English beside the translation."""
        # The English says what the page says: the values of this page's readers' region, in English.
        english_values = self.english_region_values(locale)

        def english(unit: Unit) -> Rendition:
            try:
                return Rendition(fill(unit.msgid, english_values), True)
            except KeyError as exc:
                raise SourceError(_missing_value(exc.args[0], locale), leaflet.path, unit.line) from None

        def blocks(resolver: Callable[[Unit], Rendition]) -> list[Markup]:
            heading = [
                _passage(kind, resolver(unit), source, fallback_dir)
                for kind, unit in (("bilingual-title", leaflet.title), ("summary", leaflet.summary))
            ]
            body = render_body_blocks(
                leaflet.body, leaflet.body_line, leaflet.path, resolver, source.bcp47, fallback_dir
            )
            return heading + [Markup(block) for block in body]

        rows = list(zip(blocks(english), blocks(resolve), strict=True))
        return self._render(
            "bilingual.html",
            source_table(source.code),
            dict(rows=rows, source=source, locale=locale, fallback_dir=fallback_dir),
        )

    def _untranslated_mark(
        self, locale: LocaleSettings, common: TranslationTable, fallback_dir: str, held_back: bool = False
    ) -> Markup:
        """What screen readers say at the start of a passage shown untranslated (templates/untranslated_mark.html);
        ``held_back``: of one whose translation is not shown, as it fails a check."""
        context = dict(locale=locale, fallback_dir=fallback_dir, held_back=held_back)
        return Markup(self._render("untranslated_mark.html", common, context).strip())

    def _review_context(self, leaflet: Leaflet, locale: LocaleSettings, table: TranslationTable, draft: bool) -> dict:
        """The translation review line, and in a draft what changed since the review and in the English."""
        state = review.judge(table.review, [u.msgid for u in leaflet.units])
        signoff, reviewed = state.signoff, None
        source = self.project.locale(self.project.source_locale)
        if state.valid and signoff:
            reviewed = {"name": signoff.reviewer, "date": SentenceDate(signoff.reviewed_on, locale.babel, source.babel)}
        stale = draft and signoff is not None and (state.english_changed or state.translation_changed)
        previous = table.review.previous if draft and table.review else {}
        return {
            "translation_review": reviewed,
            # Passages whose English changed since the review: the English is what changed, shown as English.
            "review_english_changed": [Markup(render_inline(m)) for m in state.english_changed] if stale else [],
            "review_changes_since": (
                SentenceDate(signoff.reviewed_on, locale.babel, source.babel) if stale and signoff else ""
            ),
            "english_changes": [
                english_change(previous[u.msgid], u.msgid) for u in leaflet.units if u.msgid in previous
            ],
        }

    @staticmethod
    def _translations_changed(
        leaflet: Leaflet,
        table: TranslationTable,
        draft: bool,
        resolve: Callable[[Unit], Rendition],
        said_for: Callable[[str], Markup],
    ) -> list[ChangedTranslation]:
        """In a draft whose review is stale, the passages whose translation changed since it (their English
        did not): what the reviewer must read again is the translation now, not the English, which is as
        reviewed. Each as the page shows it: one the page holds back, or no longer has, in English, after
        what ``said_for`` its reason says of it in the page's language."""
        if not draft:
            return []
        state = review.judge(table.review, [u.msgid for u in leaflet.units])
        if state.signoff is None or not state.translation_changed:
            return []
        units = {u.msgid: u for u in reversed(leaflet.units)}  # the first unit of each message
        changed = []
        for msgid in state.translation_changed:
            shown = resolve(units[msgid])
            said = Markup("") if shown.translated else said_for(shown.reason)
            changed.append(ChangedTranslation(Markup(render_inline(shown.text)), shown.translated, said))
        return changed

    @property
    def ltr_font_stack(self) -> str:
        """Fonts for left-to-right text on a right-to-left page: the source language's.

        English passages and references are set in the English fonts, and a
        bracket inside left-to-right text comes from another font than the
        mirrored brackets of Arabic text: WeasyPrint gives each glyph of a
        font one Unicode value, so a shared "(" glyph would read back as ")"
        in one of the two.
        """
        return css.font_stack(self.project.locale(self.project.source_locale).font_family)

    def english_region_values(self, locale: LocaleSettings) -> dict[str, str]:
        """What the placeholders say in the source language to ``locale``'s readers: for English
        passages of a translated page (untranslated, held back, a bilingual PDF's English column)."""
        source = self.project.locale(self.project.source_locale)
        return self.region_values(replace(source, region=locale.region), source_table(source.code))

    def region_values(self, locale: LocaleSettings, common: TranslationTable) -> dict[str, str]:
        """What ``{emergency}`` and the other placeholders say on this locale's pages (plain text).

        The emergency number is named with its country when the page's language
        is not a language of the readers' region: "911(미국 응급 전화번호)".
        """
        region = locale.region
        if region is None:
            return {}
        macros = self._environment("region.html", common).get_template("region.html").module
        language = locale.babel
        emergency = macros.emergency_number(  # type: ignore[attr-defined]  # a macro of region.html
            region.emergency, region.name_in(language), not region.is_home_of(locale.language)
        )
        values = {field: region.value(field) for field in FIELDS}
        # Plain text: a fallback's fences go (the leaflet's own passage is marked as a whole).
        values["emergency"] = " ".join(Markup(emergency).unescape().translate(NO_FENCES).split())
        return {field: value for field, value in values.items() if value}

    def index(self, sections: list[dict], draft: bool, common: TranslationTable, locale: LocaleSettings) -> str:
        """The index: each language's section in that language, from its own ``common`` table."""
        source = self.project.locale(self.project.source_locale)
        for section in sections:
            section_locale = section["locale"]
            section["html"] = Markup(
                self._render(
                    "index_section.html",
                    section["common"],
                    dict(
                        locale=section_locale,
                        items=section["items"],
                        draft=draft,
                        source=source,
                        fallback_dir=source.direction if source.direction != section_locale.direction else "",
                    ),
                )
            )
        html = isolate_ltr_runs(
            self._render(
                "index.html",
                common,
                dict(
                    project=self.project,
                    sections=sections,
                    draft=draft,
                    locale=locale,
                    font_stack=Markup(css.font_stack(tuple(f for s in sections for f in s["locale"].font_family))),
                    ltr_font_stack=Markup(self.ltr_font_stack),
                    page_size=css.page_size(locale.page_size),
                ),
            )
        )
        return self._line_breaks(html, [s["locale"] for s in sections])

    def status(self, context: dict) -> str:
        """The team's status page (build/status.html): in the source language, not translated."""
        source = self.project.locale(self.project.source_locale)
        return self._render("status.html", TranslationTable(source.code, is_source=True), context)

    @staticmethod
    def _line_breaks(html: str, locales: list[LocaleSettings]) -> str:
        html = keep_units_together(html)
        if any(loc.line_break == KEEP_ALL for loc in locales):
            html = join_words_for_browsers(html)
        return html

    def _render(self, name: str, common: TranslationTable, context: dict) -> str:
        # Languages whose lines break only between words (CSS word-break: keep-all).
        keep_all = [
            loc.bcp47
            for loc in self.project.locales
            if loc.line_break == KEEP_ALL and _LANGUAGE_TAG.fullmatch(loc.bcp47)
        ]
        source = self.project.locale(self.project.source_locale)
        page = context.get("locale", source)
        fallback_dir = source.direction if source.direction != page.direction else ""
        text = (
            self._environment(name, common, fallback_dir)
            .get_template(name)
            .render(page_mark=css.PAGE_MARK, pages_mark=css.PAGES_MARK, keep_all_langs=keep_all, **context)
        )
        if name.endswith(".css"):
            return text
        return mark_fallbacks(text, source.bcp47, fallback_dir)

    def _environment(self, name: str, common: TranslationTable, fallback_dir: str = "") -> Environment:
        """One environment per template kind, language and direction of the source language's
        text on its pages, never changed once made."""
        kind = "css" if name.endswith(".css") else "html"
        key = (kind, id(common), fallback_dir)
        if key not in self._environments:
            env = _environment(
                self._loader,
                autoescape=kind == "html",
                finalize=css.finalize if kind == "css" else None,
                compiled=CompiledTemplates(self.project.build_dir),
            )
            if kind == "html":
                # {% trans %} passes its variables to these (dates are said in the sentence's language).
                env.newstyle_gettext = True  # type: ignore[attr-defined]  # added by jinja2.ext.i18n
                gettext, ngettext = template_callables(common)
                env.globals.update(gettext=gettext, ngettext=ngettext)
                # Whether a template's message is shown translated: what a value beside it is said in.
                env.globals["translated"] = lambda message: common.resolve(message).translated
            else:
                env.install_gettext_callables(  # type: ignore[attr-defined]  # added by jinja2.ext.i18n
                    *css_callables(common, fallback_dir), newstyle=True
                )
            self._environments[key] = (common, env)
        return self._environments[key][1]


@dataclass(frozen=True)
class ChangedTranslation:
    """A passage whose translation changed after its review, as a draft's banner lists it."""

    html: Markup  # as the page shows it now: the translation, or the English when not shown
    translated: bool
    # Before English shown in its place, why, in the page's language (templates/untranslated_mark.html): on a
    # passage said to screen readers only, here shown too (leaflet.css), as the list is of translations.
    mark: Markup


def _passage(kind: str, rendition: Rendition, source: LocaleSettings, fallback_dir: str) -> Markup:
    """A title or summary as one passage of a bilingual page, marked as the body's are when not translated."""
    text = Markup(render_inline(rendition.text))
    if rendition.translated:
        return Markup('<p class="{}">{}</p>').format(kind, text)
    direction = Markup(' dir="{}"').format(fallback_dir) if fallback_dir else ""
    return Markup('<p class="{} untranslated" lang="{}"{} data-reason="{}">{}</p>').format(
        kind, source.bcp47, direction, rendition.reason, text
    )


def held_back_item(finding: Finding) -> str:
    """One check a held-back translation fails, as a draft's banner lists it: the check and the entry,
    ``[numbers] locales/fr/LC_MESSAGES/para.po:7``, as the build's line on stderr begins. Not the
    message: it quotes the translation ("50 in the translation", a link it added), and no word of a
    translation that fails a check reaches a page or its PDF; the build, ``serve`` and ``check`` say it."""
    return f"[{finding.check}] {finding.file}:{finding.line}"


def english_change(before: str, now: str) -> tuple[Markup, Markup]:
    """Earlier English and the English now (pipeline/word_diff.py), words removed and added marked."""
    old_html, new_html = [], []
    for piece in word_diff.pieces(before, now):
        removed, added = escape(piece.before), escape(piece.now)
        old_html.append(removed if piece.equal else Markup("<del>{}</del>").format(removed) if removed else "")
        new_html.append(added if piece.equal else Markup("<ins>{}</ins>").format(added) if added else "")
    return Markup("").join(old_html), Markup("").join(new_html)


def link_urls(text: str) -> Markup:
    """A reference with its URLs as links; everything else escaped."""
    out, last = [], 0
    for match in _URL.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(url_html(match.group()))
        last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def url_html(url: str) -> Markup:
    """A link that shows its address, which a line may break only after a ``/``."""
    pieces = Markup(WBR).join(Markup('<span class="nowrap">{}</span>').format(p) for p in _URL_PIECE.findall(url))
    return Markup('<a href="{}">{}</a>').format(url, pieces)


def address_html(url: str) -> Markup:
    """A link's address as the printed list gives it: a web address as :func:`url_html`
    shows it, a tel: link's phone number and a mailto: link's e-mail address as written
    (without the scheme, the query or percent-encoding), unbroken."""
    scheme, _, rest = url.partition(":")
    if scheme.lower() not in _SAID_ON_PAPER:
        return url_html(url)
    return Markup('<a href="{}"><span class="nowrap">{}</span></a>').format(url, unquote(rest.split("?")[0]))


def number_links(body_html: str) -> tuple[str, list[str]]:
    """The body with a note number after each web, tel: and mailto: link, and the addresses in that order.

    On paper a link must still lead somewhere, but an address printed inside a
    sentence breaks it (and, in Korean, parts a word from its particle): the
    print stylesheet shows the numbers and the list of addresses instead. The
    number stands a space apart from the link (which the stylesheet keeps from
    breaking): a link ending in a number, "عام 2003" (of 2003), and its note 1
    would otherwise read as one number, 20031 to a screen reader, 12003 in
    copied Arabic text.
    """
    addresses: list[str] = []

    def note(match: re.Match) -> str:
        url = unescape(match.group(2))
        if url not in addresses:
            addresses.append(url)
        number = addresses.index(url) + 1
        return f'{match.group(1)}<sup class="link-note"> {number}</sup>'

    return _BODY_LINK.sub(note, body_html), addresses


def alternates_for(leaflet_id: str, current: str, available: list[LocaleSettings]) -> list[Alternate]:
    """The language switcher for one page; links are relative between locale folders."""
    return [
        Alternate(loc.native_name, loc.bcp47, loc.direction, page_href(loc.code, leaflet_id), loc.code == current)
        for loc in available
    ]


def read_templates(folder: Path) -> dict[str, str]:
    """Every template under ``folder``, by the name templates use for each other."""
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def templates_used(templates: Mapping[str, str], name: str) -> tuple[str, ...]:
    """``name`` and every template it extends, includes or imports, transitively:
    what a page made from ``name`` depends on. All of them when a reference is
    computed at render time and cannot be known in advance."""
    used, pending = set(), [name]
    env = _environment(DictLoader({}), autoescape=False)
    while pending:
        current = pending.pop()
        if current in used or current not in templates:
            continue
        used.add(current)
        try:
            references = list(meta.find_referenced_templates(env.parse(templates[current])))
        except TemplateSyntaxError:  # rendering will report it; until then assume the worst
            return tuple(sorted(templates))
        if None in references:
            return tuple(sorted(templates))
        pending.extend(r for r in references if r is not None)
    return tuple(sorted(used))


def _environment(
    loader: BaseLoader, *, autoescape: bool, finalize=None, compiled: CompiledTemplates | None = None
) -> Environment:
    env = Environment(
        loader=loader,
        bytecode_cache=compiled,
        autoescape=autoescape,
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        **({"finalize": finalize} if finalize else {}),
    )
    # Must match the extraction option, or msgids would differ in white space.
    env.policies["ext.i18n.trimmed"] = True
    env.filters["css_content"] = css.page_counter_content
    env.filters["scaled"] = css.scaled
    return env


def _missing_value(field: str, locale: LocaleSettings) -> str:
    if locale.region is None:
        return (
            f"{{{field}}} needs the readers' region: give [locales.{locale.code}] a region "
            f'(region = "US") in leaflets.toml'
        )
    return (
        f"{{{field}}} ({FIELDS.get(field, 'a region value')}) is not given for region "
        f"{locale.region.code}: add {field} to [regions.{locale.region.code}] in leaflets.toml"
    )
