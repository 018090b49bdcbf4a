"""What the fork server of tests/forked_cli.py loads before it forks a command (importing this
module does it): the CLI with the modules its ``ingest`` and ``import`` commands import when
they run, and the English model's two pipelines (the tests' articles are English)."""

import alembic.command  # noqa: F401 - the store's migrations (geo.store.migrate imports them when run)
import alembic.config  # noqa: F401

import dashboard.cli  # noqa: F401
import geo.dataset_import  # noqa: F401
import geo.importers.ucdp  # noqa: F401
import geo.pipeline  # noqa: F401
import geo.store.migrate  # noqa: F401
from geo.extract import nlp

nlp.pipeline("en")
nlp.parser("en")
