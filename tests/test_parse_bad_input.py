"""Bad input never crashes or hangs: ParseError with a reason, or is_article=False."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsarchive.parse import ParseError, parse_file, parse_html

ARTICLE = (
    "<html><head><title>Testartikel</title></head><body><article><h1>Testartikel</h1>"
    + "<p>Der Landtag hat am Donnerstag über das neue Schulgesetz beraten.</p>" * 6
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        ("", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(256)) * 20, "binary"),
        (b"Just some plain text without any markup at all.", "not HTML"),
        (b'{"json": true, "items": [1, 2, 3]}', "not HTML"),
    ],
)
def test_bad_input_raises_parse_error(data: bytes | str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_html(data, source="bad.html")
    assert reason in err.value.reason
    assert "bad.html" in str(err.value)
    assert err.value.source == "bad.html"


def test_truncated_page_gives_partial_record() -> None:
    cut = ARTICLE.encode()[: len(ARTICLE) // 2]
    a = parse_html(cut)
    assert a.title == "Testartikel"
    assert a.paragraphs


def test_page_without_article_text() -> None:
    a = parse_html("<html><body><nav><a href='/'>Start</a></nav></body></html>")
    assert a.is_article is False and a.not_article_reason


def test_huge_page_is_refused_quickly() -> None:
    big = b"<html><body>" + b"<p>Viel zu viel Text auf einer Seite.</p>" * 1_400_000
    assert len(big) > 50_000_000
    with pytest.raises(ParseError) as err:
        parse_html(big, source="huge.html")
    assert "too large" in err.value.reason


def test_deeply_nested_markup_does_not_crash() -> None:
    html = (
        "<html><body>"
        + "<div>" * 5000
        + "<p>Tief verschachtelter Text im Dokument.</p>"
        + "</div>" * 5000
        + "</body></html>"
    )
    a = parse_html(html)
    assert a is not None


def test_parse_file_gzip_and_missing(tmp_path: Path) -> None:
    p = tmp_path / "page.html.gz"
    p.write_bytes(gzip.compress(ARTICLE.encode()))
    assert parse_file(p).title == "Testartikel"
    with pytest.raises(ParseError) as err:
        parse_file(tmp_path / "missing.html")
    assert "missing.html" in str(err.value)
    bad = tmp_path / "bad.gz"
    bad.write_bytes(b"not gzip at all")
    with pytest.raises(ParseError):
        parse_file(bad)
