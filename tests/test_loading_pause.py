"""The first analysis loads with the garbage collector paused, even when a library enables it."""

from __future__ import annotations

import gc

import pytest

from kronist import pipeline


@pytest.fixture
def collector(monkeypatch):
    """Collections counted; the collector's state and the loaded flag restored afterwards."""
    monkeypatch.setattr(pipeline, "_loaded", False)
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    counted: list[int] = []

    def count(phase, info):
        if phase == "start":
            counted.append(info["generation"])

    gc.callbacks.append(count)
    yield counted
    gc.callbacks.remove(count)
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    (gc.enable if enabled else gc.disable)()


def _make_containers():
    return [[index] for index in range(50_000)]  # far over the 700 of a young collection


def test_no_collection_while_loading_even_when_a_library_enables_the_collector(collector):
    gc.enable()
    gc.set_threshold(700, 10, 10)
    with pipeline._loading():
        gc.disable()
        gc.enable()  # as srsly.msgpack_loads does after each of spaCy's weight files
        kept = _make_containers()
        assert collector == []
    assert pipeline._loaded
    assert gc.isenabled()
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() >= len(kept)  # what was loaded is out of the collector's way
    _make_containers()
    assert collector  # and it collects again


def test_a_collector_that_was_off_stays_off(collector):
    gc.disable()
    with pipeline._loading():
        gc.enable()
        _make_containers()
    assert not gc.isenabled()
    assert collector == []
