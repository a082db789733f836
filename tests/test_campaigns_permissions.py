"""Commune reporters: their own commune's figures and no other, through the admin or any URL;
figures validated with clear messages; every correction kept in the history."""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import get_resolver, reverse
from wagtail.permissions import policy_registry

from campaigns.forms import ProgressFigureForm
from campaigns.models import CommuneReporter, FigureLogEntry, ProgressFigure

from .factories import CampaignPageFactory, CommuneFactory, ProgressFigureFactory

REPORTERS = "Báo cáo viên xã, phường"
PROVINCE = "Theo dõi chiến dịch"


@pytest.fixture
def campaign(home):
    page = CampaignPageFactory(parent=home)
    page.save_revision().publish()
    return page


@pytest.fixture
def own(db):
    return CommuneFactory(code="24100", name="Ea Súp")


@pytest.fixture
def other(db):
    return CommuneFactory(code="24200", name="Krông Pắc")


def make_user(username, group=None, communes=()):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "mat-khau-dai-123")
    if group:
        user.groups.add(Group.objects.get(name=group))
    for commune in communes:
        CommuneReporter.objects.create(user=user, commune=commune)
    return user


@pytest.fixture
def reporter(client, own):
    user = make_user("baocao", REPORTERS, [own])
    client.force_login(user)
    return user


@pytest.fixture
def ct1(campaign):
    return campaign.targets.get(code="CT1")


@pytest.fixture
def figures(ct1, own, other):
    return (
        ProgressFigureFactory(target=ct1, commune=own, date=datetime.date(2025, 8, 1), value=111),
        ProgressFigureFactory(target=ct1, commune=other, date=datetime.date(2025, 8, 1), value=999),
    )


def figure_url_names():
    """Every admin URL of the figures viewset that takes a figure's id."""
    _prefix, resolver = get_resolver().namespace_dict["progressfigure"]
    names = [pattern.name for pattern in resolver.url_patterns if "pk" in str(pattern.pattern)]
    assert {"edit", "delete", "history", "history_results", "usage"} <= set(names)
    return names


def test_reporter_lists_and_exports_only_their_commune(client, reporter, figures):
    listing = client.get(reverse("progressfigure:index"))
    export = client.get(reverse("progressfigure:index"), {"export": "csv"})

    assert listing.status_code == 200
    assert "Ea Súp" in listing.text and "Krông Pắc" not in listing.text
    assert "Ea Súp" in export.getvalue().decode() and "Krông Pắc" not in export.getvalue().decode()


def refused(response):
    """Not found, forbidden, or Wagtail's "no permission" redirect to the dashboard."""
    if response.status_code == 302:
        return response.url == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)


def test_reporter_cannot_reach_another_communes_figure_through_any_url(client, reporter, figures):
    mine, theirs = figures
    for name in figure_url_names():
        url = reverse(f"progressfigure:{name}", args=[theirs.pk])
        assert refused(client.get(url)), name
        assert refused(client.post(url, {"value": "1", "reason": "x", "commune": theirs.commune_id})), name
        assert "999" not in client.get(url).content.decode(), name
        own = client.get(reverse(f"progressfigure:{name}", args=[mine.pk]))
        assert refused(own) if name == "delete" else own.status_code == 200, name  # reporters never delete
    theirs.refresh_from_db()
    assert theirs.value == 999 and ProgressFigure.objects.filter(pk=theirs.pk).exists()


def test_reporter_cannot_create_figures_for_another_commune(client, reporter, ct1, other):
    single = client.post(
        reverse("progressfigure:add"),
        {"target": ct1.pk, "commune": other.pk, "date": "2025-08-08", "value": "5"},
    )
    weekly = client.post(
        f"{reverse('progressfigure:weekly')}?chien-dich={ct1.page_id}",
        {"commune": other.pk, "date": "2025-08-08", f"chi_tieu_{ct1.pk}": "5"},
    )

    assert single.status_code == 200 and weekly.status_code == 200
    assert "Bạn chỉ được nhập số liệu cho xã, phường được phân công." in single.text
    assert "Bạn chỉ được nhập số liệu cho xã, phường được phân công." in weekly.text
    assert not ProgressFigure.objects.exists()


def test_the_commune_field_offers_only_the_reporters_commune(reporter, own, other, campaign):
    form = ProgressFigureForm(for_user=reporter)

    assert list(form.fields["commune"].queryset) == [own]
    assert form.fields["commune"].initial == own


def test_a_reporter_without_an_assignment_sees_nothing(client, figures):
    client.force_login(make_user("chua-phan-cong", REPORTERS))

    listing = client.get(reverse("progressfigure:index"))

    assert listing.status_code == 200 and "Ea Súp" not in listing.text and "Krông Pắc" not in listing.text
    assert client.get(reverse("progressfigure:edit", args=[figures[0].pk])).status_code == 404


def test_users_outside_the_groups_cannot_open_the_figures_at_all(client, figures):
    client.force_login(make_user("nguoi-ngoai"))
    assert client.get(reverse("progressfigure:index")).status_code in (302, 403)


def test_province_staff_see_and_correct_every_commune(client, figures, own, other):
    client.force_login(make_user("tinh", PROVINCE))

    listing = client.get(reverse("progressfigure:index"))

    assert "Ea Súp" in listing.text and "Krông Pắc" in listing.text
    assert client.get(reverse("progressfigure:edit", args=[figures[1].pk])).status_code == 200


def test_the_permission_policy_checks_the_commune(reporter, figures):
    policy = policy_registry.get_by_type(ProgressFigure)
    mine, theirs = figures

    assert policy.user_has_permission_for_instance(reporter, "change", mine)
    assert not policy.user_has_permission_for_instance(reporter, "change", theirs)
    assert not policy.user_has_permission_for_instance(reporter, "delete", mine)
    assert list(policy.instances_user_has_permission_for(reporter, "change")) == [mine]


def test_entering_and_correcting_a_figure_keeps_its_history(client, reporter, ct1, own):
    created = client.post(
        reverse("progressfigure:add"),
        {"target": ct1.pk, "commune": own.pk, "date": "2025-08-08", "value": "1.200"},
    )
    figure = ProgressFigure.objects.get()
    edit_url = reverse("progressfigure:edit", args=[figure.pk])
    no_reason = client.post(
        edit_url, {"target": ct1.pk, "commune": own.pk, "date": "2025-08-08", "value": "1250"}
    )
    corrected = client.post(
        edit_url,
        {
            "target": ct1.pk,
            "commune": own.pk,
            "date": "2025-08-08",
            "value": "1250",
            "reason": "Cộng sót một thôn.",
        },
    )

    assert created.status_code == 302 and figure.value == 1200
    assert no_reason.status_code == 200 and "Ghi ngắn gọn vì sao sửa số liệu này" in no_reason.text
    assert corrected.status_code == 302
    figure.refresh_from_db()
    assert figure.value == 1250
    entries = FigureLogEntry.objects.filter(object_id=str(figure.pk)).order_by("timestamp", "pk")
    assert [entry.action for entry in entries] == ["campaigns.figure.create", "campaigns.figure.correct"]
    assert entries[1].data["previous_value"] == 1200 and entries[1].data["reason"] == "Cộng sót một thôn."
    assert entries[1].user == reporter and entries[1].commune == own
    history = client.get(reverse("progressfigure:history", args=[figure.pk])).text
    assert "Sửa số liệu từ 1.200 (ngày 08/08/2025) thành 1.250" in history and "Cộng sót một thôn." in history


def test_site_history_shows_a_reporter_only_their_communes_entries(client, reporter, ct1, own, other):
    for commune, user in ((own, reporter), (other, make_user("khac", REPORTERS, [other]))):
        figure = ProgressFigureFactory(target=ct1, commune=commune, date=datetime.date(2025, 8, 1))
        FigureLogEntry.objects.log_action(figure, "campaigns.figure.create", user=user, data={"value": 10})

    visible = FigureLogEntry.objects.viewable_by_user(reporter)
    page = client.get(reverse("wagtailadmin_reports:site_history"))

    assert [entry.commune for entry in visible] == [own]
    assert "Krông Pắc" not in page.text


def test_weekly_entry_saves_all_of_a_communes_figures_at_once(client, reporter, campaign, own):
    ct1, ct2 = campaign.targets.get(code="CT1"), campaign.targets.get(code="CT2")
    url = f"{reverse('progressfigure:weekly')}?chien-dich={campaign.pk}"

    form_page = client.get(url)
    response = client.post(
        url,
        {"commune": own.pk, "date": "2025-08-08", f"chi_tieu_{ct1.pk}": "1 200", f"chi_tieu_{ct2.pk}": "35"},
    )

    assert form_page.status_code == 200 and "CT3" not in form_page.text  # counted from classes, not entered
    assert response.status_code == 302
    assert dict(ProgressFigure.objects.values_list("target__code", "value")) == {"CT1": 1200, "CT2": 35}
    assert FigureLogEntry.objects.filter(action="campaigns.figure.create").count() == 2


# --- Validation messages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "date", "value", "field", "message"),
    [
        ("CT1", "2025-08-08", "abc", "value", "Số liệu phải là một số nguyên"),
        ("CT1", "2025-08-08", "12,5", "value", "Số liệu phải là một số nguyên"),
        ("CT1", "2025-08-08", "-5", "value", "Số liệu không được là số âm."),
        ("CT1", "2025-08-08", "", "value", "Nhập số liệu"),
        ("CT1", "2025-07-01", "5", "date", "Ngày báo cáo phải trong thời gian chiến dịch (15/07/2025 – 25/10/2025)."),
        ("CT1", "2099-01-01", "5", "date", "Ngày báo cáo không được sau hôm nay"),
        ("CT1", "2025-08-01", "5", "date", "Ea Súp đã có số liệu chỉ tiêu CT1 ngày 01/08/2025 (111 người)"),
        ("CT4", "2025-08-01", "5", "date", "Chỉ tiêu CT4 chỉ áp dụng từ giai đoạn 2 (từ 15/08/2025)."),
        ("CT5", "2025-10-01", "5", "date", "Chỉ tiêu CT5 đã dừng từ giai đoạn 3 (từ 20/09/2025)."),
        ("CT3", "2025-08-08", "5", "target", "Chọn một chỉ tiêu trong danh sách."),
    ],
)  # fmt: skip
def test_figures_are_validated_with_clear_messages(
    reporter, campaign, own, figures, code, date, value, field, message
):
    target = campaign.targets.get(code=code)
    form = ProgressFigureForm(
        {"target": target.pk, "commune": own.pk, "date": date, "value": value}, for_user=reporter
    )

    assert not form.is_valid()
    assert any(message in error for error in form.errors[field]), form.errors


def test_thousands_separators_are_understood(reporter, campaign, own):
    target = campaign.targets.get(code="CT1")
    form = ProgressFigureForm(
        {"target": target.pk, "commune": own.pk, "date": "2025-08-08", "value": "12.345"}, for_user=reporter
    )

    assert form.is_valid(), form.errors
    assert form.cleaned_data["value"] == 12345


def test_the_database_refuses_a_duplicate_too(figures):
    from django.db import IntegrityError, transaction

    mine = figures[0]
    with pytest.raises(IntegrityError), transaction.atomic():
        ProgressFigure.objects.create(target=mine.target, commune=mine.commune, date=mine.date, value=1)


def test_no_personal_data_fields_on_figures():
    names = {field.name for field in ProgressFigure._meta.get_fields()}
    assert names == {"id", "target", "commune", "date", "value", "created_at", "updated_at"}


def test_every_campaign_admin_screen_opens_for_an_administrator(client, campaign, figures, own):
    from .factories import DigitalClassFactory, DigitalTeamFactory

    admin = get_user_model().objects.create_superuser("quantri", "qt@example.com", "mat-khau-dai-123")
    client.force_login(admin)
    digital_class, team = DigitalClassFactory(commune=own), DigitalTeamFactory(commune=own)
    reporter = CommuneReporter.objects.create(user=admin, commune=own)
    for name, obj in [
        ("progressfigure", figures[0]),
        ("digitalclass", digital_class),
        ("digitalteam", team),
        ("commune", own),
        ("communereporter", reporter),
    ]:
        for view in ("index", "add"):
            assert client.get(reverse(f"{name}:{view}")).status_code == 200, (name, view)
        assert client.get(reverse(f"{name}:edit", args=[obj.pk])).status_code == 200, name
    assert client.get(reverse("progressfigure:weekly")).status_code == 200
    assert client.get(reverse("digitalclass:index"), {"needs_confirmation": "true"}).status_code == 200
    menu = client.get(reverse("wagtailadmin_home")).text  # the sidebar is JSON: non-ASCII escaped
    assert "Chiến dịch" in menu or json.dumps("Chiến dịch")[1:-1] in menu
