"""The bundled sample pages parse into the records their expectations describe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.parse import parse_file

FIELDS = ("url", "title", "published", "modified", "authors", "language", "site_name")


def _expected(samples_dir: Path) -> dict:
    path = samples_dir / "expected.json"
    if not path.is_file():
        pytest.skip("samples/expected.json not present")
    return json.loads(path.read_text(encoding="utf-8"))


def test_samples_core_fields(samples_dir: Path) -> None:
    expected = _expected(samples_dir)
    assert expected
    for key, exp in expected.items():
        article = parse_file(samples_dir / exp.get("file", key))
        assert article.is_article, key
        for field in FIELDS:
            if field in exp:
                assert getattr(article, field) == exp[field], (key, field)
