"""The entity registry: raw mentions → canonical entities (surname joining + user overrides).

Raw extraction output lives in ``mentions``; ``entity_names`` maps every raw (type, name) to
its canonical name; ``entities`` gives canonical names stable ids. User overrides (merge,
rename) are stored in ``entity_overrides`` and re-applied whenever names are resolved, so
they survive re-ingest and reindex.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsarchive.entities.normalize import resolve_surnames
from newsarchive.record import Entity

if TYPE_CHECKING:
    from newsarchive.archive.store import Archive

TYPES = ("PER", "LOC", "ORG")


class EntityError(ValueError):
    """A user request about entities that cannot be carried out (unknown or ambiguous name)."""


def record_mentions(db: sqlite3.Connection, article_id: str, entities: Iterable[Entity]) -> None:
    """Replace the raw mentions of one article (inside the caller's transaction)."""
    db.execute("DELETE FROM mentions WHERE article_id=?", (article_id,))
    agg: dict[tuple[str, str], int] = defaultdict(int)
    for e in entities:
        name = " ".join((e.name or "").replace(",", " ").split())
        if name and e.type in TYPES:
            agg[(e.type, name)] += max(1, int(e.mentions or 1))
    db.executemany("INSERT INTO mentions(article_id, type, name, mentions) VALUES (?,?,?,?)",
                   [(article_id, t, n, m) for (t, n), m in agg.items()])
    db.executemany("INSERT OR IGNORE INTO entity_names(type, name, canonical) VALUES (?,?,NULL)",
                   list(agg))


def _overrides(db: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    rules: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for op, typ, a, b in db.execute("SELECT op, type, a, b FROM entity_overrides ORDER BY seq"):
        rules[typ].append((b, a) if op == "merge" else (a, b))  # (from, to)
    return rules


def _apply(rules: list[tuple[str, str]], name: str) -> str:
    for src, dst in rules:
        if name == src:
            name = dst
    return name


def resolve(db: sqlite3.Connection) -> int:
    """Recompute every canonical name; mark articles whose entities changed for re-indexing.

    Runs inside the caller's transaction. Returns the number of raw names whose canonical
    name changed.
    """
    rules = _overrides(db)
    rows = db.execute("SELECT type, name, canonical FROM entity_names").fetchall()
    per_counts = dict(db.execute(
        "SELECT name, COUNT(*) FROM mentions WHERE type='PER' GROUP BY name").fetchall())
    by_type: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for t, n, c in rows:
        by_type[t].append((n, c))
    changed: list[tuple[str, str, str]] = []
    for typ, items in by_type.items():
        r = rules.get(typ, [])
        first = {n: _apply(r, n) for n, _ in items}
        if typ == "PER":
            counts: dict[str, int] = defaultdict(int)
            for n, c in first.items():
                counts[c] += per_counts.get(n, 0)
            joined = resolve_surnames(dict(sorted(counts.items())))
            first = {n: joined.get(c, c) for n, c in first.items()}
        for n, old in items:
            new = _apply(r, first[n])
            if new != old:
                changed.append((typ, n, new))
    if changed:
        db.executemany("UPDATE entity_names SET canonical=? WHERE type=? AND name=?",
                       [(c, t, n) for t, n, c in changed])
        db.executemany(
            "UPDATE articles SET indexed=0 WHERE id IN "
            "(SELECT article_id FROM mentions WHERE type=? AND name=?)",
            [(t, n) for t, n, _ in changed])
    db.execute("INSERT OR IGNORE INTO entities(type, name) "
               "SELECT DISTINCT type, canonical FROM entity_names WHERE canonical IS NOT NULL")
    db.execute("DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM entity_names n "
               "WHERE n.type = entities.type AND n.canonical = entities.name)")
    return len(changed)


def forget_unused(db: sqlite3.Connection) -> None:
    """Drop raw names no article mentions any more."""
    db.execute("DELETE FROM entity_names WHERE NOT EXISTS (SELECT 1 FROM mentions m "
               "WHERE m.type = entity_names.type AND m.name = entity_names.name)")


def canonical_entities(db: sqlite3.Connection, article_id: str) -> list[Entity]:
    rows = db.execute("SELECT name, type, mentions FROM article_entities WHERE article_id=? "
                      "ORDER BY mentions DESC, name", (article_id,))
    return [Entity(name=n, type=t, mentions=m) for n, t, m in rows]


def find_entity(db: sqlite3.Connection, name: str, type: str | None = None) -> tuple[str, str]:
    """(type, canonical name) of an entity given by id, canonical name or alias."""
    if name.isdigit():
        row = db.execute("SELECT type, name FROM entities WHERE id=?", (int(name),)).fetchone()
        if row:
            return row[0], row[1]
    q = "SELECT DISTINCT type, canonical FROM entity_names WHERE (canonical = ? COLLATE NOCASE " \
        "OR name = ? COLLATE NOCASE)"
    args: list[str] = [name, name]
    if type:
        q += " AND type = ?"
        args.append(type)
    found = sorted({(t, c) for t, c in db.execute(q, args)})
    exact = [(t, c) for t, c in found if c == name]
    if len(exact) == 1:
        return exact[0]
    if len(found) == 1:
        return found[0]
    if not found:
        raise EntityError(f"no entity named {name!r}" + (f" of type {type}" if type else ""))
    options = ", ".join(f"{c} ({t})" for t, c in found)
    raise EntityError(f"{name!r} is ambiguous: {options}; pass --type")


def add_override(archive: Archive, op: str, a: str, b: str, type: str | None = None) -> str:
    """Store a merge (B becomes an alias of A) or rename (A is called B) and apply it now.

    Returns the entity type. Affected articles are re-indexed by the caller
    (:func:`newsarchive.index.writer.index_pending`).
    """
    db = archive.db
    if op == "merge":
        ta, ca = find_entity(db, a, type)
        tb, cb = find_entity(db, b, type)
        if ta != tb:
            raise EntityError(f"cannot merge a {tb} into a {ta}")
        if ca == cb:
            raise EntityError(f"{a!r} and {b!r} are already the same entity ({ca})")
        args = (op, ta, ca, cb)
    elif op == "rename":
        ta, ca = find_entity(db, a, type)
        new = " ".join(b.replace(",", " ").split())
        if not new:
            raise EntityError("the new name is empty")
        args = (op, ta, ca, new)
    else:
        raise ValueError(op)
    with archive.transaction():
        db.execute("INSERT INTO entity_overrides(op, type, a, b) VALUES (?,?,?,?)", args)
        resolve(db)
    return ta


def entity_list(archive: Archive, type: str | None = None, top: int | None = None
                ) -> list[dict]:
    """Registry rows: id, type, name, aliases, articles, first, last (most articles first)."""
    db = archive.db
    q = ("SELECT e.id, e.type, e.name, COUNT(DISTINCT m.article_id) AS n, "
         "MIN(a.published), MAX(a.published) FROM entities e "
         "JOIN entity_names en ON en.type = e.type AND en.canonical = e.name "
         "JOIN mentions m ON m.type = en.type AND m.name = en.name "
         "JOIN articles a ON a.id = m.article_id ")
    args: list[object] = []
    if type:
        q += "WHERE e.type = ? "
        args.append(type)
    q += "GROUP BY e.id ORDER BY n DESC, e.name"
    if top:
        q += " LIMIT ?"
        args.append(int(top))
    out = []
    others = aliases(db)
    for eid, t, name, n, first, last in db.execute(q, args).fetchall():
        out.append({"id": eid, "type": t, "name": name,
                    "aliases": sorted(others.get((t, name), [])), "articles": n,
                    "first": (first or "")[:10] or None, "last": (last or "")[:10] or None})
    return out


def alias_rows(db: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(type, raw name, canonical name) for every raw name the registry maps to another
    name, in the order they were first seen; empty for an archive without a registry."""
    try:
        return db.execute("SELECT type, name, canonical FROM entity_names "
                          "WHERE canonical IS NOT NULL AND name != canonical "
                          "ORDER BY rowid").fetchall()
    except sqlite3.Error:
        return []


def aliases(db: sqlite3.Connection) -> dict[tuple[str, str], list[str]]:
    """(type, canonical name) → the other raw names the registry maps to it."""
    out: dict[tuple[str, str], list[str]] = {}
    for typ, name, canonical in alias_rows(db):
        out.setdefault((typ, canonical), []).append(name)
    return out


def closest_name(db: sqlite3.Connection, typ: str, name: str) -> str | None:
    """The registry's canonical name of type ``typ`` closest in spelling to ``name``
    (``Olaf Scholtz`` → ``Olaf Scholz``; a surname alone is compared with surnames)."""
    import difflib

    names = [r[0] for r in db.execute("SELECT name FROM entities WHERE type=?", (typ,))]
    by_key: dict[str, str] = {}
    for n in names:
        by_key.setdefault(n.casefold(), n)
        if " " not in name and " " in n:  # "Scholtz": compare with the last word too
            by_key.setdefault(n.rsplit(" ", 1)[1].casefold(), n)
    hit = difflib.get_close_matches(name.casefold(), list(by_key), n=1, cutoff=0.8)
    return by_key[hit[0]] if hit else None
