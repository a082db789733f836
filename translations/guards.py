"""wagtail-localize's submit, sync and report views with the page tree taken into account.

wagtail-localize checks only the site-wide "submit translation" permission there, so a
translator given one part of the tree could translate, sync, publish or list any page. These
subclasses are served at the same addresses (see wagtail_hooks.py): a translator may translate
and sync only what they may edit, publish only what they may publish, and the translations
report lists only those sources.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView


def user_can_translate(user, instance):
    """Pages: the editor's own permission on that page; snippets have no per-object rights."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user_can_edit_snippet_type(user, type(instance))


def user_can_publish_translation(user, translation):
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return True  # created from the source the user may edit, like a first submission
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_publish()
    return True  # our translatable snippets have no publishing step


class EditableSourceMixin:
    """get_object() refuses, with a 403, a source the user may not edit."""

    def get_object(self):
        instance = super().get_object()
        if not user_can_translate(self.request.user, self.source_instance(instance)):
            raise PermissionDenied
        return instance

    def source_instance(self, instance):
        return instance


class GuardedSubmitPageTranslationView(EditableSourceMixin, SubmitPageTranslationView):
    pass


class GuardedSubmitSnippetTranslationView(EditableSourceMixin, SubmitSnippetTranslationView):
    pass


class GuardedUpdateTranslationsView(EditableSourceMixin, UpdateTranslationsView):
    def source_instance(self, translation_source):
        return translation_source.get_source_instance()

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"]:
            translations = self.object.translations.filter(enabled=True)
            if not all(user_can_publish_translation(self.request.user, t) for t in translations):
                raise PermissionDenied
        return super().form_valid(form)


class GuardedTranslationsReportView(TranslationsReportView):
    def get_queryset(self):
        return super().get_queryset().filter(translatable_sources_q(self.request.user))


def translatable_sources_q(user):
    """Translations whose source page the user may edit, or whose snippet type they may edit."""
    editable_pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    editable_snippet_types = [
        ContentType.objects.get_for_model(model)
        for model in get_snippet_models()
        if user_can_edit_snippet_type(user, model)
    ]
    return Q(source__object_id__in=editable_pages.values("translation_key")) | Q(
        source__specific_content_type__in=editable_snippet_types
    )
