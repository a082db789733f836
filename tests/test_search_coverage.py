"""How much of a query a field's words cover: the heart of the ranking (search.service.rank)."""

from search.query import AnalysedQuery
from search.service import QueryCoverage


def test_each_position_counts_once_whichever_alternative_fills_it():
    # "khai si": the unfinished last word may be any of its completions.
    coverage = QueryCoverage(AnalysedQuery([["khai"], ["si", "sinh", "sing"]]))
    assert coverage(frozenset({"khai"})) == 0.5
    assert coverage(frozenset({"khai", "sinh"})) == 1.0
    assert coverage(frozenset({"sinh", "sing"})) == 0.5


def test_the_best_synonym_variant_counts():
    # "bằng lái" is also "giấy phép lái xe" (an editor's synonym).
    coverage = QueryCoverage(AnalysedQuery([["bang"], ["lai"]], [[["giay"], ["phep"], ["lai"], ["xe"]]]))
    assert coverage(frozenset({"giay", "phep", "lai", "xe"})) == 1.0
    assert coverage(frozenset({"bang", "lai"})) == 1.0
    assert coverage(frozenset({"lai"})) == 0.5  # half of "bằng lái" beats a quarter of the other
    assert coverage.words == {"bang", "lai", "giay", "phep", "xe"}
