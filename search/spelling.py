"""Spelling help against the catalogue's vocabulary: Telex leftovers, typos, run-together words."""

import bisect
from functools import lru_cache

from .text import fold_telex

MAX_EDITS_SHORT = 1  # words of 3 to 7 letters (Vietnamese syllables are short)
MAX_EDITS_LONG = 2  # words of 8 letters or more
MIN_TYPO_LENGTH = 3


def allowed_edits(word):
    if len(word) < MIN_TYPO_LENGTH:
        return 0
    return MAX_EDITS_LONG if len(word) >= 8 else MAX_EDITS_SHORT


def edit_distance(a, b, limit):
    """Optimal string alignment distance (a swap of two neighbours is one edit), capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def _deletes(word, depth):
    """Every string made by deleting up to `depth` letters (symmetric-delete candidate keys)."""
    found, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))} - found
        found |= frontier
    return found


class Speller:
    """Finds the vocabulary word a misspelt word most likely stands for."""

    def __init__(self, vocabulary):
        self.vocabulary = vocabulary  # word -> use count, kept up to date by the owner
        self.index = {}
        for word in vocabulary:
            self.learn(word)
        self.correct = lru_cache(maxsize=4096)(self._correct)
        self._sorted_words = None  # for prefix lookups; rebuilt after a change

    def learn(self, word):
        """A word entered the vocabulary."""
        for key in _deletes(word, MAX_EDITS_LONG if len(word) >= 8 else MAX_EDITS_SHORT):
            self.index.setdefault(key, set()).add(word)

    def forget(self, word):
        """A word left the vocabulary."""
        for key in _deletes(word, MAX_EDITS_LONG if len(word) >= 8 else MAX_EDITS_SHORT):
            self.index.get(key, set()).discard(word)

    def vocabulary_changed(self):
        """Corrections depend on the words and how often they are used: recompute them."""
        self.correct.cache_clear()
        self._sorted_words = None

    def known(self, word):
        return word in self.vocabulary

    def correct_telex(self, word):
        """The word its Telex keystrokes spell ("kys" → "ky") when that one is known, else None."""
        telex = fold_telex(word)
        return telex if telex != word and telex in self.vocabulary else None

    def _correct(self, word):
        """The best known word for `word`, or None. Known words and Telex forms come first."""
        if word in self.vocabulary:
            return word
        if telex := self.correct_telex(word):
            return telex
        limit = allowed_edits(word)
        if not limit:
            return None
        candidates = {c for key in _deletes(word, limit) for c in self.index.get(key, ())}
        scored = [
            (edit_distance(word, candidate, limit), -self.vocabulary[candidate], candidate)
            for candidate in candidates
        ]
        scored = [item for item in scored if item[0] <= min(limit, allowed_edits(item[2]) or 1)]
        if len(word) == MIN_TYPO_LENGTH:  # too little to go on: keep the first letter
            scored = [item for item in scored if item[2][0] == word[0]]
        return min(scored)[2] if scored else None

    def split(self, word):
        """Two known words written together ("khaisinh" → "khai sinh"), or None."""
        best = None
        for cut in range(2, len(word) - 1):
            left, right = word[:cut], word[cut:]
            if left in self.vocabulary and right in self.vocabulary:
                score = min(self.vocabulary[left], self.vocabulary[right])
                if best is None or score > best[0]:
                    best = (score, [left, right])
        return best[1] if best else None

    def completions(self, prefix, limit=6):
        """Known words starting with `prefix`, most used first.

        Found by bisection in the sorted words: this runs on every search whose last word is
        unfinished, and a scan of the whole vocabulary cost more than the ranking.
        """
        if self._sorted_words is None:
            self._sorted_words = sorted(self.vocabulary)
        words = self._sorted_words
        end = start = bisect.bisect_right(words, prefix)  # the prefix itself is no completion
        while end < len(words) and words[end].startswith(prefix):
            end += 1
        return sorted(words[start:end], key=lambda word: -self.vocabulary[word])[:limit]
