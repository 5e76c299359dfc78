"""Dask: a DataFrame and a Bag of documents on a local cluster of 2 worker processes give
exactly the single-process result."""
import os
import warnings

import pytest

import timeline
from timeline.api import process_all
from timeline.export import timex_row
from timeline.ingest import from_text

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster
except ImportError:
    if os.environ.get("CI"):
        raise
    pytest.skip("the [dask] extra is not installed", allow_module_level=True)

import timeline.dask as tdask

ROWS = [
    ("a", "2025-04-09", "Defence ministers will meet on Thursday at NATO headquarters."),
    ("b", "2025-04-11", "Defence ministers met on Thursday at NATO headquarters, officials said."),
    ("c", None, "The talks began on March 24, 2025 in Riyadh and ended two days later."),
    ("d", "2025-04-10", ""),
    ("e", "2024-12-31", "Last year the council met every Monday; next month it votes again."),
] * 3


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture
def frame():
    return pd.DataFrame([{"id": f"{i}{r[0]}", "date": r[1], "body": r[2]}
                         for i, r in enumerate(ROWS)])


def dct(value):
    return timeline.pipeline.as_date(value if isinstance(value, str) else None)


def single_process_rows(frame):
    rows = []
    for record in frame.to_dict("records"):
        if record["body"]:
            doc = from_text(record["body"], record["id"], dct(record["date"]))
            rows.extend(timex_row(doc.id, t) for p in process_all([doc]) for t in p.timexes)
    return rows


def test_tag_partitions_equals_single_process(client, frame):
    ddf = dd.from_pandas(frame, npartitions=4)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = tdask.tag_partitions(ddf, "body", "date", "id").compute()
        expected = single_process_rows(frame)
    assert len(got) == len(expected) > 20
    assert got.to_dict("records") == expected
    assert ddf.npartitions == 4 and list(got.columns)[:4] == ["source", "start", "end", "text"]


def test_build_bag_equals_single_process(client, frame):
    records = frame.to_dict("records")
    bag = db.from_sequence(records, npartitions=3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = tdask.build_bag(bag, text_column="body", date_column="date", id_column="id")
        docs = [from_text(r["body"], r["id"], dct(r["date"]))
                for r in records if r["body"]]
        expected = timeline.build(docs)
    assert got.csv() == expected.csv() and len(got.dated) >= 4
    assert [(d["id"], d["published"]) for d in got.documents] == \
        [(d["id"], d["published"]) for d in expected.documents]
    assert {d["published_source"] for d in got.documents} == {"dataset", "inferred"}
    assert [name for name, _ in got.skipped] == ["3d", "8d", "13d"]   # the empty texts


def test_build_bag_of_plain_texts(client):
    texts = [r[2] for r in ROWS if r[2]]
    got = tdask.build_bag(db.from_sequence(texts, npartitions=2), published="2025-04-09")
    assert got.dated and all(d["id"].startswith("doc-") for d in got.documents)


def test_build_bag_about_an_entity_equals_single_process(client, frame):
    records = frame.to_dict("records")
    bag = db.from_sequence(records, npartitions=3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = tdask.build_bag(bag, text_column="body", date_column="date", id_column="id",
                              about=["NATO"])
        docs = [from_text(r["body"], r["id"], dct(r["date"])) for r in records if r["body"]]
        expected = timeline.build(docs, about=["NATO"])
    assert got.csv() == expected.csv() and got.entities == ("NATO",)
    assert got.title.startswith("NATO: ")
