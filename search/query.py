"""From what a citizen typed to what the engine is asked.

The text is folded, Telex leftovers are read, the last word may be unfinished, filler words of
a spoken question are not required, and editors' synonyms widen the query. Spelling
corrections are a second attempt, only when the words as typed find nothing.
"""

from dataclasses import dataclass, field

from modelsearch.query import And, Or, PlainText

from .text import words

MAX_WORDS = 12
# Words of a spoken question that say nothing about the service ("làm sao để…", "ở đâu").
FILLER_WORDS = frozenset(
    [
        "lam",
        "sao",
        "the",
        "nao",
        "nhu",
        "cach",
        "o",
        "dau",
        "bao",
        "lau",
        "nhieu",
        "co",
        "khong",
        "gi",
        "toi",
        "minh",
        "em",
        "can",
        "muon",
        "phai",
        "de",
        "duoc",
        "nao",
        "thi",
        "la",
        "va",
        "voi",
        "hay",
        "ai",
        "u",
        "a",
        "nhe",
        "vay",
        "a",
        "oi",
        "giup",
        "hoi",
        "xin",
    ]
)


@dataclass
class AnalysedQuery:
    """Positions of a query, each a list of folded alternatives any of which may match."""

    positions: list
    variants: list = field(default_factory=list)  # other position lists, from synonyms

    @property
    def words(self):
        return [alternatives[0] for alternatives in self.positions]

    def text(self):
        return " ".join(self.words)

    def engine_query(self, operator="and"):
        """The query for Wagtail's backends; `and`: every position must match, `or`: any."""
        combine = And if operator == "and" else Or
        variants = [self.positions, *self.variants]
        built = [
            combine([Or([PlainText(word) for word in position]) for position in variant])
            for variant in variants
        ]
        return built[0] if len(built) == 1 else Or(built)


def analyse(raw, catalog, correct=False):
    """An AnalysedQuery for `raw`, or None when it has no words at all."""
    typed = words(raw)[:MAX_WORDS]
    if not typed:
        return None
    speller = catalog.speller
    unfinished = not raw[-1:].isspace()
    positions = []
    for index, word in enumerate(typed):
        if correct and not speller.correct(word) and (split := speller.split(word)):
            positions.extend([part] for part in split)
            continue
        resolved = (speller.correct(word) if correct else _as_typed(word, speller)) or word
        alternatives = [resolved]
        if index == len(typed) - 1 and unfinished:
            alternatives += speller.completions(word, limit=5)
        positions.append(list(dict.fromkeys(alternatives)))
    required = [p for p in positions if p[0] not in FILLER_WORDS] or positions
    return AnalysedQuery(required, synonym_variants([p[0] for p in required], catalog.synonyms, required))


def _as_typed(word, speller):
    """The word, or the word its Telex keystrokes spell when only that one is known."""
    return word if speller.known(word) else speller.correct_telex(word)


def synonym_variants(query_words, synonym_groups, positions, limit=6):
    """Position lists with a matched synonym phrase replaced by each of its equivalents."""
    variants = []
    for group in synonym_groups:
        for phrase in group:
            phrase_words = phrase.split()
            start = _find(query_words, phrase_words)
            if start is None:
                continue
            for other in group:
                if other == phrase:
                    continue
                replacement = [[word] for word in other.split()]
                variants.append(positions[:start] + replacement + positions[start + len(phrase_words) :])
            break
    return variants[:limit]


def _find(sequence, part):
    for start in range(len(sequence) - len(part) + 1):
        if sequence[start : start + len(part)] == part:
            return start
    return None
