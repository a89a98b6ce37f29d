"""Actor mentions per sentence: the actors stage's entities, plus the pronouns it left open."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property

from spacy.tokens import Doc, Span

from kronist.events.lexicon import word_class
from kronist.events.syntax import FIRST_PERSON, PERSON_PRONOUNS, Mention
from kronist.model import Actor, Entity, Quote
from kronist.nlp.docs import doc_text, token_lowers

# the pronouns a mention may be read from (see `_pronoun_mention`)
POINTING_PRONOUNS = PERSON_PRONOUNS | {"de"} | FIRST_PERSON

GROUP_REACH = 300  # characters back from "de" to its group
LIST_COMMA_REACH = 8  # characters before a name where a list's comma may stand
PLURAL_ENDINGS = ("er", "erne", "ne")


class ActorIndex:
    """Entities of a document, their resolved actors, and the quotes they may speak in."""

    def __init__(self, doc: Doc, entities: list[Entity], quotes: list[Quote]):
        self.doc = doc
        self.entities = sorted(entities, key=lambda e: (e.start, -(e.end - e.start)))
        self.by_id = {e.id: e for e in entities}
        self.quotes = sorted(quotes, key=lambda q: q.start)
        # sorted keys for bisection: a long article has thousands of entities and events
        self._starts = [e.start for e in self.entities]
        self._quote_starts = [q.start for q in self.quotes]
        self._actors: dict[str, Actor | None] = {}
        self._texts: dict[str, list[str]] = {}
        self._persons: list[Entity] | None = None

    @cached_property
    def text(self) -> str:
        """The document's text, joined once (spaCy joins `doc.text` anew at every read)."""
        return doc_text(self.doc)

    def actor_of(self, entity: Entity | None) -> Actor | None:
        if entity is None:
            return None
        if entity.id not in self._actors:
            self._actors[entity.id] = self._follow_to_actor(entity)
        return self._actors[entity.id]

    def _follow_to_actor(self, entity: Entity | None) -> Actor | None:
        seen: set[str] = set()
        while entity is not None and entity.id not in seen:
            if entity.actor is not None:
                return entity.actor
            if entity.id in self._actors:
                return self._actors[entity.id]
            seen.add(entity.id)
            entity = self.by_id.get(entity.refers_to) if entity.refers_to else None
        return None

    def texts_of(self, entity: Entity | None) -> list[str]:
        """The entity's words and those of the entities it refers to ("de" -> "demonstranterne"),
        each once."""
        if entity is None:
            return []
        if entity.id not in self._texts:
            self._texts[entity.id] = self._follow_texts(entity)
        return self._texts[entity.id]

    def _follow_texts(self, entity: Entity | None) -> list[str]:
        texts: dict[str, None] = {}
        seen: set[str] = set()
        while entity is not None and entity.id not in seen:
            if entity.id in self._texts:  # the rest of the chain is known
                texts.update(dict.fromkeys(self._texts[entity.id]))
                break
            texts[entity.text] = None
            seen.add(entity.id)
            entity = self.by_id.get(entity.refers_to) if entity.refers_to else None
        return list(texts)

    def quote_at(self, char: int) -> Quote | None:
        index = bisect_right(self._quote_starts, char)
        # quotes do not overlap, but look a few back in case one does
        for quote in reversed(self.quotes[max(0, index - 3) : index]):
            if quote.start <= char < quote.end:
                return quote
        return None

    def speaker_actor(self, quote: Quote) -> Actor | None:
        if quote.speaker_actor is not None:
            return quote.speaker_actor
        return self.actor_of(self.by_id.get(quote.speaker_entity or ""))

    def countries(self) -> list[str]:
        """Countries of the article's actors, most mentioned first."""
        counts = Counter(
            actor.country
            for entity in self.entities
            if (actor := self.actor_of(entity)) is not None and actor.country
        )
        return [country for country, _ in counts.most_common()]

    def mentions_in(self, sent: Span) -> list[Mention]:
        mentions: list[Mention] = []
        covered: set[int] = set()
        first = bisect_left(self._starts, sent.start_char)
        for entity in itertools.islice(self.entities, first, None):
            if entity.start >= sent.end_char:
                break
            span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is None or covered & set(range(span.start, span.end)):
                continue
            covered |= set(range(span.start, span.end))
            mentions.append(
                Mention(span.start, span.end, entity, entity.text, self.actor_of(entity))
            )
        lowers = token_lowers(self.doc)
        pair_words = word_class(self.doc.lang_, "pair_pronouns").words
        for i in range(sent.start, sent.end):
            if i in covered or (lowers[i] not in POINTING_PRONOUNS and lowers[i] not in pair_words):
                continue
            mention = self._pronoun_mention(self.doc[i], sent)
            if mention is not None:
                mentions.append(mention)
        return mentions

    def _pronoun_mention(self, token, sent: Span) -> Mention | None:
        word = token.lower_
        if word in PERSON_PRONOUNS:
            person = self._last_person_before(token.idx)
            if person is not None:
                return Mention(token.i, token.i + 1, person, token.text, self.actor_of(person))
        pair_words = word_class(self.doc.lang_, "pair_pronouns").words
        end = token.i + 1 + self._pair_noun_after(token)  # "Begge parter afviser"
        if word in pair_words and (end > token.i + 1 or not _determiner(token)):
            group = self._last_group_before(token.idx) if word == "de" else None
            if group is not None:
                return Mention(token.i, token.i + 1, group, token.text, self.actor_of(group))
            pair = self._last_pair_before(token.idx)
            if pair is not None:
                first, second = pair
                partner = Mention(token.i, end, second, token.text, self.actor_of(second))
                return Mention(token.i, end, first, token.text, self.actor_of(first), (partner,))
            group = self._last_group_before(token.idx) if word != "de" else None
            if group is not None:  # "Frederiksen og Løkke ... Begge afviser": one side
                return Mention(token.i, end, group, token.text, self.actor_of(group))
        if word in FIRST_PERSON:
            speaker = self._first_person_speaker(token, sent)
            if speaker is not None:
                return Mention(token.i, token.i + 1, None, token.text, speaker)
        return None

    def _last_person_before(self, char: int) -> Entity | None:
        if self._persons is None:
            self._persons = [e for e in self.entities if e.label == "PER" and self.actor_of(e)]
            self._person_starts = [e.start for e in self._persons]
        for index in range(bisect_left(self._person_starts, char) - 1, -1, -1):
            if self._persons[index].end <= char:
                return self._persons[index]
        return None

    def _last_group_before(self, char: int) -> Entity | None:
        """E.g. "de" after "flere hundrede demonstranter": the nearest plural group before it."""
        for index in range(bisect_left(self._starts, char) - 1, -1, -1):
            entity = self.entities[index]
            if entity.end > char:
                continue
            if char - entity.end > GROUP_REACH:
                return None
            last = entity.text.split()[-1].lower() if entity.text.split() else ""
            if entity.label == "NOM" and last.endswith(PLURAL_ENDINGS) and self.actor_of(entity):
                return entity
            first = self._coordinated_before(index)
            if first is not None:
                return first
        return None

    def _pair_noun_after(self, token) -> int:
        """1 when a word for the two sides follows the pronoun ("begge parter", "begge lande")."""
        if token.i + 1 >= len(self.doc):
            return 0
        noun = self.doc[token.i + 1]
        subject = noun.dep_ in ("nsubj", "nsubj:pass")  # "opfordrer begge sider" addresses them
        return int(subject and noun.lower_ in word_class(self.doc.lang_, "pair_nouns").words)

    def _last_pair_before(self, char: int) -> tuple[Entity, Entity] | None:
        """ "Israel og Hamas beskylder hinanden ... Begge afviser": the nearest two named actors
        of two countries joined by "og", before any other named actor, that were a subject or
        the two sides "mellem" them."""
        for index in range(bisect_left(self._starts, char) - 1, 0, -1):
            second = self.entities[index]
            if second.end > char or second.label == "NOM" or not self.actor_of(second):
                continue
            if self._where_it_happened(second):  # "mødtes i Istanbul. Begge ..."
                continue
            if char - second.end > GROUP_REACH:
                return None
            first = self.entities[index - 1]
            between = self.text[first.end : second.start].strip().lower()
            pair = between in word_class(self.doc.lang_, "pair_joiners").words
            actors = self.actor_of(first), self.actor_of(second)
            if not pair or first.label == "NOM" or not all(actors) or self._listed(first):
                return None
            if not self._a_subject(first) and not self._between(first):
                return None  # "Begge" stand for the pair that did something, not one spoken of
            return (first, second) if actors[0].country != actors[1].country else None
        return None

    def _coordinated_before(self, index: int) -> Entity | None:
        """ "Venstre og Konservative blev kritiseret. De afviser kritikken": two named actors of
        one country joined by "og" are a group, the first standing for both; a pair of two
        countries, or the end of a longer list ("Canada, Frankrig, Spanien og Holland"), is no
        one actor."""
        second = self.entities[index]
        if index == 0 or second.label == "NOM":
            return None
        first = self.entities[index - 1]
        text = self.text
        between = text[first.end : second.start].strip().lower()
        if first.label == "NOM" or between not in word_class(self.doc.lang_, "pair_joiners").words:
            return None
        if self._listed(first):
            return None
        actors = self.actor_of(first), self.actor_of(second)
        if not all(actors) or actors[0].country != actors[1].country:
            return None
        return first

    def _between(self, entity: Entity) -> bool:
        """ "Mødet mellem Trump og Putin": the two sides of what happened."""
        return self._word_before(entity) in word_class(self.doc.lang_, "between_words").words

    def _where_it_happened(self, entity: Entity) -> bool:
        locatives = word_class(self.doc.lang_, "location_prepositions").words
        return entity.label == "LOC" and self._word_before(entity) in locatives

    def _word_before(self, entity: Entity) -> str:
        words = self.text[max(0, entity.start - LIST_COMMA_REACH) : entity.start].split()
        return words[-1].lower() if words else ""

    def _a_subject(self, entity: Entity) -> bool:
        span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
        return span is not None and any(t.dep_ in ("nsubj", "nsubj:pass") for t in span)

    def _listed(self, entity: Entity) -> bool:
        """The entity ends a longer list ("Canada, Frankrig, Spanien og Holland")."""
        before = self.text[max(0, entity.start - LIST_COMMA_REACH) : entity.start]
        return before.rstrip().endswith(",")

    def _first_person_speaker(self, token, sent: Span) -> Actor | None:
        quote = self.quote_at(token.idx)
        if quote is not None:
            return self.speaker_actor(quote)
        return self._headline_speaker(token, sent)

    def _headline_speaker(self, token, sent: Span) -> Actor | None:
        """E.g. "USA's forsvarsminister: Vi sender ...": the words before the colon speak."""
        colon = next((t for t in sent if t.text == ":" and t.i < token.i), None)
        start = sent.start_char
        if colon is None:  # a parser may end the sentence at the colon
            previous = self.doc[sent.start - 1] if sent.start > 0 else None
            if previous is None or previous.text != ":" or token.i - sent.start > 1:
                return None
            colon, start = previous, previous.sent.start_char
        before = [e for e in self.entities if start <= e.start < colon.idx]
        for entity in reversed(before):
            actor = self.actor_of(entity)
            if actor is not None:
                return actor
        return None


def _determiner(token) -> bool:
    """ "de amerikanske krav": the article of a noun phrase, no pronoun pointing back."""
    if token.pos_ != "DET" or token.dep_ != "det":
        return False
    return token.head.pos_ not in ("VERB", "AUX")  # "Begge afviste": a misread subject
