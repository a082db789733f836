"""The words a citizen searched for are marked in the results, tone marks or not, and the
marking never lets the page's text become markup."""

import unicodedata

import pytest

from search.templatetags.search_tags import highlight


@pytest.mark.parametrize("query", ["dang ky", "ĐĂNG KÝ", "đăng ký", unicodedata.normalize("NFD", "đăng ký")])
def test_query_words_are_marked_whatever_the_tone_marks_and_case(query):
    assert highlight("Đăng ký khai sinh trực tuyến", query) == (
        "<mark>Đăng</mark> <mark>ký</mark> khai sinh trực tuyến"
    )


def test_a_title_stored_decomposed_is_marked_and_shown_composed():
    title = unicodedata.normalize("NFD", "Cấp đổi căn cước")
    assert highlight(title, "can cuoc") == "Cấp đổi <mark>căn</mark> <mark>cước</mark>"


def test_only_whole_words_are_marked():
    assert highlight("Bảo hiểm y tế, bảo hiểm xã hội", "y") == "Bảo hiểm <mark>y</mark> tế, bảo hiểm xã hội"
    assert highlight("Khai sinh", "kha") == "Khai sinh"


def test_the_text_is_escaped_and_entities_are_never_marked_inside():
    text = 'Mẹo <b>"hay"</b> & amp lt'
    marked = highlight(text, "amp lt quot")
    assert marked == "Mẹo &lt;b&gt;&quot;hay&quot;&lt;/b&gt; &amp; <mark>amp</mark> <mark>lt</mark>"


def test_without_query_words_the_text_is_only_escaped():
    assert highlight("<script>", "?! …") == "&lt;script&gt;"


def test_a_mark_with_no_composed_letter_leaves_the_text_unmarked_but_escaped():
    text = "q\u0303 & khai sinh"  # "q̃": folding drops the mark, so the folded text is shorter
    assert highlight(text, "khai") == "q\u0303 &amp; khai sinh"
