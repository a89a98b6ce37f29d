"""Resources for the event lexicon: which frequent Danish words a row would match, and which
frequent words carry a concept's stem.

    python scripts/lexicon_candidates.py heads [N]      # look-alikes of each noun and slot word
    python scripts/lexicon_candidates.py words STEM...  # frequent words containing STEM

`heads` lists, for every event noun and every required word of a verb pattern, the frequent
Danish words (wordfreq's list, top N) that match it as an inflection or compound: the place to
spot look-alikes ("pressemøde" ~ møde, "selvmord" ~ mord, "København" ~ havn) before they code
events. `words` finds candidate synonyms and compounds for a PLOVER concept ("angreb",
"forhandl"). Candidates are only candidates: each row is judged by the PLOVER definition (see
lang/da/README.md, "How a lexicon row is justified"). Needs the dev extra `wordfreq`.
"""

from __future__ import annotations

import sys

from kronist.events.lexicon import WordSet, load_lexicon

DEFAULT_TOP = 100_000
SHOWN = 25


def frequent_words(top: int) -> list[str]:
    try:
        import wordfreq
    except ImportError:
        sys.exit("lexicon_candidates: needs wordfreq (pip install -e '.[dev]')")
    return [w for w in wordfreq.top_n_list("da", top) if w.replace("-", "").isalpha()]


def heads(top: int) -> None:
    words = frequent_words(top)
    lexicon = load_lexicon("da")
    for pattern in lexicon.nouns:
        found = [w for w in words if lexicon.noun_pattern(w) is pattern]
        _show(f"noun {'|'.join(sorted(pattern.nouns.words))} -> {pattern.event}", found)
    seen: set[WordSet] = set()
    for pattern in lexicon.verbs:
        for slot in pattern.requires:
            if slot in seen:
                continue
            seen.add(slot)
            found = [w for w in words if slot.matches_head(w) and not slot.matches(w)]
            label = "|".join(sorted(slot.words) + [p + "*" for p in slot.prefixes])
            _show(f"slot {label[:60]} ({pattern.event})", found)


def stems(stems_wanted: list[str], top: int) -> None:
    words = frequent_words(top)
    for stem in stems_wanted:
        _show(stem, [w for w in words if stem.lower() in w])


def _show(label: str, found: list[str]) -> None:
    if found:
        more = f" (+{len(found) - SHOWN})" if len(found) > SHOWN else ""
        print(f"{label}: {' '.join(found[:SHOWN])}{more}")


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"heads", "words"}:
        sys.exit(__doc__)
    if argv[0] == "heads":
        heads(int(argv[1]) if len(argv) > 1 else DEFAULT_TOP)
    else:
        stems(argv[1:], DEFAULT_TOP)


if __name__ == "__main__":
    main(sys.argv[1:])
