"""The archive: one directory with SQLite records, raw pages and the Whoosh index."""

from newsarchive.archive.ingest import IngestReport, ingest
from newsarchive.archive.lock import ArchiveBusy
from newsarchive.archive.store import Archive, article_id

__all__ = ["Archive", "ArchiveBusy", "IngestReport", "article_id", "ingest"]
