"""Batch inputs: listing in read_paths order, splits that read exactly what one pass reads."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from kronist.batch.inputs import (
    line_aligned_cuts,
    list_inputs,
    plan_splits,
    read_split,
)
from kronist.ingest import ReadError, read_paths
from kronist.model import Document


def records(splits):
    out = []
    for split in splits:
        for number, item in read_split(split):
            if isinstance(item, Document):
                out.append((split.file, number, item.id))
            else:
                out.append((split.file, number, f"error: {item.message}", item.fatal))
    return out


def test_files_are_listed_in_the_order_read_paths_reads_them(corpus):
    listed = [f.path for f in list_inputs([corpus])]
    read = []
    for item in read_paths([corpus]):
        path = item.path
        if path not in read:
            read.append(path)
    assert listed == read
    assert [f.kind for f in list_inputs([corpus])] == ["jsonl", "parquet", "ingest", "ingest"]


def test_a_jsonl_file_cut_into_splits_reads_the_same_records_with_the_same_line_numbers(tmp_path):
    lines = [
        json.dumps({"id": f"n{i}", "title": f"Nyhed {i}", "text": "Tekst. " * i})
        for i in range(1, 40)
    ]
    lines[7] = '{"id": "brudt"'
    lines[20] = ""
    path = tmp_path / "nyheder.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = list_inputs([path])

    whole = records(plan_splits(files, split_bytes=10**9))
    splits = plan_splits(files, split_bytes=300)
    assert len(splits) > 5
    assert records(splits) == whole
    # The same documents and error lines as kronist.ingest reading the file in one pass.
    ingested = [item.id if isinstance(item, Document) else item.line for item in read_paths([path])]
    assert [r[2] if len(r) == 3 else r[1] for r in whole] == ingested
    assert (0, 22, "n22") in whole  # line numbers count the blank line


def test_cuts_fall_on_line_starts():
    data = b"aaaa\nbb\ncccccc\nd\neeeee\n"
    cuts = line_aligned_cuts(io.BytesIO(data), len(data), 6)
    assert cuts == [(0, 1), (8, 3), (15, 4)]
    for start, line in cuts:
        assert start == 0 or data[start - 1 : start] == b"\n"
        assert data[:start].count(b"\n") + 1 == line


def test_a_parquet_file_cut_into_row_ranges_reads_every_row_once(tmp_path):
    rows = [
        {"id": f"p{i}", "title": f"Artikel {i}", "text": f"Brødtekst {i}.", "published": None}
        for i in range(25)
    ]
    rows[10]["text"] = None
    rows[10]["title"] = None
    path = tmp_path / "arkiv.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=4)
    files = list_inputs([path])

    splits = plan_splits(files, split_bytes=files[0].size // 3)
    assert len(splits) >= 3
    read = records(splits)
    assert [r[1] for r in read] == list(range(1, 26))
    assert read[10][2].startswith("error: row 11: no article text")
    assert read[0] == (0, 1, "p0")


def test_other_formats_go_to_ingest_and_listing_errors_become_records(tmp_path):
    article = "Overskrift\n\nBrødtekst om en ny bro.\n"
    (tmp_path / "artikel.txt").write_text(article, encoding="utf-8")
    (tmp_path / "tom.txt").write_text("", encoding="utf-8")
    files = list_inputs([tmp_path, tmp_path / "findes-ikke.jsonl"])
    read = records(plan_splits(files, split_bytes=10**9))
    assert read[0][1:] == (1, Document(title="Overskrift", text="Brødtekst om en ny bro.").id)
    assert read[1] == (1, 1, "error: empty file", True)
    assert read[2] == (2, 1, "error: no such file or directory", True)


def test_warnings_carry_the_number_of_the_document_they_are_about(tmp_path):
    path = tmp_path / "dato.jsonl"
    record = {"title": "Møde", "text": "Ministeren holdt møde.", "published": "i sidste uge"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (split,) = plan_splits(list_inputs([path]), split_bytes=10**9)
    items = list(read_split(split))
    assert [number for number, _ in items] == [1, 1]
    warning, document = (item for _, item in items)
    assert isinstance(warning, ReadError) and not warning.fatal
    assert isinstance(document, Document) and document.published is None


def test_the_output_folder_inside_an_input_folder_is_not_read(tmp_path):
    (tmp_path / "artikel.txt").write_text("Overskrift\n\nBrødtekst.\n", encoding="utf-8")
    (tmp_path / "ud" / "documents").mkdir(parents=True)
    (tmp_path / "ud" / "documents" / "part-00000.parquet").write_bytes(b"PAR1")
    listed = list_inputs([tmp_path], exclude=tmp_path / "ud")
    assert [Path(f.path).name for f in listed] == ["artikel.txt"]


def test_empty_and_binary_jsonl_files_give_one_error_each(tmp_path):
    (tmp_path / "a-tom.jsonl").write_bytes(b"")
    (tmp_path / "b-binaer.jsonl").write_bytes(b"\x00\x01\x02" * 100 + b"\n" + b"\x00\x03\n" * 50)
    read = records(plan_splits(list_inputs([tmp_path]), split_bytes=10**9))
    assert read == [(0, 1, "error: empty file", True), (1, 1, "error: binary file, not text", True)]
