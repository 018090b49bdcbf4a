"""Ingest and import on Dask: a local cluster of worker processes (``--workers N``) or an
existing one (``--scheduler tcp://HOST:PORT``).

Workers only compute: they receive plain records (articles, slices of a table), return plain
records (analyses, mapped frames), and never open the store; the client writes, through the
same store calls as a run in one process.  :mod:`geo.cluster.connect` opens the cluster,
:mod:`geo.cluster.ingest` analyses articles on it, :mod:`geo.cluster.work` is what runs on
the workers.
"""
