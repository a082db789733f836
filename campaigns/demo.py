"""Load the campaigns part of the demo content (data in demo/content/campaigns.py).

Idempotent: what exists is left alone; upcoming classes are dated from today, so a later run
adds new upcoming classes only once the previous ones have passed.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone

from demo.content import campaigns as data
from guides.models import GuidePage
from lessons.models import CoursePage

from .choices import Aggregation, ClassStatus, TargetSource, VenueType
from .models import (
    CampaignPage,
    CampaignPhase,
    CampaignTarget,
    ClassIndexPage,
    Commune,
    CommuneIndexPage,
    DigitalClass,
    DigitalTeam,
    ProgressFigure,
    TargetAdjustment,
)

LOCAL = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def load_demo(home, ensure_child):
    """`ensure_child(parent, model, slug, **fields)` creates and publishes a page if missing."""
    communes = sample_communes()
    campaign = ensure_campaign(home, ensure_child)
    figures(campaign, communes)
    held_classes(communes)
    upcoming_classes(communes)
    teams(communes)
    ensure_child(
        home,
        ClassIndexPage,
        data.CLASS_INDEX["slug"],
        title=data.CLASS_INDEX["title"],
        intro=data.CLASS_INDEX["intro"],
        show_in_menus=True,
    )
    ensure_child(
        home,
        CommuneIndexPage,
        data.COMMUNE_INDEX["slug"],
        title=data.COMMUNE_INDEX["title"],
        intro=data.COMMUNE_INDEX["intro"],
    )
    return campaign


def sample_communes():
    communes = {}
    for item in data.SAMPLE_COMMUNES:
        commune, _ = Commune.objects.get_or_create(
            code=item["code"], defaults={"name": item["name"], "kind": item["kind"], "is_sample": True}
        )
        communes[item["code"]] = commune
    return communes


def ensure_campaign(home, ensure_child):
    item = data.CAMPAIGN
    existing = CampaignPage.objects.child_of(home).filter(slug=item["slug"]).first()
    if existing:
        return existing
    targets = [
        CampaignTarget(
            code=target["code"],
            name=target["name"],
            short_name=target["short_name"],
            unit=target["unit"],
            initial_value=target["initial_value"],
            how_measured=target["how_measured"],
            source=target.get("source", TargetSource.REPORTED),
            aggregation=target.get("aggregation", Aggregation.SUM),
            introduced_in_phase=target.get("introduced_in_phase", 1),
        )
        for target in item["targets"]
    ]
    campaign, _ = ensure_child(
        home,
        CampaignPage,
        item["slug"],
        show_in_menus=True,
        title=item["title"],
        summary=item["summary"],
        start_date=item["start_date"],
        end_date=item["end_date"],
        description=item["description"],
        phases=[CampaignPhase(**phase) for phase in item["phases"]],
        targets=targets,
        target_adjustments=[TargetAdjustment(**adjustment) for adjustment in item["adjustments"]],
    )
    return campaign


def wiggle(*numbers):
    """A small, repeatable variation in [-0.15, 0.15] so sample figures do not look ruled."""
    return ((sum(number * prime for number, prime in zip(numbers, (37, 11, 7), strict=False)) % 7) - 3) / 20


def figures(campaign, communes):
    if ProgressFigure.objects.filter(target__page=campaign).exists():
        return
    settings_by_code = {target["code"]: target for target in data.CAMPAIGN["targets"]}
    total_weight = sum(data.COMMUNE_WEIGHTS.values())
    created = []
    for plan in campaign.target_plans():
        target = plan.target
        if target.source != TargetSource.REPORTED:
            continue
        days = [day for day in data.REPORT_DAYS if plan.is_active_in(campaign.phase_number_on(day))]
        final_goal = plan.value_in(plan.last_phase)
        reached = settings_by_code[target.code]["reached"]
        for number, (code, commune) in enumerate(communes.items()):
            share = final_goal * reached * data.COMMUNE_WEIGHTS[code] / total_weight
            if target.aggregation == Aggregation.LATEST:
                values = [round(share * (0.35 + 0.65 * (i + 1) / len(days))) for i in range(len(days))]
            else:
                weights = [
                    0.6 + 0.8 * i / max(len(days) - 1, 1) + wiggle(i, number, target.pk)
                    for i in range(len(days))
                ]
                values = [round(share * weight / sum(weights)) for weight in weights]
            created += [
                ProgressFigure(target=target, commune=commune, date=day, value=value)
                for day, value in zip(days, values, strict=True)
            ]
    ProgressFigure.objects.bulk_create(created)


def topic_pages(item):
    course = CoursePage.objects.filter(slug=item.get("course") or "").first()
    guide = GuidePage.objects.filter(slug=item.get("guide") or "").first()
    return course, guide


def at(day, hour_minute):
    hour, minute = (int(part) for part in hour_minute.split(":"))
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=LOCAL)


def held_classes(communes):
    for number, (code, commune) in enumerate(communes.items()):
        for week, report_day in enumerate(data.REPORT_DAYS):
            if (week + number) % 5 == 0:
                continue
            item = data.HELD_CLASSES[(week + number) % len(data.HELD_CLASSES)]
            starts_at = at(report_day - datetime.timedelta(days=2), "19:00")
            course, guide = topic_pages(item)
            DigitalClass.objects.get_or_create(
                commune=commune,
                title=item["title"],
                starts_at=starts_at,
                defaults={
                    "ends_at": starts_at + datetime.timedelta(minutes=90),
                    "venue_type": VenueType.CULTURE_HOUSE,
                    "venue_name": f"Nhà văn hóa {commune.name}",
                    "course": course,
                    "guide": guide,
                    "language": data.HELD_CLASS_LANGUAGES.get(code, "vi") if week % 2 else "vi",
                    "capacity": 30,
                    "contact": f"UBND {commune}",
                    "status": ClassStatus.HELD,
                },
            )


def upcoming_classes(communes):
    today = timezone.localdate()
    for item in data.UPCOMING_CLASSES:
        commune = communes[item["commune"]]
        if (
            DigitalClass.objects.upcoming()
            .filter(commune=commune, title=item["title"], venue_name=item["venue_name"])
            .exists()
        ):
            continue
        starts_at = at(today + datetime.timedelta(days=item["days"]), item["start"])
        course, guide = topic_pages(item)
        DigitalClass.objects.create(
            commune=commune,
            title=item["title"],
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(minutes=item["minutes"]),
            venue_type=item["venue_type"],
            venue_name=item["venue_name"],
            address=item.get("address", ""),
            course=course,
            guide=guide,
            audience=item["audience"],
            language=item["language"],
            capacity=item["capacity"],
            contact=item["contact"],
            note=item["note"],
        )


def teams(communes):
    for item in data.TEAMS:
        DigitalTeam.objects.get_or_create(
            commune=communes[item["commune"]],
            name=item["name"],
            defaults={
                "area": item["area"],
                "member_count": item["member_count"],
                "contact_name": item["contact_name"],
                "contact_phone": item["contact_phone"],
                "contact_is_public": item["contact_is_public"],
                "consent_date": data.CONSENT_DATE if item["contact_is_public"] else None,
            },
        )
