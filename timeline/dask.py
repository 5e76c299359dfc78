"""Dask: documents in a Dask DataFrame or Bag, tagged and built on any Dask cluster.

Owns nothing of the pipeline: every partition runs the same per-document code as the command
line (`corpus.document_result`, `pipeline.process`), so a Dask run gives exactly the single-process
result. Needs the optional extra: pip install 'timeline[dask]'.

    import dask.dataframe as dd, timeline.dask
    ddf = dd.read_parquet("news.parquet")
    timexes = timeline.dask.tag_partitions(ddf, text_column="body", date_column="date")
"""
from __future__ import annotations

import hashlib
import math
from datetime import date
from typing import Optional, Union

from .corpus import Result, document_result
from .export import TIMEX_CSV_COLUMNS, timex_row
from .model import Document
from .pipeline import as_date
from .sources import Columns, row_document

_DTYPES = {"start": "int64", "end": "int64", "confidence": "float64"}


def _clean(record: dict) -> dict:
    """A row with pandas' missing values (NaN, NaT) as None."""
    return {k: None if (isinstance(v, float) and math.isnan(v)) or str(v) == "NaT" else v
            for k, v in record.items()}


def _document(fallback_id, record: dict, columns: Columns, published: Optional[date]):
    """The row as a Document named by its id column, else by `fallback_id`; or a BadSource."""
    record = _clean(record)
    has_id = columns.id and record.get(columns.id) is not None
    return row_document(record, columns, str(record[columns.id] if has_id else fallback_id),
                        published)


def _tag_frame(frame, columns: Columns, published: Optional[date]):
    import pandas as pd

    from .pipeline import process

    rows = []
    for index, record in zip(frame.index, frame.to_dict("records")):
        doc = _document(index, record, columns, published)
        if isinstance(doc, Document):
            rows.extend(timex_row(doc.id, t) for t in process(doc).timexes)
    return pd.DataFrame(rows, columns=TIMEX_CSV_COLUMNS).astype(_DTYPES)


def tag_partitions(ddf, text_column: str = "text", date_column: Optional[str] = None,
                   id_column: Optional[str] = None, published=None):
    """A lazy Dask DataFrame of every temporal expression (the columns of `timeline tag`), one
    partition per partition of `ddf`; rows without text or with a bad date are left out."""
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series(dtype=_DTYPES.get(c, "object")) for c in TIMEX_CSV_COLUMNS})
    return ddf.map_partitions(_tag_frame, Columns(text_column, date_column, id_column),
                              as_date(published), meta=meta)


def _bag_result(item: Union[str, dict, Document], columns: Columns,
                published: Optional[date], about: tuple = ()) -> Result:
    """One bag item's result; items without an id are named by a digest of their text."""
    if not isinstance(item, Document):
        record = item if isinstance(item, dict) else {columns.text: item}
        text = str(record.get(columns.text))
        item = _document("doc-" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:10],
                         record, columns, published)
    return document_result(item, published, about=about)


def build_bag(bag, published=None, title: Optional[str] = None, text_column: str = "text",
              date_column: Optional[str] = None, id_column: Optional[str] = None,
              about=None):
    """The merged Timeline of a Dask Bag of documents (texts, dicts with the named columns, or
    Document objects): each document is processed on the cluster, the merge runs here. `about`
    (entity names), as `timeline.build`'s: their events and every other happening of theirs."""
    from .api import assemble, entity_names

    columns = Columns(text_column, date_column, id_column)
    entities = entity_names(about)
    results = bag.map(_bag_result, columns, as_date(published), entities).compute()
    built = assemble(results, title)
    return built.about(*entities, title=title) if entities else built
