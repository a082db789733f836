"""The public search finds the right guide for what citizens actually type.

The quality set (tests/search_quality/) is 31 guides with decoy news and lessons, and ~130
labelled queries: exact names, no tone marks, unfinished words, typos, Telex leftovers,
abbreviations, everyday words and spoken questions. The goals: MRR ≥ 0.9 overall and ≥ 0.8
for every kind. `manage.py search_quality` prints the same table against a running site's
engine without touching its content.
"""

import pytest

from .search_quality.loader import load_quality_set
from .search_quality.runner import report, run_queries, scores_by_kind

pytestmark = pytest.mark.search_engine

MIN_OVERALL_MRR = 0.9
MIN_KIND_MRR = 0.8


@pytest.fixture
def quality_site(request, db):
    # The engine fixture (OpenSearch: per-test indexes) when the suite provides one.
    try:
        search_index = request.getfixturevalue("search_index")
    except pytest.FixtureLookupError:
        search_index = None
    quality_site = load_quality_set()  # refreshes every backend's indexes itself
    if hasattr(search_index, "refresh"):
        search_index.refresh()
    return quality_site


def test_search_quality_meets_the_goals(quality_site):
    results = run_queries(quality_site)
    scores = scores_by_kind(results)
    below = [
        f"{kind}: MRR {score.mrr:.3f} < {MIN_OVERALL_MRR if kind == 'overall' else MIN_KIND_MRR}"
        for kind, score in scores.items()
        if score.mrr < (MIN_OVERALL_MRR if kind == "overall" else MIN_KIND_MRR)
    ]
    assert not below, "Search quality below the goals: " + "; ".join(below) + "\n\n" + report(results)
