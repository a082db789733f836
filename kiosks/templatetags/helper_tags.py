"""Helper mode in base.html: on for this response when the address asks for it."""

from django import template

from .. import helper

register = template.Library()


@register.simple_tag(takes_context=True)
def helper_mode(context):
    return helper.is_on(context.get("request"))
