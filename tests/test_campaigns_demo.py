"""The campaigns part of the demo content: complete, clearly sample data, safe to load twice."""

import pytest

from campaigns.demo import load_demo
from campaigns.models import (
    CampaignPage,
    ClassIndexPage,
    Commune,
    CommuneIndexPage,
    DigitalClass,
    DigitalTeam,
    ProgressFigure,
)
from demo.management.commands.load_demo_content import ensure_child


def counts():
    return [
        model.objects.count()
        for model in (
            CampaignPage,
            ClassIndexPage,
            CommuneIndexPage,
            Commune,
            ProgressFigure,
            DigitalClass,
            DigitalTeam,
        )
    ]


@pytest.fixture
def demo(home):
    return load_demo(home, ensure_child)


def test_demo_campaign_has_phases_adjusted_targets_and_figures(demo):
    progress = demo.progress()

    assert demo.phase_count == 3 and len(progress.targets) == 11
    assert len(progress.active) == 10 and [t.target.code for t in progress.retired] == ["CT7"]
    assert progress.by_code("CT1").goal == 8000 and progress.by_code("CT8").goal == 250
    assert [phase for phase, _changes in progress.changes_by_phase()] == [2, 3]
    assert all(target.achieved > 0 for target in progress.targets)
    assert progress.by_code("CT3").achieved == DigitalClass.objects.filter(status="da-to-chuc").count()


def test_demo_communes_are_clearly_samples_with_upcoming_classes_and_teams(demo):
    assert Commune.objects.count() == 6
    assert all(commune.is_sample and commune.code.startswith("99") for commune in Commune.objects.all())
    upcoming = DigitalClass.objects.upcoming()
    assert upcoming.count() == 10
    assert {c.language for c in upcoming} == {"vi", "rad", "jra", "mng"}
    assert DigitalTeam.objects.filter(contact_is_public=True, consent_date__isnull=False).exists()
    assert DigitalTeam.objects.filter(contact_is_public=False).exists()


def test_loading_the_demo_twice_changes_nothing(home, demo):
    before = counts()
    load_demo(home, ensure_child)
    assert counts() == before


def test_every_demo_campaign_page_and_file_answers(client, demo):
    commune = Commune.objects.first()
    classes, communes = ClassIndexPage.objects.get(), CommuneIndexPage.objects.get()
    urls = [
        demo.url,
        f"{demo.url}?sap-xep=-CT1&loai=xa&q=ea",
        classes.url,
        f"{classes.url}lich/",
        f"{classes.url}xa/{commune.slug}/lich/",
        communes.url,
        f"{communes.url}to-cong-nghe-so/",
        f"{communes.url}{commune.slug}/",
    ] + [
        f"{demo.url}du-lieu/{name}/{fmt}/"
        for name in ("tong-hop", "theo-xa", "theo-ngay")
        for fmt in ("csv", "json")
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url
