"""PostgreSQL: a GIN index on the document Wagtail's database backend matches queries against.

The backend matches `title || body`, which neither of Wagtail's own GIN indexes (one on each
column) serves, so every search evaluated the match row by row (70-90 ms at 2,000 guides in
five languages). With this index, and the planner settings in search/backends/database.py,
the same search takes 10-20 ms. Other databases are left alone.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_catalog_change"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
