"""The public side: a campaign's progress and open data, classes near you, communes and teams.

Everything works without JavaScript: filters and sorting are GET parameters, charts are SVG
drawn here, feeds are files. Page routes are declared on the page models (RoutablePageMixin).
"""

import datetime

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import Topic
from kiosks.views import kiosk_home_url

from . import exports, ical
from .charts import progress_chart
from .choices import CommuneKind
from .forms import ClassFilterForm
from .models import (
    ClassIndexPage,
    Commune,
    CommuneIndexPage,
    DigitalClass,
    DigitalTeam,
    localized_index,
    source_campaigns,
)
from .text import fold

CLASSES_PER_PAGE = 20
CALENDAR_PAST_DAYS = 30  # calendars keep recent classes, so subscribers do not see them vanish


# ---------------------------------------------------------------------------------------------
# Campaign
# ---------------------------------------------------------------------------------------------


def campaign_page(page, request):
    today = timezone.localdate()
    source = page.source_page()  # an alias or a translation shows the figures of the source
    progress = source.progress(today)
    table = CommuneTable(progress, request)
    changes = dict(progress.changes_by_phase())
    return page.render(
        request,
        context_overrides={
            "today": today,
            "status": source.status_on(today),
            "elapsed_percent": source.elapsed_percent(today),
            "phases_with_changes": [(phase, changes.get(phase.number, [])) for phase in source.phase_list()],
            "progress": progress,
            "charts": [
                (target, progress_chart(target, source)) for target in progress.active + progress.retired
            ],
            "table": table,
            "commune_index": localized_index(CommuneIndexPage),
            "class_index": localized_index(ClassIndexPage),
            "datasets": exports.DATASETS,
        },
    )


def campaign_data(page, request, dataset, fmt):
    if dataset not in exports.DATASETS or fmt not in ("csv", "json"):
        raise Http404
    commune = None
    if request.GET.get("xa"):
        commune = get_object_or_404(Commune, code=request.GET["xa"])
    source = page.source_page()
    return exports.respond(source, source.progress(timezone.localdate()), dataset, fmt, commune)


class CommuneTable:
    """The communes with their totals, filtered and sorted by GET parameters:
    `q` (name, accents optional), `loai` (xa, phuong…), `chi-tieu` (one target's column),
    `sap-xep` (`ten`, or a target code; a leading "-" sorts descending)."""

    def __init__(self, progress, request):
        self.request = request
        params = request.GET
        self.query = params.get("q", "").strip()[:100]
        self.kind = params.get("loai", "") if params.get("loai", "") in CommuneKind.values else ""
        self.targets_all = progress.active
        chosen = params.get("chi-tieu", "")
        self.chosen = next((t for t in self.targets_all if t.target.code == chosen), None)
        self.targets = [self.chosen] if self.chosen else self.targets_all
        self.sort = params.get("sap-xep", "ten")
        rows = progress.commune_rows(self.targets)
        if self.query:
            needle = fold(self.query)
            rows = [row for row in rows if needle in fold(row[0].full_name)]
        if self.kind:
            rows = [row for row in rows if row[0].kind == self.kind]
        self.rows = self.sorted(rows)
        self.total = len(progress.communes())
        self.has_samples = any(row[0].is_sample for row in self.rows)
        self.kinds = CommuneKind.choices

    def sorted(self, rows):
        key, descending = self.sort.lstrip("-"), self.sort.startswith("-")
        codes = [target.target.code for target in self.targets]
        if key in codes:
            index = codes.index(key)
            # Communes without a report go last whichever the direction.
            reported = [row for row in rows if row[1][index] is not None]
            missing = [row for row in rows if row[1][index] is None]
            reported.sort(key=lambda row: (row[1][index], fold(row[0].name)), reverse=descending)
            return reported + sorted(missing, key=lambda row: fold(row[0].name))
        self.sort = "-ten" if descending else "ten"
        return sorted(rows, key=lambda row: fold(row[0].name), reverse=descending)

    def link(self, sort):
        params = self.request.GET.copy()
        params["sap-xep"] = sort
        return f"?{params.urlencode()}#ket-qua-tung-xa"

    def headers(self):
        """Column headers: label, link that sorts by it, and aria-sort for the current one."""
        columns = [("ten", _("Xã, phường"), False, None)]
        columns += [(t.target.code, t.target.short_name, True, t.target.unit) for t in self.targets]
        headers = []
        for key, label, numeric, unit in columns:
            state = "none"
            if self.sort == key:
                state = "ascending"
            elif self.sort == f"-{key}":
                state = "descending"
            if state == "none":
                next_sort = f"-{key}" if numeric else key  # biggest numbers first, names A→Z
            else:
                next_sort = key if state == "descending" else f"-{key}"
            headers.append(
                {
                    "label": label,
                    "unit": unit,
                    "numeric": numeric,
                    "aria_sort": state,
                    "url": self.link(next_sort),
                }
            )
        return headers


# ---------------------------------------------------------------------------------------------
# Classes near you
# ---------------------------------------------------------------------------------------------


def class_filters(request):
    """The filter form; topics offered are those some upcoming class is about."""
    communes = Commune.objects.all()
    upcoming = DigitalClass.objects.upcoming()
    topics = (
        Topic.objects.filter(
            Q(courses__digital_classes__in=upcoming) | Q(guides__digital_classes__in=upcoming)
        )
        .distinct()
        .order_by("sort_order", "name")
    )
    return ClassFilterForm(request.GET or None, communes=communes, topics=topics)


def filtered_classes(form):
    classes = DigitalClass.objects.upcoming().select_related("commune", "course", "guide")
    commune = Commune.objects.filter(slug=form.value("xa") or "").first()
    if commune:
        classes = classes.filter(commune=commune)
    topic = Topic.objects.filter(slug=form.value("chu-de") or "").first()
    if topic:
        classes = classes.about_topic(topic)
    if form.value("ngon-ngu"):
        classes = classes.filter(language=form.value("ngon-ngu"))
    if form.value("tu-ngay"):
        classes = classes.filter(starts_at__date__gte=form.value("tu-ngay"))
    if form.value("den-ngay"):
        classes = classes.filter(starts_at__date__lte=form.value("den-ngay"))
    return classes, commune


def by_day(classes):
    """[(date, [classes that day])] in order."""
    days = []
    for digital_class in classes:
        day = digital_class.local_start.date()
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(digital_class)
    return days


def class_listing(page, request):
    form = class_filters(request)
    classes, commune = filtered_classes(form)
    listing = Paginator(classes, CLASSES_PER_PAGE).get_page(request.GET.get("trang"))
    return page.render(
        request,
        context_overrides={
            "form": form,
            "filtered": any(form.value(name) for name in form.fields),
            "classes": listing,
            "days": by_day(listing),
            "commune": commune,
            "commune_index": localized_index(CommuneIndexPage),
        },
    )


def calendar_response(page, request, classes, name, filename):
    host = page.get_site().hostname if page.get_site() else request.get_host()

    communes = localized_index(CommuneIndexPage)

    def url_for(digital_class):
        """The class on its commune's page (which lists all of them), else on the listing."""
        if communes:
            return request.build_absolute_uri(
                f"{communes.url}{digital_class.commune.slug}/#{digital_class.anchor}"
            )
        return request.build_absolute_uri(f"{page.url}#{digital_class.anchor}")

    body = ical.calendar(
        classes,
        name=name,
        description=_("Lịch các lớp học kỹ năng số của phong trào Bình dân học vụ số tỉnh Đắk Lắk"),
        uid_domain=host,
        url_for=url_for,
    )
    response = HttpResponse(body.encode("utf-8"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def class_calendar(page, request, commune_slug=None):
    since = timezone.now() - datetime.timedelta(days=CALENDAR_PAST_DAYS)
    classes = DigitalClass.objects.filter(ends_at__gte=since).select_related("commune", "course", "guide")
    name, filename = _("Lớp học kỹ năng số – Đắk Lắk"), "lop-hoc.ics"
    if commune_slug:
        commune = get_object_or_404(Commune, slug=commune_slug)
        classes = classes.filter(commune=commune)
        name = _("Lớp học kỹ năng số – %(commune)s") % {"commune": commune}
        filename = f"lop-hoc-{commune.slug}.ics"
    return calendar_response(page, request, classes.order_by("starts_at", "pk"), name, filename)


def class_event(page, request, pk):
    digital_class = get_object_or_404(
        DigitalClass.objects.select_related("commune", "course", "guide"), pk=pk
    )
    return calendar_response(page, request, [digital_class], digital_class.title, f"lop-hoc-{pk}.ics")


# ---------------------------------------------------------------------------------------------
# Communes, kiosk, teams
# ---------------------------------------------------------------------------------------------


def commune_index(page, request):
    query = request.GET.get("q", "").strip()[:100]
    communes = list(Commune.objects.all())
    if query:
        communes = [commune for commune in communes if fold(query) in fold(commune.full_name)]
    now = timezone.now()
    team_counts, class_counts = {}, {}
    for commune_id in DigitalTeam.objects.values_list("commune_id", flat=True):
        team_counts[commune_id] = team_counts.get(commune_id, 0) + 1
    for commune_id in DigitalClass.objects.upcoming(now).values_list("commune_id", flat=True):
        class_counts[commune_id] = class_counts.get(commune_id, 0) + 1
    rows = [
        (commune, team_counts.get(commune.pk, 0), class_counts.get(commune.pk, 0)) for commune in communes
    ]
    rows.sort(key=lambda row: fold(row[0].name))
    return page.render(
        request,
        context_overrides={
            "query": query,
            "rows": rows,
            "has_samples": any(commune.is_sample for commune in communes),
        },
    )


def campaigns_for(commune, today):
    """[(campaign, [(target progress, this commune's total)])] for the published campaigns."""
    result = []
    for campaign in source_campaigns().order_by("-start_date"):
        progress = campaign.progress(today)
        campaign = campaign.localized
        targets = [
            (target, target.by_commune.get(commune.pk)) for target in progress.active + progress.retired
        ]
        result.append((campaign, progress, targets))
    return result


def commune_detail(page, request, slug):
    commune = get_object_or_404(Commune, slug=slug)
    today = timezone.localdate()
    upcoming = DigitalClass.objects.upcoming().filter(commune=commune).select_related("course", "guide")
    return page.render(
        request,
        template="campaigns/commune_detail.html",
        context_overrides={
            "commune": commune,
            "campaigns": campaigns_for(commune, today),
            "upcoming": upcoming,
            "teams": commune.teams.all(),
            "class_index": localized_index(ClassIndexPage),
            "today": today,
            "kiosks": commune.kiosks.all(),
        },
    )


def commune_kiosk(page, request, slug):
    """The address of the former commune kiosk screen: a commune's kiosk is now a Kiosk (kiosks
    app, /kiosk/<slug>/, with this commune's classes and teams); without one, the commune's page."""
    commune = get_object_or_404(Commune, slug=slug)
    kiosk = commune.kiosks.order_by("name").first()
    if kiosk:
        return redirect(kiosk_home_url(kiosk))
    return redirect(page.url + page.reverse_subpage("commune", args=[commune.slug]))


def team_directory(page, request):
    communes = Commune.objects.filter(teams__isnull=False).distinct().prefetch_related("teams")
    chosen = Commune.objects.filter(slug=request.GET.get("xa", "")).first()
    if chosen:
        communes = communes.filter(pk=chosen.pk)
    return page.render(
        request,
        template="campaigns/team_directory.html",
        context_overrides={
            "communes": sorted(communes, key=lambda commune: fold(commune.name)),
            "all_communes": Commune.objects.filter(teams__isnull=False).distinct(),
            "chosen": chosen,
        },
    )
