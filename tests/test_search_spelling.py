"""The speller behind "did you mean" and unfinished words, on a vocabulary of its own."""

from collections import Counter

from search.spelling import Speller


def speller_of(counts):
    vocabulary = Counter(counts)
    return vocabulary, Speller(vocabulary)


def test_an_unfinished_word_is_completed_with_the_most_used_words_first():
    _vocabulary, speller = speller_of({"sinh": 9, "sinhvien": 2, "sing": 5, "si": 1, "khai": 7})
    assert speller.completions("si") == ["sinh", "sing", "sinhvien"]
    assert speller.completions("sinh") == ["sinhvien"]  # the word itself is no completion
    assert speller.completions("x") == []


def test_completions_follow_the_vocabulary_after_a_change():
    vocabulary, speller = speller_of({"can": 3, "cuoc": 4})
    assert speller.completions("cu") == ["cuoc"]
    vocabulary.update({"cung": 9})
    speller.learn("cung")
    speller.vocabulary_changed()
    assert speller.completions("cu") == ["cung", "cuoc"]


def test_a_typo_is_corrected_to_the_nearest_most_used_word():
    _vocabulary, speller = speller_of({"khai": 5, "khac": 1, "sinh": 4})
    assert speller.correct("khia") == "khai"  # two neighbours swapped: one edit
    assert speller.correct("sinhh") == "sinh"
    assert speller.correct("zzzzzz") is None
