"""Page queries shared by the public page types, each in as few database round trips as it can."""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, PageViewRestriction

from .pagecache import remembered


def private_section_paths():
    """The paths of the pages with a view restriction: each heads a private section.

    Kept until the next editorial change (core.pagecache.remembered; a restriction saved or
    deleted is one, core/signals.py), where Wagtail's PageQuerySet.public() reads them anew
    each time it is called.
    """
    return remembered(
        "private_section_paths",
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


def read_locale_codes():
    """Locale id → language code, for every locale of the site."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def locale_codes():
    """Locale id → language code, kept until the next editorial change."""
    return remembered("locale_codes", read_locale_codes)


def active_locale_id():
    """The id of Locale.get_active() (the visitor's language, else the default), without a query."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        language = None
    return (
        next((pk for pk, code in locale_codes().items() if code == language), None) or Locale.get_default().pk
    )


def active_language_code():
    """The code of Locale.get_active(), without a query."""
    return locale_codes()[active_locale_id()]


def public(pages, path="path"):
    """pages (any query set reaching a page by `path`) less those in a private section."""
    for private_path in private_section_paths():
        pages = pages.exclude(**{f"{path}__startswith": private_path})
    return pages


# A card (templates/components/page_card.html) shows a page's type, title and address, the
# date of a news article, and the first of these sentences about the page that it has.
CARD_TEXT_FIELDS = ("summary", "lead", "search_description")
CARD_FIELDS = ("content_type", "title", "url_path", "date", *CARD_TEXT_FIELDS)


def for_cards(pages, *also):
    """pages, reading from the database only what their cards show (and the fields `also`)."""
    fields = {field.name for field in pages.model._meta.get_fields()}
    return pages.only(*(name for name in CARD_FIELDS if name in fields), *also)


class LeanPageMixin:
    """What Wagtail asks of every page it serves, in fewer queries. For every public page type.

    Routing: Page.route reads a child as a plain Page, then again as its specific type. Here a
    child that routing only passes through is made specific without a query (specific_deferred:
    on the way only its route, title and address are used), and an index whose children are all
    of one type (its subpage_types) reads the child asked for as that type at once
    (typed_children()).

    Privacy and language: Wagtail looks for view restrictions above the page, and for the active
    locale, with a query each on every request; here both come from what is kept between
    editorial changes (private_section_paths(), the locale codes).
    """

    def get_view_restrictions(self):
        if not any(self.path.startswith(private_path) for private_path in private_section_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def localized(self):
        if self.locale_id == active_locale_id():
            return self  # already in the active language: what Wagtail's property answers too
        return super().localized

    #: A page with few children (the home page: its sections) keeps them for routing through.
    keeps_children_for_routing = False

    def typed_children(self):
        """The children as their one specific type, with what their page shows; None if mixed."""
        return None

    def children_of_type(self, model):
        """This page's children of that type: Wagtail's child_of(), in a simpler filter."""
        return model.objects.filter(path__startswith=self.path, depth=self.depth + 1)

    def kept_children(self):
        """Slug → child, specific but without its content, kept until the next editorial change."""
        return remembered(
            f"children_for_routing:{self.pk}",
            lambda: {child.slug: child.specific_deferred for child in self.get_children()},
        )

    def route(self, request, path_components):
        if not path_components:
            if self.get_deferred_fields():  # reached without its content (kept for routing)
                return type(self).objects.get(pk=self.pk).route(request, path_components)
            return super().route(request, path_components)
        slug, rest = path_components[0], path_components[1:]
        child = self.kept_children().get(slug) if rest and self.keeps_children_for_routing else None
        if child is None:
            children = self.typed_children()
            try:
                child = (self.get_children() if children is None else children).get(slug=slug)
            except ObjectDoesNotExist:
                if children is None:
                    raise Http404 from None
                return super().route(request, path_components)  # perhaps a child of another type
        child._cached_parent_obj = self  # as Page.route does: child.get_parent() is free
        # Only passing through, the child needs no content; asked for itself, all of it.
        passing = child.specific_deferred if rest else child.specific
        result = passing.route(request, rest)
        if result.page is passing and passing.get_deferred_fields():
            # It answers itself (a RoutablePageMixin route): it needs all its fields after all.
            return type(passing).objects.get(pk=passing.pk).route(request, rest)
        return result
