"""Indexing shortcuts (search/text.py, search/index.py) give exactly what the plain way gives."""

import unicodedata

import pytest
from django.core.management import get_commands

from guides.models import GuidePage
from search import index as search_index_module
from search.index import values_computed_once
from search.text import fold_vietnamese

from .factories import GuidePageFactory


def fold_each_character(text):
    """The folding as first written: the whole text, one character at a time."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).replace("đ", "d")


@pytest.mark.parametrize(
    "text",
    [
        "Đăng ký khai sinh trực tuyến",
        unicodedata.normalize("NFD", "ĐĂNG KÝ  kết hôn "),
        "“Lưu ý” – phí 0 đồng… Ê Đê: mơ̆ng, ŏ, ŭ",
        "ΟΔΟΣ ΟΔΟΣ. ΑΣ Α Σ",  # final sigma depends on the neighbours
        "a \u0301e \U0001d165x",  # marks right after a space
        "\u1100 \u1161 \u1100\u1161",  # Hangul jamo compose only when adjacent
        "İstanbul\tTAB\u00a0NBSP",
        "plain ascii, Procedure 1.003",
    ],
)
def test_folding_word_by_word_equals_folding_the_whole_text(text):
    assert fold_vietnamese(text) == fold_each_character(text)


def test_update_index_is_the_sites_command():
    assert get_commands()["update_index"] == "search"


def test_values_are_remembered_inside_the_block_only(guide_index, monkeypatch):
    guide = GuidePage.objects.get(pk=GuidePageFactory(parent=guide_index, title="Đăng ký").pk)
    steps = next(field for field in GuidePage.get_search_fields() if field.field_name == "steps")
    reads = []
    monkeypatch.setattr(
        search_index_module, "fold_vietnamese", lambda text: reads.append(text) or fold_vietnamese(text)
    )

    with values_computed_once():
        first = steps.get_value(guide)
        assert steps.get_value(guide) == first
    assert len(reads) == 1
    assert "mo ung dung vneid" in first

    guide.steps = [("step", {"title": "Nộp hồ sơ", "body": "<p>Xong</p>"})]
    assert steps.get_value(guide).startswith("nop ho so xong")
