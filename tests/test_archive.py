"""The archive store and the entity registry (surname joining, merge/rename overrides)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ingest_corpus import page

from newsarchive.archive import Archive, ingest
from newsarchive.archive.rawstore import RawStore, raw_hash
from newsarchive.archive.registry import EntityError, add_override
from newsarchive.cli import main
from newsarchive.index import reindex, search
from newsarchive.record import Entity

KNOWN = {"Donald Trump": "PER", "Trump": "PER", "Olaf Scholz": "PER", "Scholz": "PER",
         "Emmanuel Macron": "PER", "Berlin": "LOC", "Paris": "LOC", "Deutsche Bahn": "ORG",
         "DB": "ORG", "Erika Beispiel": "PER"}


def fake_entities(arts):
    """Stand-in NER: known names found in the text (longest first, no overlaps)."""
    out = []
    for a in arts:
        text = a.title + " " + a.text
        found: dict[str, int] = {}
        for name in sorted(KNOWN, key=len, reverse=True):
            hits = len(re.findall(rf"\b{re.escape(name)}\b", text))
            if hits:
                found[name] = hits
                text = re.sub(rf"\b{re.escape(name)}\b", " ", text)
        out.append([Entity(name=n, type=KNOWN[n], mentions=c) for n, c in found.items()])
    return out


TEXTS = [
    "Donald Trump sprach in Berlin über Zölle. Trump drohte erneut mit Strafzöllen.",
    "Trump kündigte neue Zölle an, die auch Paris treffen würden.",
    "Olaf Scholz traf Emmanuel Macron in Paris. Scholz lobte die Zusammenarbeit.",
    "Die Deutsche Bahn meldet Verspätungen in Berlin. Die DB entschuldigte sich.",
    "Scholz äußerte sich in Berlin zur Bahn. Die DB reagierte gelassen.",
]


@pytest.fixture()
def arch(tmp_path: Path, monkeypatch) -> Archive:
    import newsarchive.entities as ents

    monkeypatch.setattr(ents, "extract_entities_many", fake_entities)
    rng = random.Random(2)
    for i, t in enumerate(TEXTS):
        body = "\n\n".join([t, "Weitere Einzelheiten wurden zunächst nicht bekannt."])
        (tmp_path / f"p{i}.html").write_text(page(i, rng, text=body), encoding="utf-8")
    ingest([tmp_path / f"p{i}.html" for i in range(len(TEXTS))], tmp_path / "a", jobs=1,
           progress=False)
    a = Archive(tmp_path / "a")
    yield a
    a.close()


def _ents(a: Archive, typ: str | None = None) -> dict[str, dict]:
    return {e["name"]: e for e in a.entity_list(type=typ)}


def test_rawstore_roundtrip(tmp_path: Path):
    rs = RawStore(tmp_path / "raw")
    data = "<html>Grüße</html>".encode()
    d = rs.put(data)
    assert d == raw_hash(data) and rs.has(d) and rs.get(d) == data
    assert rs.put(data) == d  # idempotent
    with pytest.raises(KeyError):
        rs.get("0" * 64)


def test_registry_joins_bare_surnames(arch: Archive):
    ents = _ents(arch, "PER")
    assert "Trump" not in ents and "Scholz" not in ents
    assert ents["Donald Trump"]["articles"] == 2
    assert "Trump" in ents["Donald Trump"]["aliases"]
    assert ents["Olaf Scholz"]["articles"] == 2
    assert ents["Olaf Scholz"]["first"] and ents["Olaf Scholz"]["last"]
    assert _ents(arch, "LOC")["Berlin"]["articles"] == 3


def test_entity_fields_filters_and_facets(arch: Archive):
    assert search(arch, "Zölle", persons=["Donald Trump"]).total == 2
    assert search(arch, "Zölle", persons=["Trump"]).total == 2
    assert search(arch, "person:Scholz").total == 2
    assert search(arch, "ort:Paris").total == 2
    assert search(arch, "Verspätungen", orgs=["Deutsche Bahn"]).total == 1
    res = search(arch, "Berlin")
    persons = dict(res.facets["persons"])
    assert persons.get("Donald Trump") == 1 and persons.get("Olaf Scholz") == 1
    assert dict(res.facets["places"])["Berlin"] == 3


def test_merge_and_rename_survive_reindex_and_reingest(arch: Archive, tmp_path: Path):
    add_override(arch, "merge", "Deutsche Bahn", "DB")
    add_override(arch, "rename", "Olaf Scholz", "Bundeskanzler Olaf Scholz")
    from newsarchive.index.writer import index_pending

    index_pending(arch)

    def check() -> None:
        orgs = _ents(arch, "ORG")
        assert set(orgs) == {"Deutsche Bahn"} and orgs["Deutsche Bahn"]["articles"] == 2
        assert "DB" in orgs["Deutsche Bahn"]["aliases"]
        per = _ents(arch, "PER")
        assert "Olaf Scholz" not in per
        assert per["Bundeskanzler Olaf Scholz"]["articles"] == 2
        assert search(arch, "Bahn", orgs=["Deutsche Bahn"]).total == 2
        assert search(arch, 'person:"Bundeskanzler Olaf Scholz"').total == 2
        # the name fields keep the names the articles wrote: both articles said "DB"
        assert search(arch, "org:DB").total == 2
        assert dict(search(arch, "org:DB").facets["orgs"]) == {"Deutsche Bahn": 2}

    check()
    reindex(arch, progress=False)
    check()
    reindex(arch, reparse=True, progress=False)
    check()
    ingest([tmp_path / "p4.html"], arch, jobs=1, progress=False)
    check()


def test_override_errors(arch: Archive):
    with pytest.raises(EntityError, match="no entity"):
        add_override(arch, "merge", "Niemand", "DB")
    with pytest.raises(EntityError, match="cannot merge"):
        add_override(arch, "merge", "Berlin", "DB")
    with pytest.raises(EntityError, match="already the same"):
        add_override(arch, "merge", "Donald Trump", "Trump")


def test_entities_cli(arch: Archive):
    r = CliRunner()
    out = r.invoke(main, ["entities", "list", "--archive", str(arch.path), "--type", "PER",
                          "--top", "1"])
    lines = out.output.strip().splitlines()
    assert out.exit_code == 0 and len(lines) == 2
    assert lines[0].split()[:3] == ["id", "type", "articles"]
    assert lines[1].split()[1:3] == ["PER", "2"]
    out = r.invoke(main, ["entities", "merge", "--archive", str(arch.path), "Paris", "Berlin"])
    assert out.exit_code == 0, out.output
    out = r.invoke(main, ["entities", "list", "--archive", str(arch.path), "--json"])
    names = {e["name"] for e in __import__("json").loads(out.output)}
    assert "Berlin" not in names and "Paris" in names
    out = r.invoke(main, ["entities", "rename", "--archive", str(arch.path), "Nix", "Y"])
    assert out.exit_code != 0 and "no entity named 'Nix'" in out.output
    assert search(arch, "ort:Paris").total == 5


def test_get_and_iter(arch: Archive):
    ids = arch.ids()
    row = arch.get(ids[0])
    assert row["text"] and row["record"]["title"] and row["duplicates"] == []
    assert [i for i, _ in arch.iter_articles()] == ids
    assert all(a.entities for _, a in arch.iter_articles())


def test_filter_by_merged_alias(arch: Archive):
    add_override(arch, "merge", "Deutsche Bahn", "DB")
    from newsarchive.index.writer import index_pending

    index_pending(arch)
    assert search(arch, "Berlin", orgs=["DB"]).total == search(
        arch, "Berlin", orgs=["Deutsche Bahn"]).total == 2


def test_per_article_lookups_use_indexes(tmp_path: Path):
    """Ingest and reindex look rows up by sequence number, hash and id once per article: none
    of these may scan the table (that made ingest quadratic in the archive size)."""
    with Archive(tmp_path / "a") as a:
        for sql, args in [
            ("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles", ()),
            ("SELECT id, record, source FROM articles WHERE seq BETWEEN ? AND ? ORDER BY seq",
             (1, 9)),
            ("SELECT id FROM articles WHERE content_hash=? ORDER BY seq LIMIT 1", ("h",)),
            ("SELECT content_hash, record FROM articles WHERE id=?", ("x",)),
            ("SELECT status, article_id FROM pages WHERE raw_hash=?", ("h",)),
            ("SELECT 1 FROM duplicates WHERE id=?", ("x",)),
        ]:
            plan = " ".join(r[3] for r in a.db.execute("EXPLAIN QUERY PLAN " + sql, args))
            assert "USING" in plan and not re.search(r"\bSCAN\b", plan), (sql, plan)


def test_entity_page_names_the_aliases(arch: Archive, tmp_path: Path):
    from newsarchive.site import build_site

    add_override(arch, "merge", "Deutsche Bahn", "DB")
    from newsarchive.index.writer import index_pending

    index_pending(arch)
    build_site(arch, tmp_path / "site")
    page = (tmp_path / "site" / "organisationen" / "deutsche-bahn" / "index.html").read_text(
        encoding="utf-8")
    assert "Auch genannt: DB" in page
    trump = (tmp_path / "site" / "personen" / "donald-trump" / "index.html").read_text(
        encoding="utf-8")
    assert "Auch genannt: Trump" in trump  # a bare surname joined to the full name


def test_filter_name_in_no_article_is_named_with_the_closest_name(arch: Archive):
    res = search(arch, "Zölle", persons=["Donald Trumpp"], orgs=["Deutsche Bahn"])
    assert res.total == 0
    assert res.unknown_names == [{"type": "PER", "name": "Donald Trumpp",
                                  "suggestion": "Donald Trump"}]
    # a known name that only does not meet the query is not "unknown"
    assert search(arch, "Zölle", persons=["Olaf Scholz"]).unknown_names == []
    assert search(arch, "Zölle", places=["Atlantis"]).unknown_names[0]["suggestion"] is None
    out = CliRunner().invoke(main, ["search", "--archive", str(arch.path), "Zölle",
                                    "--person", "Scholtz"])
    assert "Person „Scholtz“ kommt in keinem Artikel vor. Meinten Sie „Olaf Scholz“?" \
        in out.output


def test_name_field_value_in_no_article_gets_the_closest_name(arch: Archive):
    """person:/ort:/org: in the query syntax are corrected from the registry, like the
    --person filter: a surname stays a surname, a full name a full name."""
    assert search(arch, "person:Trumpp").suggestion == "person:Trump"
    res = search(arch, 'person:"Donald Trumpp" Zölle')
    assert res.total == 0 and res.suggestion == 'person:"Donald Trump" Zölle'
    assert search(arch, "person:Trump").suggestion is None  # found: nothing to suggest
    assert search(arch, "ort:Atlantis").suggestion is None  # nothing close in the registry
