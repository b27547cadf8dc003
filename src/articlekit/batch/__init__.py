"""Batch conversion: thousands of saved pages, from a notebook, a shell or a Dask cluster.

- :mod:`~articlekit.batch.sources` finds the pages in paths, folders, globs and WARC archives;
- :mod:`~articlekit.batch.pool` runs them on worker processes with a time limit per page;
- :mod:`~articlekit.batch.dask` runs them on a Dask cluster instead (the ``dask`` extra);
- :mod:`~articlekit.batch.output` writes JSON Lines or Parquet and resumes a stopped run;
- :mod:`~articlekit.batch.command` is ``articlekit batch``.
"""

from articlekit.batch.api import extract_many
from articlekit.batch.results import PageError, PageResult

__all__ = ["PageError", "PageResult", "extract_many"]
