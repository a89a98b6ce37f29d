"""When, where and how many: thin adapters over kronist.events.time / place / numbers.

The adapters keep the coder working while a sibling module is missing or fails on odd input:
an event without a date is better than no events.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from kronist.events.sectors import sectors_of
from kronist.model import Actor, EventDate, Place
from kronist.nlp.docs import paragraph_number, per_span


def event_date(
    sentence: Span,
    published: dt.date | None,
    lang: str,
    published_precision: str | None,
    anchor: Span | None = None,
    toll: bool = False,
    noun_at: int | None = None,
) -> EventDate:
    try:
        from kronist.events.time import find_date
    except ImportError:
        return EventDate()
    return find_date(
        sentence, published, lang, published_precision, anchor=anchor, toll=toll, noun_at=noun_at
    )


def event_place(
    sentence: Span,
    prefer_countries: Sequence[str],
    lang: str,
    include_destination: bool,
    anchor: Span | None = None,
    toll: bool = False,
    own_clause_only: bool = False,
) -> Place | None:
    try:
        from kronist.events.place import find_place
    except ImportError:
        return None
    return find_place(
        sentence,
        prefer_countries,
        lang=lang,
        include_destination=include_destination,
        anchor=anchor,
        toll=toll,
        own_clause_only=own_clause_only,
    )


def points_back_to_a_place(sentence: Span, lang: str) -> bool:
    """The sentence opens with a word for the place just named ("Her protesterede Rusland")."""
    try:
        from kronist.events.place import opens_with_place_anaphor
    except ImportError:
        return False
    return opens_with_place_anaphor(sentence, lang)


def finer_within(place: Place, other: Place) -> bool:
    """Whether `place` lies in the country of `other` and is more specific (a town in the
    region or country named)."""
    try:
        from kronist.events.place import specificity
    except ImportError:
        return False
    same = bool(place.country) and place.country == other.country
    return same and specificity(place) < specificity(other)


def town_named(name: str, prefer_countries: Sequence[str], lang: str) -> Place | None:
    """The town or site a name refers to ("Kharkiv"), None for countries, regions and unknown
    names."""
    try:
        from kronist.events.place import is_country
    except ImportError:
        return None
    place = place_named(name, prefer_countries, lang)
    if place is None or is_country(place) or place.lat is None:
        return None
    return place


def place_named(name: str, prefer_countries: Sequence[str], lang: str) -> Place | None:
    """The place a name refers to, a country too ("Irak"); None for unknown names."""
    try:
        from kronist.events.place import geocode
    except ImportError:
        return None
    return geocode(name, prefer_countries, lang)


def country_actor(iso3: str, lang: str) -> Actor:
    """A country as an actor, named as people read it ("Denmark", not "DNK")."""
    try:
        from kronist.actors.countries import country_lexicon
    except ImportError:
        return Actor(name=iso3, country=iso3)
    return Actor(name=country_lexicon(lang).english_name(iso3) or iso3, country=iso3)


def casualties(sentence: Span, lang: str) -> tuple[int | None, int | None]:
    found = _casualties_in(sentence, lang)
    return (None, None) if found is None else (found.killed, found.injured)


def casualty_kinds(sentence: Span, lang: str) -> tuple[str | None, str | None]:
    """How the sentence tells its killed and injured counts: "total", "floor" or None."""
    found = _casualties_in(sentence, lang)
    return (None, None) if found is None else (found.killed_kind, found.injured_kind)


@per_span  # each event of the sentence asks, and the article's settling may ask again
def _casualties_in(sentence: Span, lang: str):
    """The counts the sentence tells (kronist.events.numbers), None without that module."""
    try:
        from kronist.events.numbers import find_casualties
    except ImportError:
        return None
    return find_casualties(sentence, lang)


# --- across the article ---------------------------------------------------------------------


def settle_article(
    events: Sequence,
    groups: Sequence[tuple[int, Span]],
    lang: str,
    published: dt.date | None = None,
    published_precision: str | None = None,
) -> None:
    """What the article as a whole tells about its (merged) events' places, days and tolls."""
    settle_places(events, groups, lang)
    name_the_weekend_day(events, groups, lang)
    same_day_as_before(events, groups, lang)
    on_the_occasion_before(events, groups, lang, published, published_precision)
    date_from_the_narrative(events)
    attach_casualties(events, groups, lang)


PHYSICAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "AID"})
AIMED = frozenset({"ASSAULT"})  # acts that happen where their target is
LEAD_GROUPS = 3  # the headline and the first sentences say where a story is set


def settle_places(events: Sequence, groups: Sequence[tuple[int, Span]], lang: str) -> None:
    """Places the article as a whole decides (events are coder candidates after merging):

    - a country is narrowed to the one town in it that the event's sentences, its paragraph or
      the story's lead name ("i Irak" -> Bagdad when the story is set in Bagdad);
    - an event without a place of its own is put where a story set in one place is set: its
      one town, else its one country.
    """
    try:
        from kronist.events.place import is_country
    except ImportError:
        return
    for event in events:
        if _nationwide(event) and (event.place is None or is_country(event.place)):
            event.place = _country_of(event.actor_country) or event.place
    in_a_country = [
        e for e in events if e.place is not None and is_country(e.place) and not _nationwide(e)
    ]
    if in_a_country:  # the article's places are read only when some event needs them
        towns = {n: [p for p, town in _places(span, lang, True) if town] for n, span in groups}
        for event in in_a_country:
            region = _told_as_a_region(event, groups, lang)
            town = _town_in(event, event.place.country, towns, groups, own_only=region)
            event.place = town or event.place
    placeless = [e for e in events if e.place is None]
    if placeless:
        settings = {n: _places(span, lang, False) for n, span in groups}
        setting = _single_town(settings)
        lead = None if setting is not None else _lead_place(settings, groups)
        for event in placeless:
            if setting is not None and _could_be_there(event, setting):
                event.place = setting
            elif lead is not None and _involves(event, lead.country):
                event.place = lead


STATE_ACTS = frozenset({"COERCE", "SANCTION"})
LAWMAKERS = frozenset({"GOV", "LEG", "JUD"})
ENFORCERS = frozenset({"COP", "MIL"})


def _nationwide(event) -> bool:
    """A ban, a law, an expulsion by a government, parliament or court holds in the whole
    country ("Ungarns regering har udvist to journalister" in a story set in Budapest), unless
    its own sentence places it; arrests and raids by police or soldiers happen somewhere."""
    sectors = sectors_of(event.actor)
    return (
        event.event in STATE_ACTS
        and not getattr(event, "place_told", False)
        and bool(sectors & LAWMAKERS)
        and not sectors & ENFORCERS
        and bool(event.actor_country)
    )


def _country_of(iso3: str | None) -> Place | None:
    from kronist.events.place import country_place

    return country_place(iso3) if iso3 else None


@per_span
def _places(span: Span, lang: str, targets: bool) -> list:
    """The places a sentence names, read once per article (settle_places runs twice)."""
    from kronist.events.place import places_in

    return places_in(span, (), lang, targets=targets)


def _could_be_there(event, setting: Place) -> bool:
    """Acts happen where the story is; statements are made where their speaker is: one by an
    actor of another country ("Mette Frederiksen kritiserer" in a story set in Kyiv) is not
    placed in the story's setting."""
    target = getattr(event, "recipient_country", None)
    if event.event in AIMED and target:
        return setting.country == target
    return event.event in PHYSICAL or event.actor_country in (None, setting.country)


def _lead_place(named: dict, groups) -> Place | None:
    """The town the story's lead (headline and first sentences) names most often, else the
    place (a territory, a country) it names most often, when one does: where a story about
    several countries is set ("ambassaden i Bagdad", "protesterne i Hongkong")."""
    lead = [number for number, _ in groups][:LEAD_GROUPS]
    found = [(place, town) for n in lead for place, town in named.get(n, [])]
    towns = [place for place, town in found if town]
    return _most_named(towns) if towns else _most_named([place for place, _ in found])


def _most_named(places: list[Place]) -> Place | None:
    ranked = Counter(place.name for place in places).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return next(place for place in places if place.name == ranked[0][0])


def _involves(event, country: str | None) -> bool:
    """An act by or on that country's side happens there, an attack where its target is; a
    statement only by its own side."""
    target = getattr(event, "recipient_country", None)
    if event.event in AIMED and target:
        return country == target  # "I april angreb Iran Israel": in Israel, not in Teheran
    if event.event in PHYSICAL:
        return country in (event.actor_country, target)
    return event.actor_country == country


def _told_as_a_region(event, groups, lang: str) -> bool:
    """ "angrebet flere mål i det sydlige Libanon": the event's sentence places it in a part of
    the country, which no town told elsewhere in the article narrows."""
    from kronist.events.lexicon import word_class

    own = set(event.mentions or [event.sentence])
    regions = word_class(lang, "region_adjectives")
    return any(
        regions.matches(token.lower_) for number, span in groups if number in own for token in span
    )


def _town_in(event, country: str, towns: dict, groups, own_only: bool = False) -> Place | None:
    """The town in `country` that the event's sentences, else its paragraph's, else the lead
    name most often, else the only one the article names (None when none is named, or two are
    named equally often); `own_only`: only a town of the event's own sentences."""
    own = set(event.mentions or [event.sentence])
    numbers = [number for number, _ in groups]
    lead = set(numbers[:LEAD_GROUPS])
    own_paragraphs = {_paragraph(s) for m, s in groups if m in own}
    paragraph = {n for n, span in groups if _paragraph(span) in own_paragraphs}
    for scope in (own,) if own_only else (own, paragraph, lead):
        counts = Counter(
            place.name for n in scope for place in towns.get(n, []) if place.country == country
        )
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            name = ranked[0][0]
            return next(p for n in scope for p in towns.get(n, []) if p.name == name)
    if own_only:
        return None
    anywhere = [p for found in towns.values() for p in found if p.country == country]
    return anywhere[0] if len({p.name for p in anywhere}) == 1 else None


def _paragraph(span: Span) -> int:
    return paragraph_number(span.doc, span.start_char)


def _single_town(named: dict) -> Place | None:
    """The town of a story that names one town and no place in another country; the country
    of a story that names no town and one country."""
    places = [(place, town) for found in named.values() for place, town in found]
    towns = {place.name for place, town in places if town}
    countries = {place.country for place, _ in places}
    if len(countries) != 1 or len(towns) > 1:
        return None
    return next((place for place, town in places if town), places[0][0] if places else None)


VIOLENT = frozenset({"ASSAULT"})
SATURDAY, SUNDAY = 5, 6


def attach_casualties(events: Sequence, groups: Sequence[tuple[int, Span]], lang: str) -> None:
    """Counts told in a sentence of their own ("Mindst 25 personer mistede livet under
    angrebene") belong to the attack told last before it, when that attack has none yet; counts
    in a sentence that tells an attack are already that attack's."""
    told = {m for e in events if _violent(e) for m in (e.mentions or [e.sentence])}
    for number, span in groups:
        if number in told:
            continue
        found = _casualties_in(span, lang)
        if found is None:
            return  # no numbers module
        if found.killed is None and found.injured is None:
            continue
        for toll, text in (("killed", found.killed_text), ("injured", found.injured_text)):
            count = getattr(found, toll)
            if count is None:
                continue
            attack = _last_attack_before(events, number, _attack_nouns(span, lang), text, lang)
            if attack is None:
                continue
            before = getattr(attack, toll)
            if getattr(found, f"{toll}_kind") == "additional" and before is not None:
                setattr(attack, toll, before + count)  # "Søndag døde yderligere to"
            else:
                setattr(attack, toll, _latest_toll(before, count))


def _latest_toll(told: int | None, later: int | None) -> int | None:
    """A count told later that is higher is the toll risen ("Dødstallet er siden steget til 52");
    a lower one is part of it ("To af de dræbte var børn")."""
    return max((n for n in (told, later) if n is not None), default=None)


def _attack_nouns(span: Span, lang: str) -> set[str]:
    """Stems of the attack nouns a casualty sentence names ("under angrebene" -> "angreb")."""
    try:
        from kronist.events.lexicon import NOUN_ENDINGS, has_lexicon, load_lexicon
    except ImportError:
        return set()
    if not has_lexicon(lang):
        return set()
    lexicon = load_lexicon(lang)
    stems = set()
    for token in span:
        pattern = lexicon.noun_pattern(token.lower_)
        if pattern is not None and pattern.event in VIOLENT:
            endings = [e for e in NOUN_ENDINGS if e and token.lower_.endswith(e)]
            longest = max(endings, key=len, default="")
            stems.add(token.lower_[: len(token.lower_) - len(longest)])
    return stems


def _last_attack_before(
    events: Sequence,
    number: int,
    nouns: set[str] = frozenset(),
    victims: str | None = None,
    lang: str = "da",
):
    """The attack told last before sentence `number` (the first one told, when none is told
    before it); when the sentence names the attack by a noun ("under angrebene"), one told with
    that noun ("luftangreb", not a storming); never one its victims made ("14 betjente blev
    såret" is no toll of the police's tear gas)."""
    fitting = [
        e
        for e in events
        if _violent(e)
        and (not nouns or any(stem in e.anchor.lower() for stem in nouns))
        and not _made_by(e, victims, lang)
    ]
    earlier = [e for e in fitting if min(e.mentions or [e.sentence]) < number]
    if not earlier:  # a toll in the lead, before the attack is told ("Ingen kom til skade")
        return min(fitting, key=lambda e: min(e.mentions or [e.sentence]), default=None)
    return max(
        earlier,
        key=lambda e: max(m for m in (e.mentions or [e.sentence]) if m < number),
        default=None,
    )


def _violent(event) -> bool:
    """An attack, or a riot (the protesters' assault)."""
    return event.event in VIOLENT or getattr(event, "origin", None) in VIOLENT


STEM = 5  # letters two forms of one noun share ("betjente", "betjentene")


def _counted_nouns(victims: str, lang: str) -> list[str]:
    """The words that name the counted people: after the count, past an age or a number
    ("en 63-årig landmand"), up to a preposition or a verb ("14 betjente fra ... blev såret")."""
    try:
        from kronist.events.numbers import phrase_ends
    except ImportError:
        return victims.lower().split()[1:2]
    words = []
    for word in victims.lower().split()[1:]:
        if phrase_ends(word, lang):
            break
        if not any(c.isdigit() for c in word):
            words.append(word)
    return words


def _made_by(attack, victims: str | None, lang: str = "da") -> bool:
    """The count's people ("14 betjente ...", "en 63-årig landmand") are the attack's doers
    ("betjentene", "landmændene")."""
    if not victims or not attack.actor_text:
        return False
    counted = [w for w in _counted_nouns(victims, lang) if len(w) >= STEM]
    doers = [w.lower() for w in attack.actor_text.split() if len(w) >= STEM]
    return any(c[:STEM] == d[:STEM] for c in counted for d in doers)


def name_the_weekend_day(events: Sequence, groups: Sequence[tuple[int, Span]], lang: str) -> None:
    """ "luftangreb i weekenden" ... "ved søndagens angreb": when the article names the day of
    the weekend an event of that kind happened on, the event is dated to that day."""
    try:
        from kronist.events.lexicon import has_lexicon, load_lexicon
        from kronist.events.time import weekday_genitives
    except ImportError:
        return
    weekends = [e for e in events if _dated_to_a_weekend(e.date)]
    if not weekends or not has_lexicon(lang):
        return  # the article's words are read only when some event needs them
    lexicon, weekdays = load_lexicon(lang), weekday_genitives(lang)
    named = [
        (weekdays[token.lower_], lexicon.noun_pattern(token.nbor().lower_))
        for _, span in groups
        for token in span
        if token.lower_ in weekdays and token.i + 1 < len(token.doc)
    ]
    for event in weekends:
        date = event.date
        days = {day for day, noun in named if noun is not None and noun.event == event.event}
        weekend = {day for day in days if day in (SATURDAY, SUNDAY)}
        if len(weekend) == 1:
            day = date.date + dt.timedelta(days=weekend.pop() - SATURDAY)
            event.date = date.model_copy(update={"date": day, "precision": "day"})


def same_day_as_before(events: Sequence, groups: Sequence[tuple[int, Span]], lang: str) -> None:
    """ "Samtidig pålægger Kommissionen selskabet ...", "Samme dag meddelte USA ...": an event
    told as happening at the same time has the day of the event told last before it."""
    try:
        from kronist.events.time import same_time_words
    except ImportError:
        return
    words = same_time_words(lang)
    if not words:
        return
    spans = dict(groups)
    last = None  # the last event of the sentences before the one being read
    previous_sentence, last_of_sentence = None, None
    for event in sorted(events, key=lambda e: e.sentence):
        if event.sentence != previous_sentence:
            last, previous_sentence = last_of_sentence, event.sentence
        last_of_sentence = event
        if event.date.date is not None and not event.date_inferred:
            continue
        span = spans.get(event.sentence)
        if span is None or not _opens_with(span, words):
            continue
        if last is not None and last.date.date and last.date.precision == "day":
            event.date = last.date.model_copy(update={"expression": None})
            event.date_inferred = last.date_inferred


def on_the_occasion_before(
    events: Sequence,
    groups: Sequence[tuple[int, Span]],
    lang: str,
    published: dt.date | None,
    published_precision: str | None,
) -> None:
    """ "Allerede tirsdag blev ambassadøren kaldt til samtale. Her protesterede Rusland ...": an
    event in a sentence that opens by pointing back to an occasion ("Her", "Ved den lejlighed")
    happened then: on the day the sentence before names, else on the day of the last event
    told before it."""
    try:
        from kronist.events.time import same_occasion_words
    except ImportError:
        return
    words = same_occasion_words(lang)
    if not words:
        return
    order = [number for number, _ in groups]
    spans = dict(groups)
    for event in events:
        if event.date.date is not None and not event.date_inferred:
            continue
        span = spans.get(event.sentence)
        if span is None or not _opens_with(span, words) or event.sentence not in order:
            continue
        at = order.index(event.sentence)
        if at == 0:
            continue
        before = spans[order[at - 1]]
        told, inferred = event_date(before, published, lang, published_precision), False
        if told.date is None:
            earlier = [e for e in events if e.sentence < event.sentence and e.date.date]
            if not earlier:
                continue
            last = max(earlier, key=lambda e: e.sentence)
            told, inferred = last.date, last.date_inferred
        if told.precision == "day":
            event.date = told.model_copy(update={"expression": None})
            event.date_inferred = inferred


def _opens_with(span: Span, phrases: tuple[str, ...]) -> bool:
    """Whether the sentence's first words are one of `phrases` ("Samtidig", "Samme dag")."""
    words = [token.lower_ for token in span[:4]]
    return any(words[: len(p.split())] == p.split() for p in phrases)


def _dated_to_a_weekend(date) -> bool:
    return date.date is not None and date.precision == "week" and date.date.weekday() == SATURDAY


TOLD_AS_FACT = frozenset({"asserted", "claimed"})


def date_from_the_narrative(events: Sequence) -> None:
    """An event told as fact without a time of its own belongs to the day the story is about:
    the day the article's events are told on most often (sentences telling them, by their own
    words or as news of the day), when one day clearly leads. Plans, threats and hypotheses keep
    no date, and so does an event told as some time back ("har tidligere truet")."""
    days: Counter = Counter()
    for event in events:
        if event.date.date and event.date.precision == "day" and not event.date_inferred:
            days[event.date.date] += len(event.mentions or [event.sentence])
    ranked = days.most_common(2)
    if not ranked:
        return
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        leading = [day for day, count in ranked if count == ranked[0][1]]
        first = min(
            (e for e in events if e.date.date in leading and not e.date_inferred),
            key=lambda e: e.sentence,
        )
        story_day = first.date  # no day leads: the one the story tells first
    else:
        story_day = next(e.date for e in events if e.date.date == ranked[0][0])
    for event in events:
        if event.date.date is None and event.modality in TOLD_AS_FACT and not event.earlier:
            event.date = story_day.model_copy(update={"expression": None})
            event.date_inferred = True
