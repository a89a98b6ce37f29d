"""Quotes in quotation marks: »…«, “…”, „…“, "…", and '…' only when clearly a quotation."""

from __future__ import annotations

from kronist.quotes import find_quotes
from kronist.quotes.marks import find_marked_spans
from kronist.quotes.text import paragraphs


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text, paragraphs(text))]


def sentence_with(doc, words: str) -> int:
    return next(i for i, s in enumerate(doc.sents) if words in s.text)


def test_guillemets_with_tail_give_text_offsets_speaker_and_channel(parse):
    doc = parse(
        "Grænsen åbner", "»Vi åbner grænsen i morgen«, siger statsminister Lars Hansen til DR."
    )
    [quote] = find_quotes(doc, [], "da")
    assert quote.text == "Vi åbner grænsen i morgen"
    assert quote.speaker == "statsminister Lars Hansen"
    assert quote.channel == "DR"
    assert doc.text[quote.start : quote.end] == quote.text
    assert quote.sentence == sentence_with(doc, "»Vi åbner")
    assert quote.id == "q1"


def test_curly_quotes_and_platform_channel(quotes):
    [quote] = quotes("Opslag", "“Vi er klar til at forhandle”, skriver Jens Olsen på Facebook.")
    assert quote.text == "Vi er klar til at forhandle"
    assert quote.speaker == "Jens Olsen"
    assert quote.channel == "Facebook"


def test_straight_quotes(quotes):
    [quote] = quotes("Storm", '"Det er en katastrofe for byen", sagde borgmesteren onsdag.')
    assert quote.text == "Det er en katastrofe for byen"
    assert quote.speaker == "borgmesteren"
    assert quote.channel is None


def test_low_high_quotes():
    assert spans("„Vi bliver“, sagde hun.") == ["Vi bliver"]


def test_norwegian_style_guillemets():
    assert spans("«Vi bliver», sagde hun.") == ["Vi bliver"]


def test_quote_over_several_sentences_starts_in_its_first_sentence(parse):
    body = (
        "Ministeren var tydeligt berørt.\n\n"
        "»Vi har mistet tre kolleger. Det er en sort dag. Vi sørger sammen«, siger ministeren."
    )
    doc = parse("Sorg", body)
    [quote] = find_quotes(doc, [], "da")
    assert quote.text == "Vi har mistet tre kolleger. Det er en sort dag. Vi sørger sammen"
    assert quote.sentence == sentence_with(doc, "»Vi har mistet")
    assert quote.sentence < sentence_with(doc, "Vi sørger sammen")
    assert quote.speaker == "ministeren"


def test_apostrophes_are_not_quotes(quotes):
    body = (
        "USA's præsident besøgte Field's og Jens' butik i 'Aarhus'erne, og musikken fra "
        "'90'erne spillede, mens kunderne handlede."
    )
    assert spans(body) == []
    assert quotes("Besøg", body) == []


def test_single_quotes_inside_a_sentence_are_scare_quotes(quotes):
    body = "Præsidenten skrev, at landet skal 'tage ansvar' for angrebet."
    assert quotes("Krav", body) == []


def test_single_quotes_as_a_whole_tagged_statement(quotes):
    [quote] = quotes("Krav", "'Vi tager ansvar for angrebet', skriver gruppen på Telegram.")
    assert quote.text == "Vi tager ansvar for angrebet"
    assert quote.speaker == "gruppen"
    assert quote.channel == "Telegram"


def test_fragment_in_an_attributed_sentence_is_a_quote(quotes):
    [quote] = quotes("Uro", 'Ifølge politiet var der tale om "en ren undtagelse" lørdag.')
    assert quote.text == "en ren undtagelse"
    assert quote.speaker == "politiet"


def test_names_and_unattributed_fragments_are_not_quotes(quotes):
    body = (
        'Fregatten "Absalon" sejlede ud, oplyser Forsvaret.\n\n'
        "Den såkaldte »kontrolpakke« blev vedtaget i går."
    )
    assert quotes("Flåden", body) == []


def test_capitalised_short_statement_after_at_is_a_quote(quotes):
    body = 'Nyhedsbureauet Tasnim skriver på Telegram, at "Hævnen er begyndt". Mere følger.'
    [quote] = quotes("Angreb", body)
    assert quote.text == "Hævnen er begyndt"
    assert quote.speaker == "Nyhedsbureauet Tasnim"


def test_title_at_sentence_start_is_not_a_quote(quotes):
    assert quotes("Tv", "»Matador« er en af de mest sete serier i dansk tv.") == []


def test_quotes_nested_in_quotes_are_part_of_the_outer_quote(quotes):
    body = "»Han råbte 'stop' til mig«, siger vidnet til TV 2."
    [quote] = quotes("Vidne", body)
    assert quote.text == "Han råbte 'stop' til mig"
    assert quote.channel == "TV 2"


def test_a_quote_runs_on_into_the_next_paragraph(quotes):
    body = (
        "Vagtchef Jens Hansen siger:\n\n"
        "»Vi efterforsker sagen grundigt. Det er alvorligt.\n\n"
        "Vi ved endnu ikke, hvem de er.«\n\n"
        "Politiet vil ikke sige mere."
    )
    found = quotes("Anholdt", body)
    assert [q.text for q in found] == [
        "Vi efterforsker sagen grundigt. Det er alvorligt.",
        "Vi ved endnu ikke, hvem de er.",
    ]
    assert {q.speaker for q in found} == {"Vagtchef Jens Hansen"}
