"""Passed to `spacy train --code`: registers kronist's components and lexicon-flag callback."""

import kronist.nlp  # noqa: F401
