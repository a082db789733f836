"""Helper mode: counting assisted sessions per commune and day, and the report over weeks or months.

A count is all that is kept. The rate limit is per commune, never per visitor, so nothing about
the person (address, browser) is looked at, even for a moment.
"""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import AssistedSessionDay

QUERY_PARAMETER = "ho-tro"
DEFAULT_SESSIONS_PER_COMMUNE_PER_HOUR = 60
WEEKS_SHOWN = 8
MONTHS_SHOWN = 12


def is_on(request):
    """Helper mode asked for in the address (?ho-tro=1): what works without JavaScript."""
    return request is not None and request.GET.get(QUERY_PARAMETER) == "1"


def sessions_per_hour():
    return getattr(settings, "HELPER_SESSIONS_PER_COMMUNE_PER_HOUR", DEFAULT_SESSIONS_PER_COMMUNE_PER_HOUR)


def take_rate_slot(commune):
    """False once the commune has started more sessions this hour than a team could really help."""
    key = f"helper-sessions:{commune.pk}:{timezone.now():%Y%m%d%H}"
    cache.add(key, 0, timeout=3600)
    try:
        used = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=3600)
        used = 1
    return used <= sessions_per_hour()


def count_session(commune, day=None):
    """One more assisted session for the commune today, safe when two arrive at once."""
    day = day or timezone.localdate()
    counted = AssistedSessionDay.objects.filter(commune=commune, date=day).update(sessions=F("sessions") + 1)
    if counted:
        return
    try:
        with transaction.atomic():
            AssistedSessionDay.objects.create(commune=commune, date=day, sessions=1)
    except IntegrityError:  # another request created the row first
        AssistedSessionDay.objects.filter(commune=commune, date=day).update(sessions=F("sessions") + 1)


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


def month_start(day):
    return day.replace(day=1)


def recent_periods(by, today):
    """The first day of each period shown, oldest first: the last 8 weeks or 12 months."""
    if by == "month":
        periods = [month_start(today)]
        while len(periods) < MONTHS_SHOWN:
            periods.append(month_start(periods[-1] - datetime.timedelta(days=1)))
    else:
        periods = [week_start(today) - datetime.timedelta(weeks=n) for n in range(WEEKS_SHOWN)]
    return periods[::-1]


def session_table(by, today=None):
    """(periods, rows, column totals, grand total); a row is (commune, [sessions per period], total)."""
    periods = recent_periods(by, today or timezone.localdate())
    start_of = month_start if by == "month" else week_start
    counts = {}
    days = AssistedSessionDay.objects.filter(date__gte=periods[0]).select_related("commune")
    for day in days:
        per_period = counts.setdefault(day.commune, {})
        period = start_of(day.date)
        per_period[period] = per_period.get(period, 0) + day.sessions
    rows = []
    for commune in sorted(counts, key=lambda commune: commune.name):
        values = [counts[commune].get(period, 0) for period in periods]
        rows.append((commune, values, sum(values)))
    column_totals = [sum(row[1][index] for row in rows) for index in range(len(periods))]
    return periods, rows, column_totals, sum(column_totals)
