"""Wagtail's audit log records the edits made through our own admin views, not only Wagtail's."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from search.models import QueryStat, Synonym

pytestmark = pytest.mark.django_db


def entries_for(instance):
    return ModelLogEntry.objects.for_instance(instance)


def test_marking_a_search_as_needing_a_guide_is_logged_with_who_and_what(client, admin_user):
    stat = QueryStat.objects.create(
        week=datetime.date(2026, 3, 2), language="vi", query="lam lai the bhyt", searches=6
    )
    client.force_login(admin_user)
    client.post(reverse("search_toggle_guide_requested", args=[stat.pk]), {"guide_requested": "1"})

    entry = entries_for(stat).get()
    assert entry.action == "wagtail.edit"
    assert entry.user == admin_user
    assert entry.data == {"guide_requested": True}


def test_a_synonym_added_from_the_search_report_is_logged(client, admin_user):
    client.force_login(admin_user)
    client.post(
        reverse("wagtailsnippets_search_synonym:add") + "?terms=can+cuoc", {"terms": "can cuoc, căn cước"}
    )

    synonym = Synonym.objects.get(terms="can cuoc, căn cước")
    assert entries_for(synonym).get().action == "wagtail.create"
