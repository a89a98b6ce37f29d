"""The batch's de-duplication decides what Store.add does with the same documents in order."""

from __future__ import annotations

import random

import pytest
from sqlalchemy.exc import IntegrityError
from tests.conftest import build_analysis

from kronist import dedup
from kronist.batch.neardup import InputOrderDedup
from kronist.batch.tables import minhash_of
from kronist.store import Store

VOCABULARY = (
    "regeringen politiet borgmesteren demonstranter ministeren havnen byrådet skolen hospitalet "
    "soldater udtalte kritiserede mødtes besluttede afviste foreslog mandag tirsdag onsdag i på "
    "med om mod efter før under over nye gamle store små flere kommunen landet byen regionen "
    "aftalen planen loven budgettet strejken branden ulykken valget mødet protesten"
)
WORDS = VOCABULARY.split()


def words(seed: int, count: int = 200) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(WORDS) for _ in range(count)]


def changed(text: list[str], positions: list[int], mark: str) -> list[str]:
    out = list(text)
    for position in positions:
        out[position] = f"ændret{mark}{position}"
    return out


def analysis(doc_id: str, text: list[str], title: str = "Nyhed"):
    built = build_analysis(title, " ".join(text))
    document = built.document.model_copy(update={"id": doc_id})
    events = [e.model_copy(update={"id": f"{doc_id}-{e.id}"}) for e in built.events]
    return built.model_copy(update={"document": document, "events": events})


@pytest.fixture
def documents():
    first = words(3)
    copy = changed(first, [20, 60, 100], "b")  # a near-duplicate of `first`
    copy_of_copy = changed(copy, [140, 180], "c")  # near `copy`, no longer near `first`
    return [
        analysis("forste", first),
        analysis("anden", words(4)),
        analysis("kopi", copy),
        analysis("kopi-af-kopi", copy_of_copy),
        analysis("samme-tekst", first),  # exact duplicate
        analysis("anden", words(5)),  # the id of another document, other text
    ]


def test_decisions_match_store_add_document_by_document(documents, tmp_path):
    dedup_ = InputOrderDedup()
    with Store(str(tmp_path / "kronist.db")) as store:
        for number, item in enumerate(documents, start=1):
            minhash, keys = minhash_of(item)
            document = item.document
            decision = dedup_.decide(document.id, document.content_hash, minhash, keys, (0, number))
            try:
                stored = store.add(item)
            except IntegrityError:
                assert not decision.keep and decision.error["fatal"]
                continue
            if stored.status == "duplicate":
                assert not decision.keep and not decision.error["fatal"]
                first = stored.document_id
                assert decision.error["reason"].startswith(f"same text as document {first}")
                continue
            assert decision.keep
            assert (decision.duplicate_of, decision.similarity) == (
                stored.duplicate_of,
                stored.similarity,
            )


def test_a_copy_of_a_copy_links_to_the_first_copy(documents):
    dedup_ = InputOrderDedup()
    links = {}
    for number, item in enumerate(documents[:4], start=1):
        minhash, keys = minhash_of(item)
        document = item.document
        decision = dedup_.decide(document.id, document.content_hash, minhash, keys, (0, number))
        links[document.id] = decision.duplicate_of
    assert links == {"forste": None, "anden": None, "kopi": "forste", "kopi-af-kopi": "forste"}
    first, _, _, last = (dedup.signature(d.document.full_text) for d in documents[:4])
    assert dedup.similarity(first, last) < dedup.THRESHOLD  # linked through "kopi"
