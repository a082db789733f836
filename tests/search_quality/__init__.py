"""The search quality set: its own guides, decoy news and lessons, and labelled queries.

    guides.py   31 guides in the bulk-import format (written for this set only)
    decoys.py   news articles and lessons on the same subjects, in the same words
    queries.py  ~130 citizen queries, each labelled with its kind and the one right guide
    loader.py   a throwaway default site holding the set; throwaway state for the commands
    runner.py   the queries through search.service.search, recall@1/@5, MRR, failures
    synthetic.py  plausible generated guides and mixed queries for `manage.py search_benchmark`

Used by tests/test_search_quality.py and by `manage.py search_quality` / `search_benchmark`.
Importing this package needs Django set up (it imports models).
"""
