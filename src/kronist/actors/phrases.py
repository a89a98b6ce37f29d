"""Nominal actor phrases built around role nouns.

    [determiners, modifiers, country adjective | possessor's genitive] ROLE [Name]
        [preposition [determiners, modifiers] (Name | ROLE phrase)]

"den amerikanske ambassade", "Iraks premierminister Adel Abdul Mahdis kontor",
"en talsmand fra det amerikanske udenrigsministerium", "Taleban-styrker",
"vagtchef Henrik Stormer ved Københavns Politi". The phrase's actor takes its sector from the
role noun (or, for a spokesperson, office or leader, from what it belongs to) and its country
from an adjective, a genitive possessor, the organisation it belongs to or a name in apposition.
A name in apposition gets the phrase's actor and the phrase itself is not reported apart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kronist.actors.lexicon import Role, RoleMatch
from kronist.actors.mentions import Mention, Resources, named_actor, nominal_actor
from kronist.actors.named import person_actor
from kronist.model import Actor
from kronist.nlp.docs import alpha_or_space, token_lemmas, token_lowers, token_texts

MAX_DEPTH = 2
MAX_PORTFOLIO = 6  # lower-case words of a title's portfolio ("for teknik og miljø")
RELATIVE_REACH = 6  # tokens after "der er", "som leder" within which the role phrase must start
YEAR_RANGE = range(1900, 2100)
TAGGED_MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})
VERBAL_POS = frozenset({"VERB", "AUX"})
FORMER = "ELI"
ARMED_FORCES = frozenset({"MIL"})  # role sectors that an armed group's own forces take over


@dataclass
class Left:
    start: int
    country: str | None = None
    possessor: Mention | None = None
    modifiers: list[str] = field(default_factory=list)


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


class PhraseBuilder:
    """Builds the nominal phrases of one document, given its named mentions."""

    def __init__(self, doc: Doc, res: Resources, named: list[Mention], day: dt.date | None):
        self.doc = doc
        self.res = res
        self.day = day
        self.named_at_start = {m.start: m for m in named}
        self.named_at_end = {m.end: m for m in named}
        self.taken = {i for m in named for i in range(m.start, m.end)}
        self.phrase_at_end: dict[int, Mention] = {}
        self.used_heads: set[int] = set()
        self.built: list[Mention] = []
        self.heads = self._find_heads()

    def build(self) -> list[Mention]:
        phrases = []
        for head in sorted(self.heads):
            if head in self.used_heads or self._modifies_next_head(head):
                continue
            phrase = self.phrase_at(head, depth=0)
            if phrase is not None:
                phrases.append(phrase)
        self._relative_appositions()
        return _outermost(phrases)

    # --- heads -------------------------------------------------------------------------
    def _find_heads(self) -> dict[int, tuple[RoleMatch, str | None]]:
        """Role nouns and inhabitant nouns ("amerikaneren": USA civilians) outside names."""
        heads = {}
        words = zip(
            token_texts(self.doc),
            token_lowers(self.doc),
            token_lemmas(self.doc),
            alpha_or_space(self.doc),
            strict=True,
        )
        for i, (text, lower, lemma, (alpha, _space)) in enumerate(words):
            if i in self.taken or not alpha and "-" not in text:
                continue
            country = self.res.countries.inhabitant(text)
            if country is not None:
                role = Role(lower, ("CVL",), "person", frozenset())
                genitive = lower.endswith("s") and not lower.endswith("ss")
                heads[i] = (RoleMatch(role, lower, genitive, True, False), country)
                continue
            match = self.res.roles.lookup(text, lemma)
            if match is not None and not self._read_as_verb(i, match):
                heads[i] = (match, None)
        return heads

    def _read_as_verb(self, i: int, match: RoleMatch) -> bool:
        """An ambiguous role word tagged as a verb is one ("forsker i"), unless it is a compound,
        which no verb is ("seniorforsker"), or a title right before a person's name ("siger
        forsker Signe Holm")."""
        if not match.role.ambiguous or self.doc[i].pos_ not in VERBAL_POS:
            return False
        return not self._plainly_a_role(i, match)

    def _plainly_a_role(self, i: int, match: RoleMatch) -> bool:
        following = self.named_at_start.get(i + 1)
        title = following is not None and following.label == "PER"
        return bool(match.compound or match.prefix or title)

    def _modifies_next_head(self, head: int) -> bool:
        """A role word in adjective form before another role noun modifies it: "den militante
        (islamistiske) gruppe", "civile ofre"."""
        if not self._adjective_like(head):
            return False
        j = head + 1
        while j < len(self.doc) and not self.doc[j].is_sent_start:
            if j in self.heads:
                following, _ = self.heads[j]
                if following.definite:
                    return False  # "opfordrer forskere regeringen": no adjective before "-en"
                named = self.named_at_start.get(j + 1) is not None  # "gruppe Kataib Hizbollah"
                return named or not (following.role.ambiguous and following.bare)
            if not self._is_modifier(j):
                return False
            j += 1
        return False

    def _adjective_like(self, i: int) -> bool:
        """ "militante", "civile": a bare role form that can stand as an adjective."""
        if i not in self.heads:
            return False
        match, _ = self.heads[i]
        return match.bare and not match.genitive and match.surface.endswith("e")

    def _is_modifier(self, i: int) -> bool:
        token = self.doc[i]
        word = token.lower_
        grammar = self.res.grammar
        return (
            word in grammar.determiners
            or word in grammar.modifiers
            or self.res.countries.adjective(word) is not None
            or (token.pos_ in TAGGED_MODIFIER_POS and not self._participle_of_a_verb(i))
            or (token.like_num and not _looks_like_year(token.text))
            or any(pattern.match(word) for pattern in self.res.grammar.modifier_patterns)
        )

    def _participle_of_a_verb(self, i: int) -> bool:
        """ "Taleban har forbudt piger at ...": after "har" a word the tagger calls an adjective
        is the verb's participle, not a modifier of the noun after it."""
        return i > 0 and self.doc[i - 1].lower_ in self.res.grammar.perfect_auxiliaries

    # --- one phrase ----------------------------------------------------------------------
    def phrase_at(self, head: int, depth: int) -> Mention | None:
        match, fixed_country = self.heads[head]
        left = self._left(head)
        if match.role.ambiguous and match.bare and not self._has_support(left, head, match):
            return None
        if match.role.event_noun and not self._acts(head, left, match):
            return None
        self.used_heads.add(head)
        phrase = Mention(left.start, head + 1, "NOM", "role", role=match, genitive=match.genitive)
        phrase.titles = {match.title}
        phrase.country = fixed_country
        end = head + 1
        apposed = self._apposed_name(head, match)
        if apposed is not None:
            end = apposed.end
        complement, location, end = self._complement(end, match, depth)
        if apposed is None and match.role.kind == "person":
            apposed = self._name_after_complement(complement or location, match)
            end = apposed.end if apposed is not None else end
        self._set_actor(phrase, left, match, complement, location, apposed)
        phrase.owner = _owner(complement, left)
        phrase.end = max(end, head + 1)
        if apposed is not None:
            phrase.genitive = apposed.genitive
            phrase.emit = False
            self._give_to_name(apposed, phrase, match, left)
        elif match.role.kind == "person":
            after = location.end if location is not None else self._past_portfolio(phrase.end)
            self._comma_apposition(phrase, head, left, match, after)
        self.phrase_at_end[phrase.end] = phrase
        self.built.append(phrase)
        return phrase

    def _has_support(self, left: Left, head: int, match: RoleMatch) -> bool:
        """An ambiguous bare noun ("styrker", "leder") needs a determiner, modifier or owner.
        Right after a name that is no genitive it is that name's verb ("Kreml anklager Kyiv")."""
        before = self.named_at_end.get(head)
        if left.start == head and before is not None and not before.genitive:
            return False
        if self.doc[head].pos_ in ("NOUN", "PROPN") or left.possessor:
            return True
        if self._plainly_a_role(head, match):
            return True
        pronouns = self.res.grammar.pronoun_determiners
        return any(word not in pronouns for word in left.modifiers)

    def _acts(self, head: int, left: Left, match: RoleMatch) -> bool:
        """A noun that also names an event ("demonstration") is an actor only as the subject of
        a verb ("demonstrationen bevægede sig mod ambassaden"), not in "deltog i en fredelig
        demonstration". Without a parser: a definite form not after a preposition."""
        following = self.doc[head + 1].lower_ if head + 1 < len(self.doc) else ""
        if following in self.res.grammar.content_prepositions:
            return False  # "anklagerne om spionage": what is alleged, not who alleges
        if self.doc.has_annotation("DEP"):
            return self.doc[head].dep_ in SUBJECT_DEPS
        before = self.doc[left.start - 1].lower_ if left.start > 0 else ""
        prepositions = (
            self.res.grammar.complement_prepositions | self.res.grammar.locative_prepositions
        )
        return match.definite and before not in prepositions

    def _left(self, head: int) -> Left:
        left = Left(start=head)
        grammar = self.res.grammar
        if self.heads[head][0].definite:
            return self._left_of_definite(head, left)
        sentence_start = self.doc[head].sent.start
        j = head - 1
        while j >= sentence_start:
            possessor = self.phrase_at_end.get(j + 1) or self.named_at_end.get(j + 1)
            if possessor is not None:
                if possessor.genitive:
                    left.possessor = possessor
                    left.start = possessor.start
                break
            word = self.doc[j].lower_
            country = self.res.countries.adjective(word)
            if country is not None and j not in self.taken:
                left.country = left.country or country
            elif not (self._adjective_like(j) or self._is_modifier(j)):
                break
            left.modifiers.append(word)
            left.start = j
            j -= 1
        while left.start < head and left.possessor is None:
            if self.doc[left.start].lower_ not in grammar.left_edge_trim:
                break
            left.start += 1
        return left

    def _left_of_definite(self, head: int, left: Left) -> Left:
        """A noun with a definite ending takes no article, adjective or owner before it;
        only "alle", "begge", "hele": "alle soldaterne", not "tilhørende gruppen"."""
        j = head - 1
        while j >= 0 and self.doc[j].lower_ in self.res.grammar.definite_determiners:
            left.modifiers.append(self.doc[j].lower_)
            left.start = j
            j -= 1
        return left

    def _apposed_name(self, head: int, match: RoleMatch) -> Mention | None:
        name = self.named_at_start.get(head + 1)
        if name is None or name.kind in ("country", "place", "city", "channel"):
            return None
        if match.role.kind == "body" and name.label == "PER":
            if name.kind != "name":
                return None
            name.label = "ORG"  # "nyhedskanalen Tolo News"
        if match.role.kind in ("person", "group") and name.label != "PER":
            if name.kind != "name":
                return None
            name.label = "PER"  # "talsmand Abdul Rahman Haqqani", whatever the NER said
        return name

    def _name_after_complement(self, complement: Mention | None, match: RoleMatch):
        """ "pressechef i Det Hvide Hus Stephanie Grisham", "borgmester i Aarhus Jens Hansen":
        the person's name after what the role belongs to or where it is."""
        if complement is None:
            return None
        name = self.named_at_start.get(complement.end)
        if name is None or name.label != "PER":
            return None
        return self._apposed_name(complement.end - 1, match)

    def _complement(
        self, start: int, match: RoleMatch, depth: int
    ) -> tuple[Mention | None, Mention | None, int]:
        """What the role belongs to ("fra det amerikanske udenrigsministerium"), or where it is
        ("i Bagdad"), with the token index where the phrase ends."""
        doc = self.doc
        if start >= len(doc) or doc[start].lower_ not in self.res.grammar.complement_prepositions:
            return None, None, start
        if doc[start].is_sent_start:
            return None, None, start
        preposition = doc[start].lower_
        j = start + 1
        while j < len(doc) and j not in self.taken and j not in self.heads and self._is_modifier(j):
            j += 1
        place_noun = j < len(doc) and doc[j].lower_ in self.res.grammar.place_nouns
        if place_noun and j + 1 in self.named_at_start:
            j += 1  # "Præsidenten i nabolandet Sydafrika": the noun names the place that follows
        target = self.named_at_start.get(j)
        owned_head = self._head_after_possessor(target)
        if owned_head is not None:
            target = None  # "på USA's ambassade": the owner is the embassy, not the USA
            j = owned_head
        if target is None and j in self.heads and j not in self.used_heads and depth < MAX_DEPTH:
            target = self.phrase_at(j, depth + 1)
            if target is not None:
                target.emit = False
        if target is None:
            return None, None, start
        if target.is_place or target.kind == "country":
            locative = preposition in self.res.grammar.locative_prepositions
            if match.role.foreign or not locative:
                return None, None, start
            return None, target, start  # where it is, not part of the phrase's words
        if target.kind == "channel":
            return None, None, start
        return target, None, target.end

    def _head_after_possessor(self, possessor: Mention | None) -> int | None:
        """The role noun a genitive name owns, past its modifiers: "FN's fredsbevarende styrke"."""
        if possessor is None or not possessor.genitive:
            return None
        j = possessor.end
        while j < len(self.doc) and j not in self.heads and self._is_modifier(j):
            j += 1
        return j if j in self.heads else None

    def _past_portfolio(self, end: int) -> int:
        """Where a title's portfolio in lower-case words ends at a comma ("rådmand for teknik og
        miljø, Lone Bach"), else `end`."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ not in self.res.grammar.portfolio_prepositions:
            return end
        j = end + 1
        while j < len(doc) and j - end <= MAX_PORTFOLIO and doc[j].is_alpha and doc[j].is_lower:
            j += 1
        return j if j > end + 1 and j < len(doc) and doc[j].text == "," else end

    def _comma_apposition(
        self, phrase: Mention, head: int, left: Left, match: RoleMatch, after: int
    ) -> None:
        """ "en talsmand for Taleban, Bilal Karimi,", "Præsidenten i nabolandet Sydafrika, Cyril
        Ramaphosa," (`after`: where the phrase and the place it names end) and "Miraqa Popal,
        direktør for ...", "Ahmed Hassan, en 34-årig palæstinenser," """
        doc = self.doc
        if after + 1 < len(doc) and doc[after].text == ",":
            title = after + 1 if self._bare_title_at(after + 1) else after
            name = self.named_at_start.get(title + 1)
            if name is not None and (name.label == "PER" or name.kind == "name"):
                name.label = "PER"
                self._give_to_name(name, phrase, match, left)
                phrase.emit = False
                return
        if left.start >= 2 and doc[left.start - 1].text == ",":  # "X, en 34-årig palæstinenser,"
            name = self.named_at_end.get(left.start - 1)
            if name is not None and self._may_be_a_person(name, match):
                name.label = "PER"  # "Yahya Saree, talsmand for houthierne", whatever the NER said
                self._give_to_name(name, phrase, match, left)
                phrase.emit = False

    def _bare_title_at(self, i: int) -> bool:
        """ "Sudans hærchef, general Abdel Fattah al-Burhan,": a lower-case title of a person
        between the comma and the name."""
        found = self.heads.get(i)
        return found is not None and found[0].role.kind == "person" and self.doc[i].is_lower

    @staticmethod
    def _may_be_a_person(name: Mention, match: RoleMatch) -> bool:
        return name.label == "PER" or (name.kind == "name" and match.role.kind == "person")

    def _relative_appositions(self) -> None:
        """What a named person is, said right after the name: a relative clause ("oberst Jens
        Lønborg, der er chef for Forsvarskommandoen", "Farid Karimi, som leder hospitalet") or a
        copula ("Søren Holm er sikringssoldat", "Han er 26 år, sikringssoldat" of the person
        named last)."""
        phrases: dict[int, Mention] = {}
        for phrase in sorted(self.built, key=lambda p: p.start - p.end):
            phrases.setdefault(phrase.start, phrase)
        for name in self.named_at_start.values():
            if name.label not in ("PER", "ORG") or name.kind not in ("name", "actor"):
                continue
            found = self._relative_role(name.end, phrases)
            if found is not None and found[0].actor is not None and found[0] is not name:
                self._describe(name, *found)
        for i, lower in enumerate(token_lowers(self.doc)):
            if lower not in self.res.grammar.person_pronouns or not self.doc[i].is_sent_start:
                continue
            person = self._last_person_before(i)
            found = self._predicate_role(i + 1, phrases) if person else None
            if found is not None and found[0].actor is not None:
                self._describe(person, *found)

    def _last_person_before(self, i: int) -> Mention | None:
        persons = [m for m in self.named_at_start.values() if m.label == "PER" and m.end <= i]
        return max(persons, key=lambda m: m.start) if persons else None

    def _relative_role(self, i: int, phrases: dict[int, Mention]) -> tuple[Mention, bool] | None:
        """The role phrase of a relative clause or a copula at token i, and whether it is a title
        (after a copula) rather than something the person heads."""
        doc, grammar = self.doc, self.res.grammar
        if (
            i + 2 < len(doc)
            and doc[i].text == ","
            and doc[i + 1].lower_ in grammar.relative_pronouns
        ):
            return self._role_after_verb(i + 2, phrases)
        return self._predicate_role(i, phrases)

    def _predicate_role(self, i: int, phrases: dict[int, Mention]) -> tuple[Mention, bool] | None:
        """ "er sikringssoldat", "er 26 år, sikringssoldat": a copula and a role noun."""
        if i >= len(self.doc) or self.doc[i].lower_ not in self.res.grammar.copula_verbs:
            return None
        return self._role_after_verb(i, phrases)

    def _role_after_verb(
        self, start: int, phrases: dict[int, Mention]
    ) -> tuple[Mention, bool] | None:
        doc, grammar = self.doc, self.res.grammar
        verb = next(
            (
                words
                for words in grammar.apposition_verbs
                if [t.lower_ for t in doc[start : start + len(words)]] == list(words)
            ),
            None,
        )
        if verb is None:
            return None
        title = " ".join(verb) in grammar.copula_verbs
        k = start + len(verb)
        while k < min(start + len(verb) + RELATIVE_REACH, len(doc)):
            if k in phrases:
                return phrases[k], title
            named = self.named_at_start.get(k)
            if named is not None and named.actor is not None and named.kind == "actor":
                return named, title  # "som leder Rigshospitalet"
            if named is not None:
                k = named.end  # "som leder Wazir Akbar Khan hospitalet"
            elif self._skippable(k):
                k += 1  # "står i spidsen for byens administration", "er 26 år, soldat"
            else:
                return None
        return None

    def _skippable(self, k: int) -> bool:
        token = self.doc[k]
        word = token.lower_
        return (
            self._is_modifier(k)
            or (word.endswith("s") and k + 1 < len(self.doc) and k + 1 in self.heads)
            or word in self.res.grammar.age_words
            or (
                token.text == "," and k > 0 and self.doc[k - 1].lower_ in self.res.grammar.age_words
            )
        )

    def _describe(self, name: Mention, phrase: Mention, title: bool) -> None:
        """The name takes what it lacks (country, sector) from the phrase describing it."""
        entry = name.entry
        if entry is not None and entry.speaks_for_itself(self.day):
            return
        described = phrase.actor
        base = name.actor or (entry.actor_at(self.day) if entry else None)
        base = base or person_actor(self.doc, name)
        sectors = list(base.sectors) or list(described.sectors)
        name.actor = base.model_copy(
            update={
                "country": base.country or described.country,
                "sector": sectors[0] if sectors else None,
                "sectors": sectors,
            }
        )
        if title and phrase.role is not None:
            name.titles.add(phrase.role.title)
        name.described_by = name.described_by or phrase
        name.has_own_country = name.has_own_country or phrase.has_own_country

    # --- the actor ------------------------------------------------------------------------
    def _set_actor(
        self,
        phrase: Mention,
        left: Left,
        match: RoleMatch,
        complement: Mention | None,
        location: Mention | None,
        apposed: Mention | None,
    ) -> None:
        role = match.role
        owner = _owner(complement, left)
        owner_actor = self._actor_of(owner)
        if self._speaks_for_its_body(owner_actor, left):
            # "EU's udenrigsministre", "FN's koordinator": the body acts, not a country
            phrase.actor = owner_actor
            phrase.has_own_country = True
            return
        # "Kina-ekspert", "USA-korrespondent": the prefix is what the person knows or covers
        prefix_actor = None if role.topic else self._prefix_actor(match.prefix)
        group = prefix_actor or owner_actor
        if group is not None and forces_of_an_armed_group(role.sectors, group):
            # "RSF-styrkerne", "styrker fra RSF": the group's forces are the group
            phrase.actor = group
            phrase.has_own_country = group.country is not None
            return
        sectors = list(role.sectors)
        if role.inherits or role.generic or not sectors:
            # "Yemens Houthi-bevægelse": the movement is the Houthis', in Yemen
            named = prefix_actor is not None and bool(prefix_actor.sectors)
            source = prefix_actor if named else owner_actor or prefix_actor
            if source is not None and source.sectors:
                sectors = list(source.sectors)
            elif owner is not None and owner.kind == "country":
                sectors = ["GOV"]
        sectors = self._modified_sectors(sectors, left.modifiers)
        apposed_actor = self._actor_of(apposed)
        if role.generic and apposed_actor is not None and apposed_actor.sectors:
            sectors = list(apposed_actor.sectors)
        country = phrase.country or left.country
        for candidate in (prefix_actor, owner_actor, apposed_actor):
            if country is None and candidate is not None:
                country = candidate.country
        phrase.has_own_country = country is not None
        if country is None and location is not None and self._stays(sectors):
            country = location.country
        phrase.country = country
        if sectors or country:
            phrase.actor = nominal_actor(country, sectors, self.res.countries)

    def _speaks_for_its_body(self, owner_actor: Actor | None, left: Left) -> bool:
        return (
            owner_actor is not None
            and not owner_actor.country
            and not left.country
            and bool(set(owner_actor.sectors) & self.res.grammar.body_sectors)
        )

    def _stays(self, sectors: list[str]) -> bool:
        """Whether a role "i <place>" is of that place's country."""
        moving = set(sectors) & self.res.grammar.mobile_sectors
        return not moving or moving <= self.res.grammar.local_sectors

    def _travels(self, sectors: list[str]) -> bool:
        return bool(set(sectors) & self.res.grammar.mobile_sectors)

    def _modified_sectors(self, sectors: list[str], modifiers: list[str]) -> list[str]:
        grammar = self.res.grammar
        if any(word in grammar.former_modifiers for word in modifiers):
            return [FORMER]
        for word in modifiers:
            override = grammar.modifier_sectors.get(word)
            if override and (not sectors or sectors == ["CVL"]):
                return [override]
        return sectors

    def _actor_of(self, mention: Mention | None) -> Actor | None:
        if mention is None:
            return None
        if mention.actor is not None:
            return mention.actor
        return named_actor(mention, self.res.countries, self.day)

    def _prefix_actor(self, prefix: str | None) -> Actor | None:
        """The actor named before the hyphen of a compound: "Taleban-styrker", "FN-soldater"."""
        if not prefix:
            return None
        entry = self.res.dictionary.find(prefix)
        if entry is not None:
            return entry.actor_at(self.day)
        iso3 = self.res.countries.names.get(prefix) or self.res.countries.adjective(prefix)
        if iso3:
            return Actor(name=self.res.countries.english_name(iso3), country=iso3)
        return None

    def _give_to_name(self, name: Mention, phrase: Mention, match: RoleMatch, left: Left) -> None:
        """The name in apposition is the actor the phrase describes."""
        name.titles.add(match.title)
        name.described_by = phrase
        role_country = phrase.actor.country if phrase.actor else None
        role_sectors = list(phrase.actor.sectors) if phrase.actor else []
        known = name.entry.actor_at(self.day) if name.entry is not None else None
        if known is not None and name.entry.speaks_for_itself(self.day):
            name.actor = known
        else:
            base = known or name.actor or person_actor(self.doc, name)
            sectors = role_sectors or list(base.sectors)
            name.actor = base.model_copy(
                update={
                    "country": base.country or role_country,
                    "sector": sectors[0] if sectors else None,
                    "sectors": sectors,
                }
            )
        name.has_own_country = name.has_own_country or phrase.has_own_country
        phrase.actor = name.actor
        phrase.country = name.actor.country


def forces_of_an_armed_group(role_sectors, group: Actor) -> bool:
    """An armed role ("styrker", "kommandant") of a rebel group is that group."""
    return bool(role_sectors) and set(role_sectors) <= ARMED_FORCES and "REB" in group.sectors


def _owner(complement: Mention | None, left: Left) -> Mention | None:
    """Whose the role is: "talsmand for Hamas"; a possessor before it wins over a place after it
    that the gazetteer did not know ("regeringens repræsentant i Aragonien"), and a country
    before it over any body after it ("Ukraines præsident i Élysée-palæet" is Ukraine's)."""
    possessor = left.possessor
    if possessor is None or complement is None:
        return complement or possessor
    return possessor if complement.label == "LOC" or possessor.kind == "country" else complement


def _looks_like_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and int(text) in YEAR_RANGE


def _outermost(phrases: list[Mention]) -> list[Mention]:
    """The phrases inside no other phrase (of two over the same words, each is inside the
    other), in their order. One sweep by start (the longest first at a start): a phrase is
    inside an earlier one when some earlier one reaches as far; no test of every pair, which
    cost quadratic time on a long text."""
    distinct = list({id(phrase): phrase for phrase in phrases}.values())
    spans = Counter((phrase.start, phrase.end) for phrase in distinct)
    inside: set[int] = set()
    reach = -1  # the furthest end of the phrases swept so far
    for phrase in sorted(distinct, key=lambda m: (m.start, -m.end)):
        if reach >= phrase.end or spans[phrase.start, phrase.end] > 1:
            inside.add(id(phrase))
        reach = max(reach, phrase.end)
    return [phrase for phrase in phrases if id(phrase) not in inside]
