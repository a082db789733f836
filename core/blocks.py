"""Blocks used by more than one content type."""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class RelatedPageBlock(blocks.PageChooserBlock):
    """A card linking to another page of the site (related guides, next reads)."""

    def bulk_to_python(self, values):
        """Wagtail's, without reading the pages' content: neither a card nor the editor's chooser
        shows it, and StreamFields are the costliest part of a page to read."""
        pages = self.model_class.objects.defer_streamfields().in_bulk(values)
        result, seen = [], set()
        for pk in values:  # a page chosen twice is two instances, as Wagtail returns them
            page = pages.get(pk)
            result.append(copy.copy(page) if page is not None and pk in seen else page)
            seen.add(pk)
        return result

    class Meta:
        icon = "doc-empty-inverse"
        label = _("Trang liên quan")
        template = "components/page_card_block.html"
        description = _("Thẻ liên kết tới một trang khác của trang web")
