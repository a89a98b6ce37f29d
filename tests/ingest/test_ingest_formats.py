import datetime as dt
import gzip
import io
import shutil

import pytest
from ingest_helpers import documents, errors
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kronist.ingest import read_file


def test_jsonl_reads_good_lines_and_reports_bad_ones_with_line_numbers(fixtures):
    items = list(read_file(fixtures / "artikler.jsonl"))
    docs = documents(items)
    assert [doc.title for doc in docs] == [
        "Færgen til Ærø aflyst på grund af storm",
        "Ny direktør for Odense Zoo",
        "Kommune lukker svømmehal",
    ]
    first, second, third = docs
    assert first.id == "fyn-001"
    assert first.published == dt.date(2024, 1, 17)
    assert first.source == "Fyns Nyt"
    assert first.url == "https://www.fynsnyt.example/faerge-aflyst"
    assert first.text.split("\n\n")[1] == "Rederiet venter at sejle igen torsdag morgen."
    # headline/body/date aliases, extra fields kept as strings
    assert second.text.startswith("Bestyrelsen har ansat")
    assert (second.published, second.published_precision) == (dt.date(2024, 2, 1), "month")
    assert second.meta == {"section": "Fyn", "words": "12"}
    assert third.text.startswith("Svømmehallen") and third.published is None

    bad = errors(items)
    assert [(error.line, error.fatal) for error in bad] == [(2, True), (5, True), (6, True)]
    assert bad[0].message.startswith("not valid JSON (Expecting ',' delimiter")
    assert "no article text" in bad[1].message and "body" in bad[1].message
    assert "expected a JSON object" in bad[2].message
    assert all(error.path == str(fixtures / "artikler.jsonl") for error in bad)


def test_json_list_of_objects(fixtures):
    first, second = documents(read_file(fixtures / "artikler.json"))
    assert first.title == "Vejdirektoratet varsler glatte veje i Nordjylland"
    assert first.published == dt.date(2024, 12, 5)
    assert first.source == "nordvejr.example"
    assert first.language == "da"
    assert second.title == "Lokal bager vinder Danmarks bedste rugbrød"
    assert (second.published, second.published_precision) == (dt.date(2024, 12, 5), "day")
    assert second.meta["tags"] == "mad, Skive"


def test_json_single_object(tmp_path):
    path = tmp_path / "en.json"
    path.write_text('{"title": "Overskrift", "text": "Brødtekst.", "date": "2024-06"}', "utf-8")
    [document] = list(read_file(path))
    assert document.text == "Brødtekst."
    assert document.published_precision == "month"


def test_json_with_several_objects_is_read_as_json_lines(tmp_path):
    path = tmp_path / "flere.json"
    path.write_text('{"text": "Første."}\n{"text": "Anden."}\n', "utf-8")
    assert [doc.text for doc in documents(read_file(path))] == ["Første.", "Anden."]


def test_html_page_main_text_and_metadata_without_boilerplate(fixtures):
    [document] = list(read_file(fixtures / "havnebrand.html"))
    assert document.title == "Brand i pakhus ved Aarhus Havn: Tre personer evakueret"
    assert document.published == dt.date(2024, 3, 14)
    assert document.published_precision == "day"
    assert document.url.endswith("/brand-i-pakhus-ved-aarhus-havn/12345")
    assert document.source == "Jyllands Dagblad"
    assert document.language == "da"
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0].startswith("En kraftig brand i et pakhus")
    assert "- Vi tog ingen chancer, fordi røgen drev direkte ind over boligerne, siger han." in (
        paragraphs
    )
    assert paragraphs[-1].startswith("Havnens direktør")
    for boilerplate in ("Log ind", "cookies", "Læs også", "Privatlivspolitik", "chefredaktør"):
        assert boilerplate not in document.text
    assert document.title not in document.text  # the <h1> is the title, not a paragraph


def test_html_page_date_is_not_guessed_from_a_copyright_year(tmp_path):
    sentence = (
        "Politiet rykkede i nat ud til en brand i en lejlighed i Aarhus, og ingen kom til skade. "
    )
    path = tmp_path / "side.html"
    path.write_text(
        f"<html><body><article><h1>Brand i lejlighed</h1><p>{sentence * 3}</p></article>"
        "<footer>© 2021 Avisen A/S</footer></body></html>",
        "utf-8",
    )
    [document] = list(read_file(path))
    assert document.title == "Brand i lejlighed"
    assert document.published is None


def test_rss_feed_entries(fixtures):
    first, second = documents(read_file(fixtures / "kystnyt.rss"))
    assert first.title == "Redningsbåd hentede to kajakroere i land ved Hvide Sande"
    assert first.url == "https://kystnyt.example/redning-hvide-sande"
    assert first.source == "Kystnyt"
    assert first.published == dt.date(2024, 7, 6)
    # content:encoded wins over description; HTML paragraphs become blank-line paragraphs
    assert first.text.split("\n\n") == [
        "To kajakroere blev lørdag eftermiddag reddet i land af Hvide Sande Redningsstation.",
        "De to mænd var kæntret cirka 500 meter fra kysten, oplyser Vestjyllands Politi.",
        "- De var heldigvis iført redningsveste, siger stationslederen.",
    ]
    assert second.text.startswith("Elleve strande i Gribskov og Halsnæs kommuner har fået blåt")
    assert "<" not in second.text
    assert second.published == dt.date(2024, 6, 3)


def test_atom_feed_entries(fixtures):
    first, second = documents(read_file(fixtures / "sundhed.atom"))
    assert first.title == "Region Midtjylland åbner ny akutklinik i Silkeborg"
    assert first.source == "Sundhedsavisen"
    assert first.published == dt.date(2024, 5, 1)  # published, not updated
    assert first.text == (
        "Den nye akutklinik på Silkeborg Regionshospital åbner den 1. juni.\n\n"
        "Klinikken får åbent døgnet rundt."
    )
    assert first.meta["author"] == "Sofie Dahl"
    assert second.published == dt.date(2024, 4, 28)  # only updated given
    assert second.text.startswith("Tilslutningen til HPV-vaccinen")


def test_feed_sniffed_in_a_file_without_extension(fixtures, tmp_path):
    shutil.copy(fixtures / "kystnyt.rss", tmp_path / "feed")
    assert len(documents(read_file(tmp_path / "feed"))) == 2


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><data><x>1</x></data>", "utf-8")
    [error] = list(read_file(path))
    assert error.fatal and "not an RSS or Atom feed" in error.message


def _write_warc(path, fixtures) -> None:
    page = (fixtures / "havnebrand.html").read_bytes()
    undated = (
        "<html><head><title>Vindmøller</title></head><body><article><h1>Vindmøller</h1>"
        "<p>Energistyrelsen har godkendt en ny havvindmøllepark ud for Thyborøn, som skal levere "
        "strøm til 300.000 husstande fra 2028.</p><p>Projektet har været undervejs i seks år og "
        "har mødt modstand fra lokale fiskere, der frygter for deres fangstområder.</p>"
        "</article></body></html>"
    ).encode()
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        _add_page(writer, "https://jyllandsdagblad.example/a/1", page, "2024-03-15T10:00:00Z")
        _add_page(writer, "https://energi.example/vind", undated, "2024-04-02T12:00:00Z")
        _add_page(
            writer,
            "https://energi.example/logo.png",
            b"\x89PNG\r\n",
            "2024-04-02T12:00:01Z",
            content_type="image/png",
        )
        writer.write_record(
            writer.create_warc_record(
                "https://energi.example/vind",
                "request",
                payload=io.BytesIO(b"GET /vind HTTP/1.1\r\n\r\n"),
            )
        )


def _add_page(writer, uri, payload, warc_date, content_type="text/html; charset=utf-8"):
    http_headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(payload),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": warc_date},
    )
    writer.write_record(record)


def test_warc_gz_html_responses_become_documents(fixtures, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, fixtures)
    items = list(read_file(path))
    assert not errors(items)
    first, second = documents(items)
    assert first.url == "https://jyllandsdagblad.example/a/1"  # WARC-Target-URI
    assert first.meta["canonical_url"].endswith("/brand-i-pakhus-ved-aarhus-havn/12345")
    assert first.published == dt.date(2024, 3, 14)  # the page's own date wins
    assert first.title.startswith("Brand i pakhus")
    assert second.url == "https://energi.example/vind"
    assert second.published == dt.date(2024, 4, 2)  # from WARC-Date
    assert second.source == "energi.example"
    assert "havvindmøllepark" in second.text
    assert first.path == second.path == str(path)


def test_gzipped_text_and_jsonl_are_read_by_their_inner_extension(fixtures, tmp_path):
    for name in ("skolebrand.txt", "artikler.jsonl", "kystnyt.rss"):
        (tmp_path / f"{name}.gz").write_bytes(gzip.compress((fixtures / name).read_bytes()))
    plain = documents(read_file(fixtures / "skolebrand.txt"))
    [unzipped] = documents(read_file(tmp_path / "skolebrand.txt.gz"))
    assert unzipped.model_dump(exclude={"path"}) == plain[0].model_dump(exclude={"path"})
    assert len(documents(read_file(tmp_path / "artikler.jsonl.gz"))) == 3
    assert [e.line for e in errors(read_file(tmp_path / "artikler.jsonl.gz"))] == [2, 5, 6]
    assert len(documents(read_file(tmp_path / "kystnyt.rss.gz"))) == 2


def test_warc_page_without_article_is_skipped_with_a_warning(tmp_path):
    path = tmp_path / "tom.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        empty = b"<html><body><nav><a href='/'>Forside</a></nav></body></html>"
        _add_page(writer, "https://avis.example/", empty, "2024-01-01T00:00:00Z")
    warning, error = list(read_file(path))
    assert not warning.fatal and "https://avis.example/" in warning.message
    assert error.fatal and error.message == "no articles found"


@pytest.mark.parametrize("name", ["falsk.warc", "falsk.warc.gz"])
def test_file_that_is_not_a_warc(fixtures, tmp_path, name):
    data = (fixtures / "skolebrand.txt").read_bytes()
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    [error] = list(read_file(tmp_path / name))
    assert error.fatal and error.message.startswith("not a WARC file")
