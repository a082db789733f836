"""Blocks used by more than one content type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class RelatedPageBlock(blocks.PageChooserBlock):
    """A card linking to another page of the site (related guides, next reads)."""

    class Meta:
        icon = "doc-empty-inverse"
        label = _("Trang liên quan")
        template = "components/page_card_block.html"
        description = _("Thẻ liên kết tới một trang khác của trang web")
