import datetime as dt

import pytest
from ingest_helpers import documents, errors

from kronist.ingest import IngestError, read_file, read_text_article


def test_headers_are_read_and_kept_in_meta(fixtures):
    [document] = documents(read_file(fixtures / "skolebrand.txt"))
    assert document.title == "Brand på skole i Viborg: Politiet efterforsker påsat ild"
    assert document.published == dt.date(2023, 9, 12)
    assert document.published_precision == "day"
    assert document.url == "https://www.midtnyt.example/viborg/brand-paa-skole/98765"
    assert document.source == "midtnyt.example"
    assert document.path == str(fixtures / "skolebrand.txt")
    assert document.meta["truncated"] == "yes"
    assert document.meta["author"] == "Mads Lund"
    assert document.meta["date"] == "2023-09-12"  # the key "Date" is read case-insensitively
    assert len(document.id) == 16


def test_body_paragraphs_joined_by_blank_line_with_inner_line_breaks_kept(fixtures):
    [document] = documents(read_file(fixtures / "skolebrand.txt"))
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Natten til tirsdag")
    # A body line with a colon is not a header; the line break inside the paragraph stays.
    assert paragraphs[1] == (
        "Det oplyser Midt- og Vestjyllands Politi: Branden blev opdaget af en forbipasserende\n"
        "kort efter klokken tre."
    )
    assert document.full_text.startswith(document.title + "\n\nNatten til tirsdag")


def test_headline_and_lead_on_one_line_stay_the_title(fixtures):
    [document] = documents(read_file(fixtures / "havneudvidelse.txt"))
    assert document.title.startswith("Byrådet i Esbjerg siger ja til havneudvidelse Et flertal")
    assert document.text.startswith("Beslutningen faldt")
    assert document.published is None and document.published_precision is None
    assert document.meta == {}


@pytest.mark.parametrize(
    ("header", "date", "precision"),
    [
        ("date: 2021-04", dt.date(2021, 4, 1), "month"),
        ("published: 2020-02-29", dt.date(2020, 2, 29), "day"),
        ("DATE: 2019", dt.date(2019, 1, 1), "year"),
        ("date: unknown", None, None),
        ("date: 2024-05-03T08:15:00+02:00", dt.date(2024, 5, 3), "day"),
    ],
)
def test_publication_dates_and_precision(header, date, precision):
    document = read_text_article(f"Overskrift\n{header}\n\nBrødtekst om en begivenhed.")
    assert (document.published, document.published_precision) == (date, precision)


def test_a_date_that_is_not_a_date_is_a_warning_not_a_failure(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text("Overskrift\ndate: i går\n\nBrødtekst.", encoding="utf-8")
    items = list(read_file(path))
    [warning] = errors(items, fatal=False)
    assert "publication date left empty" in warning.message
    assert items[-1].published is None
    assert items[-1].meta["date"] == "i går"


def test_unknown_key_after_headline_is_body_text():
    document = read_text_article("Overskrift\nKilde: Ritzau\nTirsdag skete der noget.")
    assert document.text == "Kilde: Ritzau\nTirsdag skete der noget."
    assert document.meta == {}


def test_source_that_is_not_an_address_and_url_header():
    document = read_text_article(
        "Overskrift\nsource: Ritzau\nurl: https://www.avisen.example/a/1\nlanguage: da-DK\n\nTekst."
    )
    assert document.source == "Ritzau"
    assert document.url == "https://www.avisen.example/a/1"
    assert document.language == "da"


def test_slug_title_marker_is_dropped_and_noted():
    document = read_text_article("Brand i lagerhal [title from URL slug]\ndate: 2022-01\n\nTekst.")
    assert document.title == "Brand i lagerhal"
    assert document.meta["title_from_url"] == "yes"


def test_windows_line_endings_bom_and_leading_blank_lines():
    document = read_text_article(
        "\ufeff\r\n\r\nOverskrift\r\ndate: 2024-01-02\r\n\r\nEt.\r\n\r\nTo.\r\n"
    )
    assert document.title == "Overskrift"
    assert document.published == dt.date(2024, 1, 2)
    assert document.text == "Et.\n\nTo."


def test_headline_only_is_a_document_without_body():
    document = read_text_article("Kort melding uden brødtekst\ndate: 2024-03-01\n")
    assert document.title == "Kort melding uden brødtekst"
    assert document.text == ""


def test_no_text_at_all_raises():
    with pytest.raises(IngestError, match="no article text"):
        read_text_article("\n  \n\n")


def test_same_words_same_id():
    first = read_text_article("Overskrift\n\nEn  tekst.")
    second = read_text_article("Overskrift\ndate: 2024-01-01\n\nEn tekst.")
    assert first.id == second.id
