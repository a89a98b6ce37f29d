"""Dash-led speech paragraphs and speaker-colon headlines."""

from __future__ import annotations


def test_dash_paragraph_with_tail(quotes):
    body = "Politiet rykkede ud i nat.\n\n- Vi har anholdt to mænd, siger vagtchef Per Berg."
    [quote] = quotes("Anholdelser", body)
    assert quote.text == "Vi har anholdt to mænd"
    assert quote.speaker == "vagtchef Per Berg"


def test_en_dash_and_question_tail(quotes):
    [quote] = quotes("Spørgsmål", "– Hvorfor skulle vi vente? spørger Maria Holm.")
    assert quote.text == "Hvorfor skulle vi vente?"
    assert quote.speaker == "Maria Holm"


def test_dash_paragraph_without_tail_takes_the_preceding_attribution(quotes):
    body = (
        "Tidligere på dagen erkendte beredskabschef Ole Dam, at branden var svær at slukke.\n\n"
        "- Vinden gjorde det meget vanskeligt for mandskabet."
    )
    [quote] = quotes("Brand", body)
    assert quote.text == "Vinden gjorde det meget vanskeligt for mandskabet."
    assert quote.speaker == "beredskabschef Ole Dam"


def test_run_of_dash_paragraphs_takes_the_tag_of_the_next(quotes):
    body = (
        "Skolen lukker efter sommerferien.\n\n"
        "- Det er en trist dag for hele byen.\n\n"
        "- Men vi har ikke råd til at holde den åben, siger formand Anne Holm."
    )
    first, second = quotes("Skole lukker", body)
    assert first.text == "Det er en trist dag for hele byen."
    assert first.speaker == second.speaker == "formand Anne Holm"
    assert second.text == "Men vi har ikke råd til at holde den åben"


def test_dash_paragraphs_continue_one_speaker(quotes):
    body = (
        "- Vi har aldrig set noget lignende, siger kaptajn Bo Lind.\n\n"
        "- Bølgerne var over ti meter høje."
    )
    first, second = quotes("Storm", body)
    assert second.speaker == first.speaker == "kaptajn Bo Lind"


def test_tag_in_its_own_sentence(quotes):
    [quote] = quotes("Kritik", "- Det er helt uacceptabelt. Det siger Lone Krag til TV 2.")
    assert quote.text == "Det er helt uacceptabelt."
    assert quote.speaker == "Lone Krag"
    assert quote.channel == "TV 2"


def test_tag_then_more_speech_in_the_same_paragraph(quotes):
    body = "- Vi er glade, siger Lis Berg og tilføjer: - Nu kan vi endelig bygge."
    first, second = quotes("Byggeri", body)
    assert first.text == "Vi er glade"
    assert second.text == "Nu kan vi endelig bygge."
    assert second.speaker == "Lis Berg"


def test_bullet_points_are_not_speech(quotes):
    body = "Fakta om sagen:\n\n- 2019: Første anmeldelse\n\n- 2021: Tiltale"
    assert quotes("Sagen", body) == []


def test_inner_dashes_do_not_start_quotes(quotes):
    body = "Vejret var - som ventet - koldt, og temperaturen faldt til -5 grader."
    assert quotes("Vejr", body) == []


def test_headline_with_speaker_and_colon(quotes):
    [quote] = quotes("Forsvarschefen: Vi sender tre skibe til Østersøen", "Skibene sejler i dag.")
    assert quote.text == "Vi sender tre skibe til Østersøen"
    assert quote.speaker == "Forsvarschefen"
    assert quote.sentence == 0


def test_headline_genre_label_is_not_a_speaker(quotes):
    assert quotes("Analyse: Regeringen står svagt efter valget", "Valget er afgjort.") == []


def test_headline_speaker_before_marked_quote(quotes):
    [quote] = quotes("Borgmesteren: »Vi bygger ny skole«", "Skolen står klar i 2030.")
    assert quote.text == "Vi bygger ny skole"
    assert quote.speaker == "Borgmesteren"


def test_bullet_list_after_a_heading_is_not_speech(quotes):
    body = (
        "Myndighederne beder borgerne blive inde.\n\n"
        "Sådan beskytter du dig:\n\n"
        "- Luk vinduer og døre.\n\n"
        "- Sluk for ventilationen i huset."
    )
    assert quotes("Røg over byen", body) == []


def test_dash_speech_after_an_introducing_colon(quotes):
    body = "Skolelederen forklarer:\n\n- Vi har ganske enkelt ikke flere lærere."
    [quote] = quotes("Skole", body)
    assert quote.speaker == "Skolelederen"


def test_headline_quote_then_colon_and_speaker(quotes):
    [quote] = quotes("»Vi er chokerede«: Forældre raser over lukning", "Skolen lukker.")
    assert quote.text == "Vi er chokerede"
    assert quote.speaker == "Forældre"


def test_headline_speaker_is_cut_before_a_preposition(quotes):
    [quote] = quotes("Ministeren til Folketinget: Vi skal spare to milliarder", "Kravet kom i nat.")
    assert quote.speaker == "Ministeren"


def test_dash_line_glued_to_the_paragraph_before(quotes):
    body = (
        "Politiet oplyste tirsdag, at tre er anholdt.\n"
        "- Vi efterforsker sagen grundigt, siger vagtchef Jens Hansen."
    )
    [quote] = quotes("Anholdt", body)
    assert quote.text == "Vi efterforsker sagen grundigt"
    assert quote.speaker == "vagtchef Jens Hansen"


def test_dash_after_a_sentence_end_in_the_same_paragraph(quotes):
    body = "Tre er anholdt. - Vi efterforsker sagen, siger vagtchef Jens Hansen."
    [quote] = quotes("Anholdt", body)
    assert quote.speaker == "vagtchef Jens Hansen"


def test_a_dash_inside_a_sentence_is_no_speech(quotes):
    assert quotes("Valg", "Partiet fik 20 procent – et dårligt valg. Formanden bliver.") == []
