"""Line charts drawn on the server as plain SVG: no library, no script, readable on a kiosk.

`progress_chart()` turns a TargetProgress into coordinates; the template
`campaigns/includes/chart.html` draws them with a <title>, a <desc> and the data table.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .models import Aggregation
from .text import format_number

WIDTH, HEIGHT = 360, 250
LEFT, RIGHT, TOP, BOTTOM = 62, 14, 30, 40
MIN_LABEL_GAP = 48  # x-axis labels closer than this to the previous one are skipped


def nice_ceiling(value):
    """The smallest "round" number ≥ value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten)."""
    if value <= 0:
        return 10
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * power >= value:
            return int(step * power) if step * power >= 1 else step * power
    return 10 * power


def short_date(day):
    return f"{day.day}/{day.month}"


@dataclass
class Chart:
    chart_id: str
    title: str
    desc: str
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: float = LEFT
    plot_right: float = WIDTH - RIGHT
    plot_top: float = TOP
    plot_bottom: float = HEIGHT - BOTTOM
    line: str = ""
    points: list = field(default_factory=list)  # (x, y)
    last_point: tuple | None = None  # (x, y, label)
    goals: list = field(default_factory=list)  # (x1, x2, y, label, label_x): one per phase
    phases: list = field(default_factory=list)  # (x, label)
    x_ticks: list = field(default_factory=list)  # (x, label)
    y_ticks: list = field(default_factory=list)  # (y, label)
    rows: list = field(default_factory=list)  # (date, value, goal)
    unit: str = ""
    cumulative: bool = True

    @property
    def y_label_x(self):
        return self.plot_left - 6

    @property
    def x_label_y(self):
        return self.plot_bottom + 20

    @property
    def phase_label_y(self):
        return self.plot_top - 10


def progress_chart(progress, campaign):
    """The chart of one target over the campaign: what the province achieved, date by date,
    against the target in force in each phase (a dashed step line: adjustments are visible)."""
    target, plan = progress.target, progress.plan
    start, end = campaign.start_date, campaign.end_date
    span = max((end - start).days, 1)
    goals_by_phase = [(number, value) for number, value in plan.values_by_phase() if value is not None]
    top_value = max([value for _n, value in goals_by_phase] + [value for _d, value in progress.series] + [1])
    y_max = nice_ceiling(top_value * 1.08)

    chart = Chart(
        chart_id=f"bieu-do-{target.code.lower()}",
        title=_("Diễn biến: %(name)s") % {"name": target.name},
        desc="",
        unit=target.unit,
        cumulative=target.aggregation == Aggregation.SUM,
    )
    plot_width = chart.plot_right - chart.plot_left
    plot_height = chart.plot_bottom - chart.plot_top

    def x_of(day):
        days = min(max((day - start).days, 0), span)
        return round(chart.plot_left + plot_width * days / span, 1)

    def y_of(value):
        return round(chart.plot_bottom - plot_height * value / y_max, 1)

    # Axes
    chart.y_ticks = [(y_of(y_max * step / 4), format_number(y_max * step / 4)) for step in range(5)]
    ticks, last_x = [], -MIN_LABEL_GAP
    phase_list = campaign.phase_list()
    for day in [start] + [phase.start_date for phase in phase_list[1:]] + [end]:
        x = x_of(day)
        if x - last_x >= MIN_LABEL_GAP or day == end:
            if day == end and ticks and x - ticks[-1][0] < MIN_LABEL_GAP:
                ticks.pop()
            ticks.append((x, short_date(day)))
            last_x = x
    chart.x_ticks = ticks
    chart.phases = [
        (x_of(phase.start_date), _("GĐ%(number)s") % {"number": phase.number}) for phase in phase_list[1:]
    ]

    # The target in force, phase by phase
    previous = None
    for number, value in goals_by_phase:
        x1 = x_of(campaign.phase_start(number))
        x2 = x_of(campaign.phase_end(number))
        label = format_number(value) if value != previous else ""  # label only where it changes
        chart.goals.append((x1, x2, y_of(value), label, x1 + 4))
        previous = value

    # What was achieved
    points = [(x_of(day), y_of(value)) for day, value in progress.series]
    if points and chart.cumulative:
        points.insert(0, (x_of(start), y_of(0)))
    chart.points = points[1:] if points and chart.cumulative else points
    if points:
        chart.line = "M" + " L".join(f"{x},{y}" for x, y in points)
        last_value = progress.series[-1][1]
        chart.last_point = (*points[-1], format_number(last_value))

    chart.rows = [
        (day, value, plan.value_in(campaign.phase_number_on(day))) for day, value in progress.series
    ]
    chart.desc = describe(progress, campaign)
    return chart


def describe(progress, campaign):
    """The <desc> of the chart: what a sighted reader takes from it, in one paragraph."""
    target = progress.target
    unit = target.unit
    parts = []
    if progress.series:
        first_day, last_day = progress.series[0][0], progress.series[-1][0]
        kind = _("cộng dồn") if target.aggregation == Aggregation.SUM else _("tổng số mới nhất của các xã")
        parts.append(
            _("Biểu đồ đường: số %(unit)s toàn tỉnh đạt được (%(kind)s) từ %(first)s đến %(last)s.")
            % {"unit": unit, "kind": kind, "first": f"{first_day:%d/%m/%Y}", "last": f"{last_day:%d/%m/%Y}"}
        )
        parts.append(
            _("Đến %(last)s đạt %(achieved)s %(unit)s.")
            % {"last": f"{last_day:%d/%m/%Y}", "achieved": format_number(progress.achieved), "unit": unit}
        )
    else:
        parts.append(_("Chưa có số liệu nào."))
    if progress.goal:
        parts.append(
            _("Chỉ tiêu %(goal)s %(unit)s (đường nét đứt); đạt %(percent)s%%.")
            % {"goal": format_number(progress.goal), "unit": unit, "percent": progress.percent}
        )
    for change in progress.changes:
        if change.kind == "dieu-chinh":
            parts.append(
                _("Từ giai đoạn %(phase)s chỉ tiêu đổi từ %(old)s thành %(new)s.")
                % {
                    "phase": change.phase,
                    "old": format_number(change.old_value),
                    "new": format_number(change.new_value),
                }
            )
        elif change.kind == "dung":
            parts.append(_("Chỉ tiêu dừng từ giai đoạn %(phase)s.") % {"phase": change.phase})
        else:
            parts.append(_("Chỉ tiêu áp dụng từ giai đoạn %(phase)s.") % {"phase": change.phase})
    return " ".join(parts)
