"""Web pages and HTML fragments to article text: trafilatura for pages, lxml for fragments."""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree
from lxml import html as lxml_html

from kronist.ingest.errors import IngestError
from kronist.ingest.fields import make_document, normalize_language
from kronist.model import Document

# Elements that start a new paragraph, in HTML and in trafilatura's output tree.
# fmt: off
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "ol", "p", "pre",
    "section", "table", "tr", "ul",
    "head", "item", "list", "quote", "row",  # trafilatura's output tree
})
# fmt: on
LINE_BREAK_TAGS = frozenset({"br", "lb"})
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})
_PARAGRAPH = "\x00"  # marker while walking; never in decoded text (binary files are refused)
_SPACES = re.compile(r"[^\S\n]+")
# Fewer words than this is a menu, a cookie notice or an index page, not an article.
MIN_PAGE_WORDS = 10
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z_-]+)""", re.IGNORECASE)


def element_text(element: etree._Element) -> str:
    """The text of an element tree: blocks become paragraphs joined by a blank line."""
    pieces: list[str] = []
    _walk(element, pieces)
    paragraphs = (_clean_paragraph(chunk) for chunk in "".join(pieces).split(_PARAGRAPH))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _walk(element: etree._Element, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""  # comments, processing instructions
    tag = tag.rsplit("}", 1)[-1].lower()
    if tag and tag not in SKIPPED_TAGS:
        is_block = tag in BLOCK_TAGS
        if is_block:
            pieces.append(_PARAGRAPH)
        if tag in LINE_BREAK_TAGS:
            pieces.append("\n")
        if element.text:
            pieces.append(element.text)
        for child in element:
            _walk(child, pieces)
        if is_block:
            pieces.append(_PARAGRAPH)
        elif tag == "cell":
            pieces.append(" ")
    if element.tail:
        pieces.append(element.tail)


def _clean_paragraph(chunk: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in chunk.split("\n"))
    return "\n".join(line for line in lines if line)


def html_fragment_to_text(markup: str) -> str:
    """Text of an HTML snippet (a feed entry's content); plain text passes through."""
    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup.strip()
    return element_text(root)


def page_to_document(
    markup: str,
    *,
    url: str | None = None,
    fallback_date: dt.date | None = None,
    path: str | None = None,
) -> tuple[Document, list[str]]:
    """The article in a web page: main text, title, date, address and site name.

    Raises IngestError when the page holds no article text.
    """
    import trafilatura  # slow import, only needed for web pages

    result = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        date_extraction_params=_date_params(),
    )
    if result is None or result.body is None:
        raise IngestError("no article text found in the HTML page")
    title = " ".join((result.title or "").split())
    text = _drop_repeated_title(element_text(result.body), title)
    if len(text.split()) < MIN_PAGE_WORDS:
        raise IngestError("no article text found in the HTML page")
    return make_document(
        title=title,
        text=text,
        published=result.date or fallback_date,
        url=url or result.url,  # the address it was fetched from, when known
        source=result.sitename or result.hostname,
        language=_page_language(markup) or result.language,
        path=path,
        meta=_page_meta(result, url),
    )


def _date_params() -> dict:
    # No extensive search: it turns a footer's "© 2021" or a Danish "6. maj 2023" it cannot read
    # into 1 January of that year, which would pass for a day-precise date.
    return {
        "extensive_search": False,
        "original_date": True,
        "max_date": dt.date.today().isoformat(),
    }


def _drop_repeated_title(text: str, title: str) -> str:
    first, _, rest = text.partition("\n\n")
    return rest if title and " ".join(first.split()) == title else text


def _page_language(markup: str) -> str | None:
    match = _HTML_LANG.search(markup[:4096])
    return normalize_language(match.group(1)) if match else None


def _page_meta(result, fetched_url: str | None) -> dict[str, str]:
    meta = {
        "canonical_url": result.url if fetched_url and result.url != fetched_url else None,
        "author": result.author,
        "sitename": result.sitename,
        "description": result.description,
        "categories": ", ".join(result.categories or []),
        "tags": ", ".join(result.tags or []),
    }
    return {key: " ".join(value.split()) for key, value in meta.items() if value}
