"""Wagtail search backends that fold every query the way the index is folded.

Configure one of these modules as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]; each is the
stock Wagtail backend plus query folding, so the admin's search and the public search both
find "Đăng ký" when typed "dang ky" and the other way round.
"""

from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from search.text import fold_for_search


def fold_query(query):
    """The same query with its text folded; query objects are rebuilt, others left alone."""
    if isinstance(query, str):
        return fold_for_search(query)
    if isinstance(query, PlainText):
        return PlainText(fold_for_search(query.query_string), operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        return Phrase(fold_for_search(query.query_string))
    if isinstance(query, Fuzzy):
        return Fuzzy(fold_for_search(query.query_string), operator=query.operator, unaccent=query.unaccent)
    if isinstance(query, And | Or):
        return type(query)([fold_query(sub) for sub in query.subqueries])
    if isinstance(query, Not):
        return Not(fold_query(query.subquery))
    if isinstance(query, Boost):
        return Boost(fold_query(query.subquery), query.boost)
    return query


class FoldedQueryMixin:
    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(fold_query(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(fold_query(query), model_or_queryset, *args, **kwargs)


class SearchNodeIdsMixin:
    """`matching_ids` for OpenSearch / Elasticsearch: one request, ids read from the hits.

    Wagtail's results would fetch them 100 at a time through a scroll and then load every page
    from the database. Uses two methods of modelsearch's results class (pinned with Wagtail).
    The ids come from doc values, not stored fields: reading a stored field decompresses the
    stored block with the whole document, which cost 50-60 ms for 1,000 hits at 2,000 guides.
    The engine's own relevance decides which matches make the `limit`, and the hit count is
    not computed (the site counts what it ranks).
    """

    def matching_ids(self, query, queryset, limit):
        results = self.search(query, queryset)
        body = {
            **results._get_es_body(),
            "_source": False,
            "stored_fields": "_none_",
            "docvalue_fields": ["pk"],
            "track_total_hits": False,
        }
        response = results._backend_do_search(
            body,
            index=self.get_index_for_model(queryset.model).name,
            size=limit,
            filter_path="hits.hits.fields.pk",  # only the ids travel back and get parsed
        )
        return [int(hit["fields"]["pk"][0]) for hit in response.get("hits", {}).get("hits", [])]
