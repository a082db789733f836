"""Page queries shared by the public page types, each in as few database round trips as it can."""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from wagtail.models import PageViewRestriction

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


class LeanRoutingMixin:
    """Wagtail's Page.route, reading each page on the way once instead of twice.

    Page.route reads a child as a plain Page, then again as its specific type. Here a child that
    routing only passes through is made specific without a query (specific_deferred: on the way
    only its route, title and address are used), and an index whose children are all of one type
    (its subpage_types) reads the child asked for as that type at once (typed_children()).
    """

    def typed_children(self):
        """The children as their one specific type, with what their page shows; None if mixed."""
        return None

    def children_of_type(self, model):
        """This page's children of that type: Wagtail's child_of(), in a simpler filter."""
        return model.objects.filter(path__startswith=self.path, depth=self.depth + 1)

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        slug, rest = path_components[0], path_components[1:]
        children = self.typed_children()
        try:
            child = (self.get_children() if children is None else children).get(slug=slug)
        except ObjectDoesNotExist:
            if children is None:
                raise Http404 from None
            return super().route(request, path_components)  # perhaps a child of another type
        child._cached_parent_obj = self  # as Page.route does: child.get_parent() is free
        passing = child.specific_deferred if rest else child  # child itself if already specific
        if passing is not child:
            result = passing.route(request, rest)
            if result.page is not passing:
                return result
            # The page answers itself (a RoutablePageMixin route): it needs all its fields.
        return child.specific.route(request, rest)
