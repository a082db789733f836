"""Vietnamese text as citizens type it: tone marks or not, Telex leftovers, any Unicode form."""

import functools
import re
import unicodedata

# Vietnamese syllables never end in these letters, so after a vowel they are Telex tone keys
# typed on a keyboard without Vietnamese input ("kys" for "ký", "vuj" for "vụ").
TELEX_TONE_KEYS = "sfrxj"
TELEX_VOWEL_KEYS = {"aa": "a", "aw": "a", "ee": "e", "oo": "o", "ow": "o", "uw": "u", "dd": "d"}
_TELEX_PAIRS = re.compile("|".join(TELEX_VOWEL_KEYS))
_WORD = re.compile(r"\w+", re.UNICODE)
_VOWELS = set("aeiouy")


def fold_vietnamese(text):
    """Lower-case text with every tone and vowel mark removed and "đ" written "d".

    "ĐĂNG KÝ", "đăng ký" (NFC or NFD) and "dang ky" all fold to "dang ky".
    """
    if text.isascii():  # no mark to remove
        return text.lower()
    # Folding goes character by character and indexing folds whole pages, whose words repeat:
    # each distinct word is folded once and remembered (a site uses a few thousand). Splitting
    # at spaces changes nothing: no mark, composition or final-sigma rule reaches across one.
    return " ".join(map(_fold_word, text.split(" ")))


@functools.lru_cache(maxsize=20_000)
def _fold_word(word):
    decomposed = unicodedata.normalize("NFD", word.lower())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).replace("đ", "d")


def fold_telex(word):
    """The folded word a Telex keystroke sequence stands for: "ddawng" → "dang", "suwj" → "su".

    Only applied to plain ASCII words; returns the word unchanged when it shows no Telex sign.
    """
    if not word.isascii():
        return word
    folded = _TELEX_PAIRS.sub(lambda match: TELEX_VOWEL_KEYS[match.group(0)], word)
    if len(folded) > 1 and folded[-1] in TELEX_TONE_KEYS and (_VOWELS & set(folded[:-1])):
        folded = folded[:-1]
    return folded


def words(text):
    """The folded words of a text, in order."""
    return _WORD.findall(fold_vietnamese(text))


def fold_for_search(text):
    """Folded words only: engine syntax characters (" * ? : ( ) …) never reach an engine."""
    return " ".join(words(text))
