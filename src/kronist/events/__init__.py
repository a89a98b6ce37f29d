"""Events: PLOVER coding of what happened, with time, place and casualties.

`code_events(doc, document, entities, quotes)` is the stage's entry point; `is_realized` tells
the events that happened, are claimed, announced or denied from those told only as hypothetical
or planned, `is_attributed` those with someone who did them. The coder itself is in
`kronist.events.coder`, its lexicons in `kronist/lang/<lang>/event_*.tsv`.
"""

from kronist.events.coder import code_events, is_attributed, is_realized

__all__ = ["code_events", "is_attributed", "is_realized"]
