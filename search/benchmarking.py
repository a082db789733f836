"""Generated guides in bulk, for measuring search (and the whole site) with realistic content.

    from search.benchmarking import load_generated_guides
    load_generated_guides(2000)          # or: manage.py generate_guides 2000

Needs the development requirements (the generator lives in tests/search_quality/).
"""

from urllib.parse import urlencode

from guides.importer import GuideImporter
from tests.search_quality.synthetic import generate_guides, generate_queries

from .bulk import import_in_bulk


def load_generated_guides(count, seed=2026):
    """Import `count` generated guides, published, with their aliases in every language, indexed.

    The same end state as importing them with GuideImporter one by one (it is GuideImporter,
    all or nothing), only indexed once at the end instead of at every save. Returns its report.
    """
    return import_in_bulk(GuideImporter(generate_guides(count, seed=seed)))


def print_search_paths(count, queries, seed=2026, query_seed=None):
    """Print a search address per line, for `queries` queries citizens might type (fewer once
    repeats are left out) about the guides `load_generated_guides(count)` imported; another
    `query_seed` draws other queries about the same guides."""
    query_seed = seed + 1 if query_seed is None else query_seed
    queries = generate_queries(generate_guides(count, seed=seed), queries, seed=query_seed)
    for text in dict.fromkeys(text for _kind, text in queries):
        print("/search/?" + urlencode({"q": text}))
