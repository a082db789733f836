"""Index updates an external engine missed while it was down, sent again once it is back.

Publishing never waits for the engine: a failed update is written down here and replayed by
`catch_up()` — from the search view once the engine answers again, or from
`manage.py search_catch_up` on a timer — so no manual full rebuild is needed.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from wagtail.search.index import get_indexed_instance

logger = logging.getLogger("daklakso.search")


def remember_missed(obj):
    from search.models import PendingIndexUpdate

    try:
        with transaction.atomic():
            PendingIndexUpdate.objects.get_or_create(
                content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
                object_id=str(obj.pk),
            )
    except IntegrityError:  # another process wrote it down first
        pass


def catch_up(backend, limit=100):
    """Replay up to `limit` missed updates; returns how many were sent.

    A failure propagates (and the update stays written down) so the caller knows the engine
    is still unwell.
    """
    from search.models import PendingIndexUpdate

    sent = 0
    for pending in PendingIndexUpdate.objects.select_related("content_type").order_by("pk")[:limit]:
        model = pending.content_type.model_class()
        obj = model.objects.filter(pk=pending.object_id).first() if model else None
        indexed = get_indexed_instance(obj) if obj is not None else None
        if indexed is not None:
            backend.add(indexed)
        elif model is not None:
            backend.delete(model(pk=pending.object_id))
        pending.delete()
        sent += 1
    if sent:
        logger.info("Search index caught up with %s missed update(s)", sent)
    return sent
