"""Every admin URL, asked by users without rights on the object it names.

The URL resolver is walked under /admin/ (Wagtail, snippets, images, documents, media,
wagtail-localize, search promotions, redirects and this project's own views); path parameters
are filled with objects outside each user's rights (a page in another part of the tree, a
private collection's image and document, a snippet, a translation…). Every answer must be a
redirect, 403, 404 or 405 and must not contain the private objects' names.
"""

import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern
from wagtail.admin.viewsets import viewsets
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupPagePermission,
    Locale,
    Task,
    Workflow,
)
from wagtail_localize.models import Translation, TranslationSource
from wagtailmedia.models import Media

from kiosks.models import Kiosk

from .factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
    TroubleshootingTipFactory,
)
from .test_uploads import MP4, png_bytes

# In the name of every non-public object the users below have no right to (a draft page, a
# private collection's files); ASCII, so that it is found in JSON ("M\u1eadt") too.
SECRET = "zqx_bi_mat_7"

OK_STATUSES = {301, 302, 403, 404, 405}

# Answer 200 to a user without rights, and leak nothing (still checked):
NOT_REFUSED = re.compile(
    r"^/admin/("
    r"snippets/choose/|localize/api/snippets/"  # snippets are public content (topics, tips, kiosks)
    r"|choose-page/"  # see LEAKS_BY_DESIGN
    r"|workflows/task_chooser/"  # the names of review steps
    r"|pages/workflow/confirm_cancellation/"  # a yes/no question, no page data
    r"|pages/usage/"  # counts per page type, names no object
    r"|editing-sessions/release/"  # releasing a session that does not exist: nothing done
    r"|translations/terms/download\."  # the term base, public at /thuat-ngu/ too
    r")"
)
# Wagtail's page chooser lists every page, drafts included, to anyone with admin access, so
# that pages can be linked: by design upstream, left as is (see the report to the lead).
LEAKS_BY_DESIGN = re.compile(r"^/admin/choose-page/")

# URLs that change the session itself, not an object; failwhale is Wagtail's deliberate 500.
SKIPPED = re.compile(r"^/admin/(logout|password_reset|account|failwhale)/")


# --- The admin URLs ---------------------------------------------------------------------------------


def route_of(pattern):
    if isinstance(pattern, RoutePattern):
        return str(pattern._route)
    if isinstance(pattern, RegexPattern):
        return pattern._regex.lstrip("^").rstrip("$")
    return None  # i18n_patterns' language prefix: public pages only


def walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        route = route_of(entry.pattern)
        if route is None:
            continue
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if entry.namespace else namespace
            yield from walk(entry.url_patterns, prefix + route, inner)
        else:
            yield prefix + route, namespace


def admin_routes():
    return sorted(
        {route for route, namespace in walk(get_resolver().url_patterns) if route.startswith("admin/")}
    )


PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def fill(route, values):
    """The route with each parameter replaced by values(name); regex escapes undone."""
    url = PARAMETER.sub(lambda found: str(values(found.group(1) or found.group(2))), route)
    return "/" + url.replace("\\.", ".")


def has_parameters(route):
    return bool(PARAMETER.search(route))


# --- Objects outside the users' rights, and the users -------------------------------------------------


@pytest.fixture
def world(home):
    rad = Locale.objects.get_or_create(language_code="rad")[0]
    allowed_index = GuideIndexPageFactory(parent=home)
    allowed_guide = GuidePageFactory(parent=allowed_index, title="Đăng ký khai sinh trực tuyến")
    news_index = NewsIndexPageFactory(parent=home)
    secret_page = NewsPageFactory(parent=news_index, title=f"Tin nháp {SECRET}", live=False)
    secret_page.save_revision()

    private = Collection.get_first_root_node().add_child(name=f"Sưu tập {SECRET}")
    officials = Group.objects.create(name="Cán bộ văn phòng")
    restriction = CollectionViewRestriction.objects.create(collection=private, restriction_type="groups")
    restriction.groups.add(officials)
    image = Image.objects.create(
        title=f"Ảnh {SECRET}", collection=private, file=ContentFile(png_bytes(), "a.png")
    )
    document = Document.objects.create(
        title=f"Tệp {SECRET}", collection=private, file=ContentFile(b"x", "a.txt")
    )
    media = Media.objects.create(
        title=f"Video {SECRET}", collection=private, type="video", duration=1, file=ContentFile(MP4, "a.mp4")
    )
    # Snippets are public content (topics, tips, kiosks): their names are no secret, their
    # edit, delete and history views must still refuse.
    topic = TopicFactory()
    kiosk = Kiosk.objects.create(name="Kiosk thư viện", slug="kiosk-thu-vien")
    tip = TroubleshootingTipFactory()

    secret_page.copy_for_translation(rad, copy_parents=True)  # a translation with its page
    secret_source = TranslationSource.get_or_create_from_instance(secret_page)[0]
    secret_translation = Translation.objects.create(source=secret_source, target_locale=rad)
    allowed_source = TranslationSource.get_or_create_from_instance(allowed_guide)[0]
    query = Query.get("giấy tờ mật")
    SearchPromotion.objects.create(query=query, page=secret_page)
    redirect = Redirect.objects.create(old_path="/tin-mat", redirect_page=secret_page)

    return {
        "home": home,
        "rad": rad,
        "allowed_index": allowed_index,
        "allowed_guide": allowed_guide,
        "allowed_source": allowed_source,
        "news_index": news_index,
        "secret_page": secret_page,
        "collection": private,
        "image": image,
        "document": document,
        "media": media,
        "topic": topic,
        "kiosk": kiosk,
        "tip": tip,
        "source": secret_source,
        "translation": secret_translation,
        "query": query,
        "redirect": redirect,
    }


def viewset_models():
    for viewset in viewsets.viewsets:
        try:
            yield viewset.url_namespace, viewset.model
        except (AttributeError, ImproperlyConfigured):
            continue  # viewsets without a model or a name of their own (pages)


def parameter_values(world):
    """What to put in each path parameter: an object the users have no right to."""
    page = world["secret_page"]
    models_by_namespace = dict(viewset_models())
    own_objects = {type(obj): obj for obj in world.values()}
    by_name = {
        "page_id": page.pk,
        "parent_page_id": world["news_index"].pk,
        "page_to_move_id": page.pk,
        "destination_id": world["news_index"].pk,
        "page_pk": page.pk,
        "object_id": page.pk,
        "revision_id": page.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "action_name": "approve",
        "action": "delete",
        "app_label": "core",
        "app_name": "core",
        "model_name": "topic",
        "content_type_app_name": "news",
        "content_type_model_name": "newspage",
        "collection_id": world["collection"].pk,
        "translation_id": world["translation"].pk,
        "translation_source_id": world["source"].pk,
        "file_format": "csv",
        "redirect_id": world["redirect"].pk,
        "query_id": world["query"].pk,
        "document_id": world["document"].pk,
        "doc_id": world["document"].pk,
        "image_id": world["image"].pk,
        "filter_spec": "width-400",
        "media_type": "video",
        "media_id": world["media"].pk,
        "task_id": Task.objects.first().pk,
        "workflow_pk": Workflow.objects.first().pk,
        "mode": "default",
    }

    def value_for(route, namespace):
        def value(name):
            if name in by_name:
                return by_name[name]
            if name == "pk":
                model = models_by_namespace.get(namespace.rsplit(":", 1)[-1])
                if route.startswith("admin/pages/") or model is None:
                    return page.pk if "pages" in route or "localize" not in route else world["topic"].pk
                model = apps.get_model(model) if isinstance(model, str) else model
                instance = own_objects.get(model) or model.objects.order_by("pk").first()
                return instance.pk if instance else 999_999
            return 999_999  # an id nothing has: the view must answer 404, not 500

        return value

    return value_for


def make_user(
    username, *, permissions=(), pages=(), page_permissions=("add_page", "change_page", "publish_page")
):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "mat-khau-dai-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    user.user_permissions.add(*(Permission.objects.get(codename=codename) for codename in permissions))
    if pages:
        group = Group.objects.create(name=f"Nhóm của {username}")
        for page in pages:
            for codename in page_permissions:
                GroupPagePermission.objects.create(
                    group=group, page=page, permission=Permission.objects.get(codename=codename)
                )
        user.groups.add(group)
    return user


@pytest.fixture
def users(world):
    return {
        "admin_access_only": make_user("khach"),
        "editor_of_one_subtree": make_user("bientap", pages=[world["allowed_index"]]),
        "translator_of_one_subtree": make_user(
            "dich",
            permissions=["submit_translation"],
            pages=[world["allowed_index"]],
            page_permissions=("change_page",),
        ),
    }


# --- Every admin URL -----------------------------------------------------------------------------------


def refusals_missing(client, world, *, method):
    """(url, status) of every admin URL that answered other than refusing, or leaked a name."""
    value_for = parameter_values(world)
    client.raise_request_exception = False  # a server error is a finding like any other
    problems = []
    for route, namespace in {(r, n) for r, n in walk(get_resolver().url_patterns) if r.startswith("admin/")}:
        url = fill(route, value_for(route, namespace))
        if SKIPPED.match(url) or (method == "post" and not has_parameters(route)):
            continue
        response = getattr(client, method)(url)
        body = response.content.decode(errors="replace") if not response.streaming else ""
        body += " ".join(str(message) for message in get_messages(response.wsgi_request))  # shown next
        leaked = SECRET in body and not LEAKS_BY_DESIGN.match(url)
        refused = response.status_code in OK_STATUSES or NOT_REFUSED.match(url)
        if leaked or (has_parameters(route) and not refused):
            problems.append((method.upper(), url, response.status_code, leaked))
    return sorted(problems)


@pytest.mark.parametrize("who", ["admin_access_only", "editor_of_one_subtree", "translator_of_one_subtree"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_no_admin_url_serves_or_changes_what_the_user_has_no_right_to(client, world, users, who, method):
    client.force_login(users[who])
    problems = refusals_missing(client, world, method=method)
    assert problems == [], "\n".join(map(str, problems))
    # Still signed in, and the same client is really let in where it has rights.
    assert client.get("/admin/").status_code == 200
    if who != "admin_access_only":
        assert client.get(f"/admin/pages/{world['allowed_guide'].pk}/edit/").status_code == 200
    world["secret_page"].refresh_from_db()
    assert world["secret_page"].title == f"Tin nháp {SECRET}" and not world["secret_page"].live


def test_the_walk_covers_every_admin_area():
    routes = admin_routes()
    assert len(routes) > 300
    for area in (
        "pages/",
        "snippets/",
        "images/",
        "documents/",
        "media/",
        "locales/",
        "searchpicks/",
        "redirects/",
        "localize/",
        "translations/status/",
        "search/",
        "kiosk",
        "campaigns",
    ):
        assert any(route.startswith(f"admin/{area}") or f"/{area}" in route for route in routes), area


# --- wagtail-localize: a translator stays inside their part of the tree --------------------------------


def refused(response):
    """403, or the redirect to the dashboard Wagtail's admin makes of one (with its message)."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def submit_url(page):
    return f"/admin/localize/submit/page/{page.pk}/"


def test_translator_cannot_translate_a_page_outside_their_subtree(client, world, users):
    client.force_login(users["translator_of_one_subtree"])
    assert refused(client.get(submit_url(world["secret_page"])))
    en = Locale.objects.get_or_create(language_code="en")[0]
    assert refused(client.post(submit_url(world["secret_page"]), {"locales": [en.pk]}))
    assert not world["secret_page"].get_translations().filter(locale=en).exists()


def test_translator_can_translate_a_page_inside_their_subtree(client, world, users):
    client.force_login(users["translator_of_one_subtree"])
    assert client.get(submit_url(world["allowed_guide"])).status_code == 200
    response = client.post(submit_url(world["allowed_guide"]), {"locales": [world["rad"].pk]})
    assert response.status_code == 302
    assert world["allowed_guide"].get_translations().filter(locale=world["rad"]).exists()


def test_translator_cannot_sync_translations_outside_their_subtree(client, world, users):
    client.force_login(users["translator_of_one_subtree"])
    url = f"/admin/localize/update/{world['source'].pk}/"
    assert refused(client.get(url))
    assert refused(client.post(url, {"publish_translations": "on"}))
    assert client.get(f"/admin/localize/update/{world['allowed_source'].pk}/").status_code == 200


def test_sync_and_publish_needs_the_right_to_publish(client, world, users):
    translator = users["translator_of_one_subtree"]
    client.force_login(translator)
    client.post(submit_url(world["allowed_guide"]), {"locales": [world["rad"].pk]})
    translated = world["allowed_guide"].get_translation(world["rad"])
    rad_index = translated.get_parent()
    GroupPagePermission.objects.create(  # may edit the Ê Đê guides too, not publish them
        group=translator.groups.get(),
        page=rad_index,
        permission=Permission.objects.get(codename="change_page"),
    )
    url = f"/admin/localize/update/{world['allowed_source'].pk}/"
    assert refused(client.post(url, {"publish_translations": "on"}))
    translated.refresh_from_db()
    assert not translated.live
    assert client.post(url, {}).status_code == 302  # syncing without publishing is theirs to do


def test_translator_needs_the_snippet_permission_to_translate_a_snippet(client, world, users):
    translator = users["translator_of_one_subtree"]
    client.force_login(translator)
    url = f"/admin/localize/submit/snippet/core/topic/{world['topic'].pk}/"
    assert refused(client.get(url))
    assert refused(client.post(url, {"locales": [world["rad"].pk]}))
    assert not world["topic"].get_translations().exists()

    translator.user_permissions.add(Permission.objects.get(codename="change_topic"))
    client.force_login(get_user_model().objects.get(pk=translator.pk))
    assert client.get(url).status_code == 200


def test_translations_report_lists_only_what_the_translator_may_edit(client, world, users):
    client.force_login(users["translator_of_one_subtree"])
    Translation.objects.create(source=world["allowed_source"], target_locale=world["rad"])
    html = client.get("/admin/localize/reports/translations/").content.decode()
    assert "Đăng ký khai sinh trực tuyến" in html
    assert SECRET not in html
