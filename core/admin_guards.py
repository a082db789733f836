"""Wagtail admin views that show a page's title without checking the user's rights on it
(found by tests/test_admin_permissions.py), served with that check. daklakso/urls.py lists
these addresses before Wagtail's admin, so they answer in its place.

* Moving a page: Wagtail 8.0.1's confirmation page checks the right to move only on POST; its
  GET shows the page, its translations and the destination to anyone with admin access.
* "Page types usage" shows, per type, the title of the page edited last — drafts anywhere in
  the tree included: for administrators only.
* Previewing a page's revision for a review task names the page in its "not awaiting
  moderation" message before checking anything: for the page's editors and reviewers only.
* wagtailmedia's chooser lists every collection and media file to anyone with admin access:
  for users with a right on media files only.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page, Task
from wagtail.permissions import policy_registry
from wagtailmedia.models import get_media_model
from wagtailmedia.views import chooser as media_chooser

wagtail_move_confirm = page_viewset_registry.as_view("move_confirm", page_id_kwarg="page_to_move_id")


@require_admin_access
def move_confirm(request, page_to_move_id, destination_id):
    page = get_object_or_404(Page, id=page_to_move_id)
    destination = get_object_or_404(Page, id=destination_id)
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
    return wagtail_move_confirm(request, page_to_move_id=page_to_move_id, destination_id=destination_id)


wagtail_workflow_preview = page_viewset_registry.as_view("workflow_preview", page_id_kwarg="page_id")


@require_admin_access
def workflow_preview(request, page_id, task_id):
    page = get_object_or_404(Page, id=page_id)
    task = get_object_or_404(Task, id=task_id).specific
    may_see = page.permissions_for_user(request.user).can_edit() or task.user_can_access_editor(
        page, request.user
    )
    if not may_see:
        raise PermissionDenied
    return wagtail_workflow_preview(request, page_id=page_id, task_id=task_id)


def for_administrators(view):
    @require_admin_access
    def guarded(request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


page_types_usage = for_administrators(PageTypesUsageReportView.as_view())
page_types_usage_results = for_administrators(PageTypesUsageReportView.as_view(results_only=True))


def for_media_users(view):
    @require_admin_access
    def guarded(request, *args, **kwargs):
        policy = policy_registry.get_by_type(get_media_model())
        if not policy.user_has_any_permission(request.user, ["add", "change", "choose"]):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


media_chooser_view = for_media_users(media_chooser.chooser)
