"""Links that set one parameter of the current address and keep the others (q, chu-de…).

The other parameters are encoded once for all the links of a list, where Django's
{% querystring %} copies and encodes the whole query for each link.
"""

from django.utils.http import urlencode


def query_without(request, *names):
    """The request's query string less the parameters `names`."""
    return urlencode(
        [(key, value) for key, values in request.GET.lists() if key not in names for value in values]
    )


def with_parameter(kept, name, value):
    """The link `?kept&name=value`, `kept` from query_without."""
    added = urlencode({name: value})
    return f"?{kept}&{added}" if kept else f"?{added}"
