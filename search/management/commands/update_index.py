"""Wagtail's `update_index`, reading each object's folded search text only once.

A database backend reads every field of an object several times and, with OpenSearch, the
database backend indexes everything again after the engine: see search.index.values_computed_once.
"""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search.index import values_computed_once


class Command(WagtailUpdateIndex):
    def handle(self, **options):
        with values_computed_once():
            super().handle(**options)
