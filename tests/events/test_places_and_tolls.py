"""Which place and which killed/injured figures belong to an event (issue #14).

The sentences are written for these tests."""

from tests.conftest import events_of


def _killed(text: str) -> list[int | None]:
    return [e.killed for e in events_of(text, "ASSAULT")]


def _injured(text: str) -> list[int | None]:
    return [e.injured for e in events_of(text, "ASSAULT")]


def test_a_total_told_later_is_the_toll_of_an_attack_first_told_by_one_victim():
    text = (
        "Generalen blev fredag dræbt i et amerikansk droneangreb ved lufthavnen i Bagdad. "
        "Han var leder af en eliteenhed. "
        "I alt otte personer - fire irakere og fire iranere - blev dræbt i USA's angreb fredag."
    )
    assert _killed(text) == [8]


def test_an_exact_count_makes_a_floor_told_first_exact():
    text = (
        "Mindst 40 mennesker er dræbt i russiske luftangreb på Kharkiv. "
        "Ifølge byens borgmester har luftangrebene kostet 46 mennesker livet."
    )
    assert _killed(text) == [46]
    text = (
        "Fem er dræbt i et israelsk luftangreb på en skole i Gaza. "
        "Over 20.000 mennesker er indtil videre dræbt i Gaza, oplyser ministeriet."
    )
    assert 20000 not in _killed(text)


def test_a_toll_told_in_the_lead_before_the_attack_belongs_to_it():
    text = (
        "Et norsk tankskib blev lørdag ramt af et missil i Det Røde Hav. "
        "Ingen af de 18 sømænd kom til skade, oplyser rederiet. "
        "Houthi-bevægelsen har påtaget sig ansvaret for angrebet."
    )
    assert _injured(text) == [0]


def _place(text: str, event_type: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in events_of(text, event_type)]


def test_a_town_standing_for_its_government_acts_where_it_is():
    assert _place("Moskva vil svare igen på passende vis, siger en talsmand.", "THREATEN") == [
        "Moscow"
    ]
    assert _place("Rusland vil svare igen på passende vis.", "THREATEN") == [None]


def test_a_later_mention_places_the_event_more_exactly_within_its_country():
    text = (
        "Israel har angrebet en ambulance i Gaza. Fem er dræbt i et israelsk luftangreb på en "
        "ambulance i byen Deir al Balah i det centrale Gaza."
    )
    assert _place(text, "ASSAULT") == ["Deir al-Balah"]


def test_coordinated_named_victims_count_one_each():
    text = (
        "Qassem Soleimani og Abu Mahdi al-Muhandis blev dræbt i et amerikansk droneangreb ved "
        "Bagdads lufthavn."
    )
    assert _killed(text) == [2]


def test_laying_down_one_s_life_is_a_death():
    assert _killed("Tre soldater lod livet, da oprørere i går angreb en kaserne i Mali.") == [3]


def test_a_toll_noun_tells_the_whole_toll_so_far():
    text = (
        "Tolv mennesker er dræbt i et russisk missilangreb på Dnipro. "
        "Dødstallet efter angrebet er steget til 19, oplyser byens borgmester."
    )
    assert _killed(text) == [19]


def test_here_opening_a_sentence_is_the_place_the_sentence_before_named():
    text = (
        "Oppositionen holdt søndag et møde i Batumi. "
        "Mandag samledes tusinder foran parlamentet i Tbilisi. "
        "Her anholdt politiet 20 demonstranter."
    )
    assert _place(text, "COERCE") == ["Tbilisi"]


def test_enemies_an_army_reports_neutralised_are_killed():
    text = (
        "Hæren oplyser, at omkring 30 oprørere blev neutraliseret, da soldaterne angreb deres lejr."
    )
    assert _killed(text) == [30]


def test_nobody_told_once_for_the_dead_and_the_wounded():
    text = (
        "Houthi-bevægelsen angreb søndag et græsk tankskib i Det Røde Hav med et missil. "
        "Ingen blev dræbt eller såret, oplyser rederiet."
    )
    assert [(e.killed, e.injured) for e in events_of(text, "ASSAULT")] == [(0, 0)]


def test_a_town_attacked_in_the_region_named_is_the_place():
    text = "Russiske styrker har angrebet landsbyen Krasnohorivka i Donetsk-regionen."
    assert _place(text, "ASSAULT") == ["Krasnohorivka"]


def test_a_part_of_a_country_is_not_narrowed_to_a_town_told_elsewhere():
    text = (
        "Israel angriber mål i Libanon\n\n"
        "Israels luftvåben har natten til tirsdag angrebet flere mål i det sydlige Libanon.\n\n"
        "Frankrig og USA opfordrer begge sider til at udvise tilbageholdenhed.\n\n"
        "Den amerikanske udsending rejser onsdag til Beirut for at mægle mellem parterne."
    )
    attacks = [e for e in events_of(text, "ASSAULT", "2024-06-11") if e.actor.country == "ISR"]
    assert attacks and attacks[0].place.name == "Lebanon"
