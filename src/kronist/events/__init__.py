"""Events: PLOVER coding of what happened, with time, place and casualties.

`code_events(doc, document, entities, quotes)` is the stage's entry point; the coder itself is in
`kronist.events.coder`, its lexicons in `kronist/lang/<lang>/event_*.tsv`.
"""

from kronist.events.coder import code_events

__all__ = ["code_events"]
