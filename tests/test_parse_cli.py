"""`newsarchive parse`: JSON lines for several files, readable summary, errors on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsarchive.cli.parse import parse

FIX = Path(__file__).resolve().parent / "fixtures" / "parse"


def test_parse_json_several_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    files = [FIX / "wordpress_graph.html", str(empty), FIX / "broadcaster_sections.html"]
    result = CliRunner().invoke(parse, ["--json", *map(str, files)])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert records[0]["title"] == "Stadtrat beschließt neuen Radweg am Flussufer"
    assert records[1]["agencies"] == ["dpa", "AFP"]
    assert "text" in records[0] and "content_hash" in records[0]
    assert "empty.html" in result.stderr and "empty input" in result.stderr


def test_parse_summary_ok() -> None:
    result = CliRunner().invoke(parse, [str(FIX / "wordpress_graph.html")])
    assert result.exit_code == 0
    assert "Stadtrat beschließt neuen Radweg am Flussufer" in result.stdout
    assert "Anna Muster" in result.stdout


def test_parse_json_has_canonical_entities(samples_dir: Path) -> None:
    page = samples_dir / "hauptstadtblatt-meseberg-scholz-macron-saved.html"
    result = CliRunner().invoke(parse, ["--json", str(page)])
    assert result.exit_code == 0, result.output
    entities = json.loads(result.stdout)["entities"]
    assert {"name", "type", "mentions"} <= set(entities[0])
    found = {(e["name"], e["type"]) for e in entities}
    assert {("Olaf Scholz", "PER"), ("Emmanuel Macron", "PER"), ("Frankreich", "LOC")} <= found
    no_ner = CliRunner().invoke(parse, ["--json", "--no-entities", str(page)])
    assert json.loads(no_ner.stdout)["entities"] == []
