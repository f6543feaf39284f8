"""The archive directory: SQLite (WAL) records, raw pages and the current index generation."""

from __future__ import annotations

import hashlib
import html
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsarchive.archive.rawstore import RawStore
from newsarchive.record import Article, Entity

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, url TEXT, title TEXT, published TEXT,
    modified TEXT, source TEXT, file TEXT, content_hash TEXT NOT NULL, raw_hash TEXT,
    record TEXT NOT NULL, indexed INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_unindexed ON articles(indexed) WHERE indexed = 0;
CREATE TABLE IF NOT EXISTS pages (
    raw_hash TEXT PRIMARY KEY, status TEXT NOT NULL, article_id TEXT, file TEXT, reason TEXT);
CREATE TABLE IF NOT EXISTS duplicates (
    id TEXT PRIMARY KEY, primary_id TEXT NOT NULL, url TEXT, source TEXT, file TEXT,
    kind TEXT NOT NULL, similarity REAL, raw_hash TEXT, published TEXT);
CREATE INDEX IF NOT EXISTS duplicates_primary ON duplicates(primary_id);
CREATE TABLE IF NOT EXISTS minhash (article_id TEXT PRIMARY KEY, sig BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS lsh (band INTEGER, key INTEGER, article_id TEXT);
CREATE INDEX IF NOT EXISTS lsh_key ON lsh(band, key);
CREATE INDEX IF NOT EXISTS lsh_article ON lsh(article_id);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT, type TEXT, name TEXT, mentions INTEGER,
    PRIMARY KEY (article_id, type, name));
CREATE INDEX IF NOT EXISTS mentions_name ON mentions(type, name);
CREATE TABLE IF NOT EXISTS entity_names (
    type TEXT, name TEXT, canonical TEXT, PRIMARY KEY (type, name));
CREATE INDEX IF NOT EXISTS entity_names_canonical ON entity_names(type, canonical);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, name TEXT NOT NULL,
    UNIQUE (type, name));
CREATE TABLE IF NOT EXISTS entity_overrides (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, op TEXT NOT NULL, type TEXT NOT NULL,
    a TEXT NOT NULL, b TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ingest_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, command TEXT, started TEXT, finished TEXT,
    report TEXT);
CREATE VIEW IF NOT EXISTS article_entities AS
    SELECT m.article_id AS article_id, e.id AS entity_id, e.type AS type, e.name AS name,
           SUM(m.mentions) AS mentions
    FROM mentions m
    JOIN entity_names n ON n.type = m.type AND n.name = m.name
    JOIN entities e ON e.type = n.type AND e.name = n.canonical
    GROUP BY m.article_id, e.id;
"""


def article_key(article: Article) -> str:
    """URL without fragment, or ``hash:<content hash>`` for pages without a URL."""
    url = (article.url or "").strip()
    if url:
        return url.split("#", 1)[0]
    return "hash:" + article.content_hash


def article_id(article: Article) -> str:
    """Stable article id: 16 hex digits of SHA-256 over :func:`article_key`."""
    return hashlib.sha256(article_key(article).encode("utf-8")).hexdigest()[:16]


def publication(article: Article) -> str:
    """The publication name: ``site_name`` or the URL host without ``www.``."""
    name = html.unescape(article.site_name or "").strip()
    if name.startswith(("http://", "https://")):  # some pages put their URL there
        name = (urlsplit(name).hostname or "").removeprefix("www.")
    if name:
        return name
    host = urlsplit(article.url or "").hostname or ""
    return host.removeprefix("www.") or "unbekannt"


def record_json(article: Article) -> str:
    """The stored record: :meth:`Article.to_dict` without computed or entity fields."""
    d = article.to_dict()
    for key in ("text", "content_hash", "entities"):
        d.pop(key, None)
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


class Archive:
    """An archive directory: ``archive.sqlite``, ``raw/``, ``index/`` (generations)."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        self.path = Path(path)
        if not self.path.exists():
            if not create:
                raise FileNotFoundError(f"{self.path}: no archive here (run `newsarchive ingest`)")
            self.path.mkdir(parents=True)
        self.db_path = self.path / "archive.sqlite"
        self.raw = RawStore(self.path / "raw")
        self.index_root = self.path / "index"
        self.index_root.mkdir(exist_ok=True)
        self.lock_path = self.path / "writer.lock"
        self.db = sqlite3.connect(self.db_path, timeout=60, isolation_level=None,
                                  check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> sqlite3.Connection:
        """``with archive.transaction(): ...`` — BEGIN IMMEDIATE / COMMIT or ROLLBACK."""
        return _Tx(self.db)  # type: ignore[return-value]

    # -- meta ----------------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- index generations ---------------------------------------------------------------
    def index_dir(self) -> Path | None:
        """Directory of the current index generation (None before the first ingest)."""
        try:
            name = (self.index_root / "CURRENT").read_text().strip()
        except FileNotFoundError:
            return None
        return self.index_root / name if name else None

    def set_index_dir(self, name: str) -> None:
        """Point CURRENT at generation ``name`` atomically."""
        tmp = self.index_root / f".CURRENT.{os.getpid()}"
        tmp.write_text(name + "\n")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.index_root / "CURRENT")

    def open_index(self):  # -> whoosh.index.Index
        """The current Whoosh index (created empty when missing)."""
        from newsarchive.index.writer import open_or_create

        return open_or_create(self)

    # -- articles ------------------------------------------------------------------------
    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The stored row of an article as a dict, with ``record``, ``text``, ``entities``
        and ``duplicates`` filled in."""
        row = self.db.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            return None
        d = dict(row)
        rec = json.loads(d.pop("record"))
        d["record"] = rec
        d["text"] = Article.from_dict(rec).text
        d["entities"] = [e.to_dict() for e in self.entities_of(article_id)]
        d["duplicates"] = self.duplicates(article_id)
        return d

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            return None
        art = Article.from_dict(json.loads(row[0]))
        art.entities = self.entities_of(article_id)
        return art

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[tuple[str, Article]]:
        """(id, Article) in id order, canonical entities filled in."""
        if ids is None:
            rows = self.db.execute("SELECT id, record FROM articles ORDER BY id")
            for aid, rec in rows.fetchall():
                art = Article.from_dict(json.loads(rec))
                art.entities = self.entities_of(aid)
                yield aid, art
            return
        for aid in ids:
            art = self.article(aid)
            if art is not None:
                yield aid, art

    def text_of(self, article_id: str) -> tuple[str, str] | None:
        """(title, text) of an article, for snippets."""
        row = self.db.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            return None
        art = Article.from_dict(json.loads(row[0]))
        return art.title or "", art.text

    def entities_of(self, article_id: str) -> list[Entity]:
        rows = self.db.execute(
            "SELECT name, type, mentions FROM article_entities WHERE article_id=? "
            "ORDER BY mentions DESC, name", (article_id,))
        return [Entity(name=n, type=t, mentions=m) for n, t, m in rows]

    def duplicates(self, article_id: str) -> list[dict[str, Any]]:
        """"Also published by": copies of the article under other URLs."""
        rows = self.db.execute(
            "SELECT url, source, file, kind, similarity, published FROM duplicates "
            "WHERE primary_id=? ORDER BY source, url", (article_id,))
        return [dict(r) for r in rows]

    def entity_list(self, type: str | None = None, top: int | None = None) -> list[dict]:
        from newsarchive.archive.registry import entity_list

        return entity_list(self, type=type, top=top)


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, *exc: object) -> None:
        # a second exit (an error after the transaction was committed) must not raise
        # "no transaction is active" over the error that is on its way up
        if self.db.in_transaction:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")
