"""The search admin: the "Tìm kiếm" menu group, the "Người dân tìm gì" report and its actions."""

import datetime
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.menu import admin_menu, settings_menu

from search.models import BlockedSuggestion, QueryStat, Synonym
from search.stats import week_start

WEEK = datetime.date(2026, 3, 2)  # a Monday
PREVIOUS_WEEK = WEEK - datetime.timedelta(days=7)
REPORT = "search_searches_report"


def stat(query, searches, without_results=0, week=WEEK, language="vi", **extra):
    return QueryStat.objects.create(
        week=week,
        language=language,
        query=query,
        searches=searches,
        searches_without_results=without_results,
        **extra,
    )


def report(client, **params):
    return client.get(reverse(REPORT), params)


def rows(response, section):
    """The queries listed in one table of the report, in order."""
    tables = {item["name"]: item["table"] for item in response.context["sections"]}
    return [row.query for row in tables[section].data]


def make_user(username, *, superuser=False, group=None, permissions=()):
    users = get_user_model().objects
    if superuser:
        return users.create_superuser(username, f"{username}@example.com", "mat-khau-dai-123")
    user = users.create_user(username, f"{username}@example.com", "mat-khau-dai-123")
    if group:
        user.groups.add(Group.objects.get(name=group))
    for codename in permissions:
        app_label, codename = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def admin_user(db):
    return make_user("quantri", superuser=True)


@pytest.fixture
def superuser_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def editor(db):
    """A plain editor: may use the admin, has no search permissions."""
    return make_user("bientap", group="Editors")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def viewer(db):
    """May read the report, may not flag queries nor edit synonyms."""
    return make_user("xem", group="Editors", permissions=["search.view_querystat"])


def denied(response):
    """Wagtail answers a forbidden admin URL with a 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


# The report ------------------------------------------------------------------------------------


def test_report_lists_frequent_and_fruitless_queries_of_the_chosen_week_only(superuser_client):
    stat("can cuoc", 12)
    stat("ho chieu", 5, without_results=5)
    stat("dang ky xe", 8, without_results=1)
    stat("thue dat", 40, without_results=40, week=PREVIOUS_WEEK)

    # Any day of the week chooses that week.
    response = report(superuser_client, week="2026-03-04")

    assert response.status_code == 200
    assert response.context["week"] == WEEK
    assert rows(response, "frequent") == ["can cuoc", "dang ky xe", "ho chieu"]
    assert rows(response, "no_results") == ["ho chieu", "dang ky xe"]
    html = response.text
    assert "Người dân tìm gì" in html
    assert "Từ khóa được tìm nhiều nhất" in html and "Từ khóa không tìm thấy gì" in html
    assert "thue dat" not in html
    assert "02/03/2026" in html and "08/03/2026" in html

    previous = report(superuser_client, week=PREVIOUS_WEEK.isoformat())
    assert rows(previous, "frequent") == ["thue dat"]
    assert rows(previous, "no_results") == ["thue dat"]


def test_report_shows_the_current_week_by_default(superuser_client):
    this_week = week_start(timezone.localdate())
    stat("vneid", 3, week=this_week)
    stat("cu qua", 9, week=this_week - datetime.timedelta(days=7))

    response = report(superuser_client)

    assert response.context["week"] == this_week
    assert rows(response, "frequent") == ["vneid"]
    assert response.context["next_week_url"] is None  # no future weeks
    assert response.context["previous_week_url"].endswith(
        f"week={(this_week - datetime.timedelta(days=7)).isoformat()}"
    )


def test_language_filter(superuser_client):
    stat("ho chieu", 5, language="vi")
    stat("passport", 7, without_results=2, language="en")

    everything = report(superuser_client, week=WEEK.isoformat())
    english = report(superuser_client, week=WEEK.isoformat(), language="en")
    vietnamese = report(superuser_client, week=WEEK.isoformat(), language="vi")

    assert rows(everything, "frequent") == ["passport", "ho chieu"]
    assert rows(english, "frequent") == ["passport"]
    assert rows(english, "no_results") == ["passport"]
    assert rows(vietnamese, "frequent") == ["ho chieu"]
    assert rows(vietnamese, "no_results") == []


def test_report_rows_offer_the_three_actions(superuser_client):
    row = stat("can cuoc", 4, without_results=4)

    html = report(superuser_client, week=WEEK.isoformat()).text

    assert reverse("wagtailsnippets_search_synonym:add") + "?terms=can+cuoc" in html
    assert reverse("search_promote_query") + "?query_string=can+cuoc" in html
    assert reverse("search_toggle_guide_requested", args=[row.pk]) in html
    assert "Thêm từ đồng nghĩa" in html and "Ghim kết quả" in html and "Cần viết hướng dẫn" in html
    assert 'name="csrfmiddlewaretoken"' in html
    # After a toggle the editor comes back to the same week, at the same table.
    assert f'name="next" value="{reverse(REPORT)}?week={WEEK.isoformat()}#section-frequent"' in html


def test_csv_export_of_one_table(superuser_client):
    stat("can cuoc", 12)
    stat("ho chieu", 5, without_results=5)

    response = report(superuser_client, week=WEEK.isoformat(), table="no_results", export="csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode()
    lines = content.strip().splitlines()
    assert lines[0].startswith("Từ khóa,Ngôn ngữ")
    assert len(lines) == 2 and lines[1].startswith("ho chieu,vi,2026-03-02,5,5")

    xlsx = report(superuser_client, week=WEEK.isoformat(), table="guides", export="xlsx")
    assert xlsx.status_code == 200 and "spreadsheetml" in xlsx["Content-Type"]


# Actions -----------------------------------------------------------------------------------------


def test_synonym_form_is_prefilled_and_saves_normally(superuser_client):
    add_url = reverse("wagtailsnippets_search_synonym:add")

    form = superuser_client.get(add_url, {"terms": "can cuoc"})

    assert form.status_code == 200
    assert form.context["form"].initial["terms"] == "can cuoc"
    assert re.search(r'<input[^>]*name="terms"[^>]*value="can cuoc"', form.text)

    saved = superuser_client.post(add_url + "?terms=can+cuoc", {"terms": "can cuoc, căn cước", "note": ""})

    assert saved.status_code == 302
    assert Synonym.objects.filter(terms="can cuoc, căn cước").exists()


def test_synonym_form_is_still_validated(superuser_client):
    before = Synonym.objects.count()

    response = superuser_client.post(
        reverse("wagtailsnippets_search_synonym:add") + "?terms=x", {"terms": ""}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["terms"]
    assert Synonym.objects.count() == before


def test_pin_result_opens_wagtails_promotion_form_prefilled(superuser_client):
    response = superuser_client.get(reverse("search_promote_query"), {"query_string": "ho chieu"})

    assert response.status_code == 200
    assert re.search(r'<input[^>]*name="query_string"[^>]*value="ho chieu"', response.text)
    # The form is saved by Wagtail's own add view.
    assert response.context["action_url"] == reverse("wagtailsearchpromotions:add")


def test_toggle_flags_and_unflags(superuser_client):
    row = stat("lam lai the bhyt", 6, without_results=6)
    url = reverse("search_toggle_guide_requested", args=[row.pk])
    back = reverse(REPORT) + f"?week={WEEK.isoformat()}"

    flagged = superuser_client.post(url, {"next": back, "guide_requested": "1"}, follow=True)

    row.refresh_from_db()
    assert row.guide_requested
    assert flagged.redirect_chain == [(back, 302)]
    assert "Đã đánh dấu “lam lai the bhyt” là cần viết hướng dẫn." in [
        str(message).strip() for message in flagged.context["messages"]
    ]
    assert rows(flagged, "guides") == ["lam lai the bhyt"]

    unflagged = superuser_client.post(url, {"next": back})  # no state given: flips it

    row.refresh_from_db()
    assert not row.guide_requested
    assert unflagged.status_code == 302 and unflagged.url == back

    superuser_client.post(url)
    row.refresh_from_db()
    assert row.guide_requested


def test_toggle_refuses_get(superuser_client):
    row = stat("otp", 2)

    response = superuser_client.get(reverse("search_toggle_guide_requested", args=[row.pk]))

    assert response.status_code == 405
    row.refresh_from_db()
    assert not row.guide_requested


def test_toggle_ignores_a_foreign_next_url(superuser_client):
    row = stat("otp", 2)

    response = superuser_client.post(
        reverse("search_toggle_guide_requested", args=[row.pk]), {"next": "https://evil.example/"}
    )

    assert response.url == reverse(REPORT)


def test_flagged_queries_are_listed_across_weeks_with_a_badge(superuser_client):
    stat("thue dat", 40, without_results=40, week=PREVIOUS_WEEK, guide_requested=True)
    stat("ho chieu", 5, without_results=5, guide_requested=True)
    stat("can cuoc", 12)

    response = report(superuser_client, week=WEEK.isoformat())

    assert rows(response, "guides") == ["ho chieu", "thue dat"]
    assert "thue dat" not in rows(response, "frequent")
    assert "Hướng dẫn cần viết" in response.text
    # Badges: "ho chieu" in both weekly tables and in the guides table, "thue dat" in the guides table.
    assert response.text.count("w-status--primary") == 4


# Permissions -------------------------------------------------------------------------------------


def test_editor_without_permission_cannot_see_the_report_nor_toggle(editor_client):
    row = stat("can cuoc", 3)

    assert denied(report(editor_client))
    assert denied(editor_client.post(reverse("search_toggle_guide_requested", args=[row.pk])))
    row.refresh_from_db()
    assert not row.guide_requested
    assert denied(editor_client.get(reverse("wagtailsnippets_search_synonym:list")))
    assert denied(editor_client.get(reverse("search_promote_query"), {"query_string": "x"}))


def test_anonymous_visitors_are_sent_to_login(client, db):
    response = client.get(reverse(REPORT))

    assert response.status_code == 302 and reverse("wagtailadmin_login") in response.url


def test_viewer_reads_the_report_but_cannot_flag(client, viewer):
    row = stat("can cuoc", 3)
    client.force_login(viewer)

    response = report(client, week=WEEK.isoformat())

    assert response.status_code == 200
    assert rows(response, "frequent") == ["can cuoc"]
    assert reverse("search_toggle_guide_requested", args=[row.pk]) not in response.text
    assert "Thêm từ đồng nghĩa" not in response.text  # no add_synonym permission
    assert denied(client.post(reverse("search_toggle_guide_requested", args=[row.pk])))
    row.refresh_from_db()
    assert not row.guide_requested


# Menu and listings -------------------------------------------------------------------------------


def menu_names(user, menu=admin_menu):
    request = RequestFactory().get("/admin/")
    request.user = user
    return {item.name: item for item in menu.menu_items_for_request(request)}, request


def test_search_group_in_the_menu_for_a_superuser(admin_user):
    items, request = menu_names(admin_user)

    group = items["search"]
    assert str(group.label) == "Tìm kiếm"
    children = {item.name: str(item.label) for item in group.menu.menu_items_for_request(request)}
    assert children == {
        "searches-report": "Người dân tìm gì",
        "synonyms": "Từ đồng nghĩa",
        "blocked-suggestions": "Từ không gợi ý",
        "promoted-search-results": "Kết quả được ghim",
    }
    # Promoted results moved into the group rather than appearing twice.
    settings_items, _request = menu_names(admin_user, settings_menu)
    assert "promoted-search-results" not in settings_items


def test_search_group_hidden_from_an_editor_and_trimmed_for_a_viewer(editor, viewer):
    editor_items, _request = menu_names(editor)
    assert "search" not in editor_items

    viewer_items, request = menu_names(viewer)
    children = [item.name for item in viewer_items["search"].menu.menu_items_for_request(request)]
    assert children == ["searches-report"]


def sidebar_strings(client):
    html = client.get(reverse("wagtailadmin_home")).text
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props.group(1)))
    return found


def test_sidebar_props_carry_the_search_group(superuser_client, client, editor):
    strings = sidebar_strings(superuser_client)
    assert {"Tìm kiếm", "Người dân tìm gì", "Từ đồng nghĩa", "Từ không gợi ý"} <= strings
    assert reverse(REPORT) in strings

    client.force_login(editor)
    assert "Người dân tìm gì" not in sidebar_strings(client)


def test_synonym_and_blocked_suggestion_listings_render(superuser_client):
    Synonym.objects.create(terms="aaa thu nghiem, aaa thử nghiệm", note="ghi chú thử")
    BlockedSuggestion.objects.create(word="tu-bi-chan")

    synonyms = superuser_client.get(reverse("wagtailsnippets_search_synonym:list"))
    blocked = superuser_client.get(reverse("wagtailsnippets_search_blockedsuggestion:list"))

    assert synonyms.status_code == 200 and blocked.status_code == 200
    assert "aaa thu nghiem, aaa thử nghiệm" in synonyms.text and "ghi chú thử" in synonyms.text
    assert "Từ đồng nghĩa" in synonyms.text
    assert "tu-bi-chan" in blocked.text and "Từ không gợi ý" in blocked.text


def test_synonym_listing_is_searchable(superuser_client):
    Synonym.objects.create(terms="zalo, ứng dụng zalo", note="mạng xã hội")
    Synonym.objects.create(terms="messenger, facebook", note="")

    by_terms = superuser_client.get(reverse("wagtailsnippets_search_synonym:list"), {"q": "zalo"})
    by_note = superuser_client.get(reverse("wagtailsnippets_search_synonym:list"), {"q": "mạng xã hội"})

    assert "zalo, ứng dụng zalo" in by_terms.text and "messenger, facebook" not in by_terms.text
    assert "zalo, ứng dụng zalo" in by_note.text
