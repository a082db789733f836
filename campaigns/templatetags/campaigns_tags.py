"""Template helpers of the campaigns app: numbers the Vietnamese way, "upcoming classes here"."""

from django import template

from ..models import ClassIndexPage, CommuneIndexPage, DigitalClass, localized_index
from ..text import format_number

register = template.Library()


@register.filter
def so(value):
    """{{ 12345|so }} → 12.345"""
    return format_number(value)


@register.inclusion_tag("campaigns/includes/upcoming_classes.html", takes_context=True)
def upcoming_classes_here(context, commune, limit=6, heading_level=2, kiosk=False):
    """The block "upcoming classes here" for a commune's page or its kiosk screen."""
    classes = (
        DigitalClass.objects.upcoming().filter(commune=commune).select_related("commune", "course", "guide")
    )
    return {
        "request": context.get("request"),
        "commune": commune,
        "classes": list(classes[:limit]),
        "more": classes.count() > limit,
        "hl": heading_level,
        "kiosk": kiosk,
        "class_index": localized_index(ClassIndexPage),
        "commune_index": localized_index(CommuneIndexPage),
    }


@register.simple_tag
def movement_pages():
    """The campaigns app's public index pages, for links between them: (classes, communes)."""
    return (
        localized_index(ClassIndexPage),
        localized_index(CommuneIndexPage),
    )
