"""What a campaign has achieved: the target in force in each phase, totals per commune and for
the province, and the series over time. Used by the public page, the charts and the exports,
so the three always agree.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncDate

from .models import (
    AdjustmentKind,
    Aggregation,
    ClassStatus,
    Commune,
    DigitalClass,
    ProgressFigure,
    TargetSource,
)

ADDED, ADJUSTED, RETIRED = "them-moi", "dieu-chinh", "dung"


@dataclass(frozen=True)
class TargetChange:
    phase: int
    kind: str  # ADDED, ADJUSTED or RETIRED
    old_value: int | None
    new_value: int | None
    reason: str

    @property
    def is_increase(self):
        return self.kind == ADJUSTED and self.new_value > self.old_value


class TargetPlan:
    """One target through the phases: its initial value, then each adjustment in phase order."""

    def __init__(self, target, adjustments, phase_count):
        self.target = target
        self.phase_count = phase_count
        self.changes = []
        self.retired_in = None
        self._values = {}
        by_phase = {}
        for adjustment in sorted(adjustments, key=lambda item: item.phase):
            by_phase.setdefault(adjustment.phase, adjustment)
        start = target.introduced_in_phase
        if start > 1:
            self.changes.append(TargetChange(start, ADDED, None, target.initial_value, ""))
        value = target.initial_value
        for number in range(start, phase_count + 1):
            adjustment = by_phase.get(number)
            if adjustment and self.retired_in is None:
                if adjustment.kind == AdjustmentKind.RETIRE:
                    self.retired_in = number
                    self.changes.append(TargetChange(number, RETIRED, value, None, adjustment.reason))
                elif adjustment.new_value is not None and adjustment.new_value != value:
                    self.changes.append(
                        TargetChange(number, ADJUSTED, value, adjustment.new_value, adjustment.reason)
                    )
                    value = adjustment.new_value
            if self.retired_in is None:
                self._values[number] = value
        self.last_value = value

    def value_in(self, phase):
        """The target in force during `phase`, or None if it does not apply then."""
        return self._values.get(phase)

    def is_active_in(self, phase):
        return phase in self._values

    @property
    def first_phase(self):
        return self.target.introduced_in_phase

    @property
    def last_phase(self):
        return (self.retired_in - 1) if self.retired_in else self.phase_count

    def values_by_phase(self):
        return [(number, self._values.get(number)) for number in range(1, self.phase_count + 1)]


def target_plans(campaign):
    phase_count = campaign.phase_count
    adjustments = defaultdict(list)
    for adjustment in campaign.target_adjustments.all():
        adjustments[adjustment.target_code].append(adjustment)
    return [TargetPlan(target, adjustments[target.code], phase_count) for target in campaign.targets.all()]


def classes_held(start, end):
    """(commune_id, day, number of confirmed classes) for classes held between two dates."""
    return list(
        DigitalClass.objects.filter(status=ClassStatus.HELD)
        .annotate(day=TruncDate("starts_at"))
        .filter(day__gte=start, day__lte=end)
        .values_list("commune_id", "day")
        .annotate(number=Count("pk"))
        .order_by("day", "commune_id")
    )


def figure_rows(campaign, plans):
    """{target_id: [(commune_id, date, value), …]}: reported figures and counted classes,
    keeping only those dated inside the phases where the target applies."""
    rows = defaultdict(list)
    reported = [plan.target.pk for plan in plans if plan.target.source == TargetSource.REPORTED]
    figures = ProgressFigure.objects.filter(target_id__in=reported).values_list(
        "target_id", "commune_id", "date", "value"
    )
    for target_id, commune_id, day, value in figures:
        rows[target_id].append((commune_id, day, value))
    if any(plan.target.source == TargetSource.CLASSES for plan in plans):
        held = classes_held(campaign.start_date, campaign.end_date)
        for plan in plans:
            if plan.target.source == TargetSource.CLASSES:
                rows[plan.target.pk] = list(held)
    for plan in plans:
        first = campaign.phase_start(plan.first_phase) if plan.first_phase > 1 else campaign.start_date
        last = campaign.phase_end(plan.last_phase) if plan.retired_in else campaign.end_date
        rows[plan.target.pk] = sorted(
            (row for row in rows[plan.target.pk] if first <= row[1] <= last), key=lambda row: (row[1], row[0])
        )
    return rows


def totals_by_commune(rows, aggregation):
    """A commune's total: the sum of its reports, or its latest report."""
    totals = {}
    if aggregation == Aggregation.LATEST:
        for commune_id, _day, value in sorted(rows, key=lambda row: row[1]):
            totals[commune_id] = value
    else:
        for commune_id, _day, value in rows:
            totals[commune_id] = totals.get(commune_id, 0) + value
    return totals


def series(rows, aggregation):
    """[(date, province total on that date)] — cumulative for sums, sum of latest otherwise."""
    by_day = defaultdict(list)
    for commune_id, day, value in rows:
        by_day[day].append((commune_id, value))
    points, running, latest = [], 0, {}
    for day in sorted(by_day):
        for commune_id, value in by_day[day]:
            if aggregation == Aggregation.LATEST:
                latest[commune_id] = value
            else:
                running += value
        points.append((day, sum(latest.values()) if aggregation == Aggregation.LATEST else running))
    return points


def percent_of(value, goal):
    if not goal:
        return None
    return round(100 * value / goal)


class TargetProgress:
    ACTIVE, RETIRED, LATER = "dang-ap-dung", "da-dung", "ap-dung-sau"

    def __init__(self, plan, rows, phase):
        self.plan = plan
        self.target = plan.target
        self.rows = rows
        self.by_commune = totals_by_commune(rows, self.target.aggregation)
        self.achieved = sum(self.by_commune.values())
        self.series = series(rows, self.target.aggregation)
        self.last_date = rows[-1][1] if rows else None
        if plan.is_active_in(phase):
            self.state, self.goal = self.ACTIVE, plan.value_in(phase)
        elif plan.retired_in and plan.retired_in <= phase:
            self.state, self.goal = self.RETIRED, plan.value_in(plan.last_phase)
        else:
            self.state, self.goal = self.LATER, plan.value_in(plan.first_phase)
        self.percent = percent_of(self.achieved, self.goal)

    @property
    def bar_value(self):
        return min(self.percent or 0, 100)

    @property
    def is_reached(self):
        return self.goal is not None and self.achieved >= self.goal

    @property
    def changes(self):
        return self.plan.changes


class CampaignProgress:
    """Everything the public page shows, computed once per request."""

    def __init__(self, campaign, today):
        self.campaign = campaign
        self.today = today
        self.phase = campaign.phase_number_on(today)
        self.plans = target_plans(campaign)
        rows = figure_rows(campaign, self.plans)
        self.targets = [TargetProgress(plan, rows[plan.target.pk], self.phase) for plan in self.plans]
        dates = [target.last_date for target in self.targets if target.last_date]
        self.last_report_date = max(dates) if dates else None

    @property
    def active(self):
        return [target for target in self.targets if target.state == TargetProgress.ACTIVE]

    @property
    def retired(self):
        return [target for target in self.targets if target.state == TargetProgress.RETIRED]

    @property
    def later(self):
        return [target for target in self.targets if target.state == TargetProgress.LATER]

    def by_code(self, code):
        return next((target for target in self.targets if target.target.code == code), None)

    def changes_by_phase(self):
        """[(phase, [(target, change), …])] for phases after the first, in order."""
        grouped = defaultdict(list)
        for target in self.targets:
            for change in target.changes:
                grouped[change.phase].append((target.target, change))
        return [(phase, grouped[phase]) for phase in sorted(grouped)]

    def communes(self):
        if not hasattr(self, "_communes"):
            self._communes = list(Commune.objects.all())
        return self._communes

    def commune_rows(self, targets=None):
        """One row per commune: (commune, [its total or None for each target])."""
        targets = self.active if targets is None else targets
        return [
            (commune, [target.by_commune.get(commune.pk) for target in targets])
            for commune in self.communes()
        ]
