"""The derived-table cache: built once, read back while its sources are unchanged."""

from __future__ import annotations

import os

import pytest

from kronist import datacache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIST_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("KRONIST_CACHE", raising=False)
    return tmp_path / "cache"


class Builder:
    def __init__(self, value):
        self.value = value
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_a_table_is_built_once_and_read_back(folder, tmp_path):
    source = tmp_path / "cities.txt"
    source.write_text("København\tDNK\n", encoding="utf-8")
    build = Builder({"københavn": ("Copenhagen", 2, None), "aarhus": (1.5, True)})
    first = datacache.cached("towns", build, [source])
    second = datacache.cached("towns", build, [source])
    assert first == second == build.value
    assert build.calls == 1
    assert len(list(folder.glob("towns-*.marshal"))) == 1


def test_a_changed_source_rebuilds_and_replaces_the_old_file(folder, tmp_path):
    source = tmp_path / "cities.txt"
    source.write_text("København\n", encoding="utf-8")
    datacache.cached("towns", Builder(["København"]), [source])
    source.write_text("København\nAarhus\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    build = Builder(["København", "Aarhus"])
    assert datacache.cached("towns", build, [source]) == ["København", "Aarhus"]
    assert build.calls == 1
    assert len(list(folder.glob("towns-*.marshal"))) == 1


def test_an_unreadable_file_is_rebuilt(folder, tmp_path):
    source = tmp_path / "cities.txt"
    source.write_text("Odense\n", encoding="utf-8")
    datacache.cached("towns", Builder(["Odense"]), [source])
    (cached_file,) = folder.glob("towns-*.marshal")
    cached_file.write_bytes(b"\x00not marshal")
    build = Builder(["Odense"])
    assert datacache.cached("towns", build, [source]) == ["Odense"]
    assert build.calls == 1


def test_off_builds_every_time(folder, monkeypatch, tmp_path):
    monkeypatch.setenv("KRONIST_CACHE", "off")
    build = Builder({"a": 1})
    datacache.cached("towns", build, [])
    datacache.cached("towns", build, [])
    assert build.calls == 2
    assert not folder.exists()


def test_a_folder_that_cannot_be_written_only_costs_time(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KRONIST_CACHE_DIR", str(blocker / "cache"))
    build = Builder((1, 2))
    assert datacache.cached("towns", build, []) == (1, 2)
    assert datacache.cached("towns", build, []) == (1, 2)
    assert build.calls == 2


def test_a_value_read_back_that_is_not_valid_is_rebuilt(folder, tmp_path):
    source = tmp_path / "cities.txt"
    source.write_text("Odense\n", encoding="utf-8")
    datacache.cached("towns", Builder(["Odense", "Vejle"]), [source])
    build = Builder(["Odense"])
    one = lambda value: len(value) == 1  # noqa: E731
    assert datacache.cached("towns", build, [source], valid=one) == ["Odense"]
    assert datacache.cached("towns", build, [source], valid=one) == ["Odense"]
    assert build.calls == 1
