"""Headlines rebuilt from a page address take the article's own spellings."""

from kronist.ingest import read_text_article
from kronist.ingest.headline import looks_like_slug, repair_slug_title

BODY = (
    "Tusindvis af demonstranter forsøgte tirsdag at trænge ind på USA's ambassade i Irak. "
    "Politiet i Bagdad anholdt flere. På fredag holder Irak valg."
)


def test_words_take_the_body_spelling():
    title = repair_slug_title("demonstranter forsoegte at storme usas ambassade i irak", BODY)
    assert title == "Demonstranter forsøgte at storme USA's ambassade i Irak"


def test_genitive_of_a_name_the_body_only_has_bare():
    body = "Stormen mod ambassaden skete i Kabul i går."
    assert repair_slug_title("kabuls ambassadekvarter rystet", body) == (
        "Kabuls ambassadekvarter rystet"
    )


def test_dictionary_respells_words_the_body_lacks():
    known = {"dræbte", "på"}
    title = repair_slug_title("to draebte paa moede", BODY, is_word=known.__contains__)
    assert title == "To dræbte på moede"


def test_a_sentence_initial_dictionary_word_stays_lower_case():
    title = repair_slug_title("valg paa fredag", BODY, is_word={"på"}.__contains__)
    assert title == "Valg på fredag"


def test_what_looks_like_a_slug():
    assert looks_like_slug("demonstranter forsoegte at storme ambassaden", BODY)
    assert not looks_like_slug("Demonstranter forsøgte at storme ambassaden", BODY)
    assert not looks_like_slug("Irak: Demonstranter stormer ambassaden", BODY)


def test_marked_headline_is_repaired_and_the_address_title_kept():
    text = (
        "demonstranter forsoegte at storme usas ambassade i irak [title from URL slug]\n"
        "date: 2019-12-31\n\n" + BODY
    )
    document = read_text_article(text)
    assert document.title == "Demonstranter forsøgte at storme USA's ambassade i Irak"
    assert document.meta["url_title"] == "demonstranter forsoegte at storme usas ambassade i irak"
