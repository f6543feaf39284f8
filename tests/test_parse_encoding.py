"""Decoding: BOM, meta charset, http-equiv, XML prolog, undeclared legacy pages, mojibake."""

from __future__ import annotations

import codecs

import pytest

from newsarchive.parse import parse_html
from newsarchive.parse.decode import decode_html, repair_mojibake

TEXT = (
    "Die Bürgermeisterin äußerte sich über die Größe des Straßenfests: „Wir sind "
    "überwältigt“, sagte sie. Für die Gäste gab es Würstchen, Getränke und Musik bis spät."
)


def html(head: str = "") -> str:
    return (
        f"<html><head>{head}<title>Straßenfest in Köln</title></head><body><article>"
        f"<h1>Großes Straßenfest in Köln</h1><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    )


def check(data: bytes) -> None:
    a = parse_html(data)
    assert a.title == "Straßenfest in Köln"
    assert TEXT in a.paragraphs


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    ],
)
def test_declared_legacy_charset(head: str) -> None:
    check(html(head).encode("cp1252"))


def test_declared_utf8() -> None:
    check(html('<meta charset="utf-8">').encode("utf-8"))


def test_utf8_bom_and_utf16_bom() -> None:
    check(codecs.BOM_UTF8 + html().encode("utf-8"))
    check(html().encode("utf-16"))  # with BOM


def test_xml_prolog_encoding() -> None:
    doc = '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + html().replace(
        "<html>", '<html xmlns="http://www.w3.org/1999/xhtml">'
    )
    check(doc.encode("cp1252"))


def test_undeclared_legacy_encodings_are_detected() -> None:
    check(html().encode("cp1252"))
    plain = html().replace("„", '"').replace("“", '"')
    a = parse_html(plain.encode("latin-1"))
    assert "Bürgermeisterin äußerte sich über die Größe" in a.paragraphs[0]


def test_wrong_declaration_falls_back() -> None:
    check(html('<meta charset="utf-8">').encode("cp1252"))


def test_mojibake_repaired() -> None:
    assert repair_mojibake("fÃ¼r die StraÃŸe") == "für die Straße"
    assert repair_mojibake("„Hallo“ – sagte sie") == "„Hallo“ – sagte sie"
    broken = html('<meta charset="utf-8">').encode("utf-8").decode("cp1252").encode("utf-8")
    check(broken)
    # mixed: one mojibake word in otherwise fine text
    assert decode_html("Grüße fÃ¼r alle".encode()) == "Grüße für alle"
