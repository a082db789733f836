"""Campaigns: targets through the phases, totals and progress, the public page, charts, open data,
and the editor's checks on phases, targets and adjustments."""

import csv
import datetime
import io
import json
import re
import xml.etree.ElementTree as ElementTree

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from campaigns.charts import progress_chart
from campaigns.models import CampaignPage, ClassIndexPage, CommuneIndexPage, ProgressFigure
from campaigns.progress import TargetProgress
from home.models import HomePage

from .factories import (
    CampaignPageFactory,
    CommuneFactory,
    CommuneIndexPageFactory,
    DigitalClassFactory,
    ProgressFigureFactory,
)

PHASE_1_DAY, PHASE_2_DAY, PHASE_3_DAY = (
    datetime.date(2025, 8, 1),
    datetime.date(2025, 9, 5),
    datetime.date(2025, 10, 3),
)


@pytest.fixture
def campaign(home):
    return CampaignPageFactory(parent=home)


@pytest.fixture
def communes(db):
    return (
        CommuneFactory(code="24100", name="Ea Súp", kind="xa"),
        CommuneFactory(code="24200", name="Buôn Ma Thuột", kind="phuong", is_sample=True),
    )


def target(campaign, code):
    return campaign.targets.get(code=code)


@pytest.fixture
def figures(campaign, communes):
    ea_sup, bmt = communes
    ct1, ct2, ct4, ct5 = (target(campaign, code) for code in ("CT1", "CT2", "CT4", "CT5"))
    for commune, day, value in [
        (ea_sup, PHASE_1_DAY, 300),
        (ea_sup, PHASE_2_DAY, 200),
        (bmt, PHASE_1_DAY, 400),
        (bmt, PHASE_3_DAY, 350),
    ]:
        ProgressFigureFactory(target=ct1, commune=commune, date=day, value=value)
    # CT2 counts the latest report of each commune, not the sum of reports.
    ProgressFigureFactory(target=ct2, commune=ea_sup, date=PHASE_1_DAY, value=30)
    ProgressFigureFactory(target=ct2, commune=ea_sup, date=PHASE_3_DAY, value=45)
    ProgressFigureFactory(target=ct2, commune=bmt, date=PHASE_2_DAY, value=20)
    ProgressFigureFactory(target=ct4, commune=ea_sup, date=PHASE_2_DAY, value=12)
    ProgressFigureFactory(target=ct5, commune=bmt, date=PHASE_2_DAY, value=80)
    return {"CT1": 1250, "CT2": 65, "CT4": 12, "CT5": 80}


# --- Targets through the phases -------------------------------------------------------------


def test_target_values_follow_adjustments_phase_by_phase(campaign):
    plans = {plan.target.code: plan for plan in campaign.target_plans()}

    assert plans["CT1"].values_by_phase() == [(1, 1000), (2, 1500), (3, 1500)]
    assert plans["CT4"].values_by_phase() == [(1, None), (2, 50), (3, 50)]
    assert plans["CT5"].values_by_phase() == [(1, 200), (2, 200), (3, None)]
    assert plans["CT5"].retired_in == 3 and plans["CT5"].last_phase == 2
    assert [(c.phase, c.kind, c.old_value, c.new_value) for c in plans["CT1"].changes] == [
        (2, "dieu-chinh", 1000, 1500)
    ]
    assert [(c.phase, c.kind) for c in plans["CT4"].changes] == [(2, "them-moi")]
    assert campaign.phase_number_on(datetime.date(2025, 1, 1)) == 1
    assert campaign.phase_number_on(PHASE_2_DAY) == 2
    assert campaign.phase_number_on(datetime.date(2026, 1, 1)) == 3


def test_totals_and_progress_against_the_target_in_force(campaign, communes, figures):
    ea_sup, bmt = communes

    late = campaign.progress(today=datetime.date(2025, 10, 20))
    early = campaign.progress(today=datetime.date(2025, 8, 10))

    ct1 = late.by_code("CT1")
    assert ct1.achieved == 1250 and ct1.goal == 1500 and ct1.percent == 83
    assert ct1.by_commune == {ea_sup.pk: 500, bmt.pk: 750}
    # Before the adjustment the same figures are measured against the initial target.
    assert early.by_code("CT1").goal == 1000
    ct2 = late.by_code("CT2")
    assert ct2.by_commune == {ea_sup.pk: 45, bmt.pk: 20} and ct2.achieved == 65 and ct2.percent == 65
    assert [target.target.code for target in late.active] == ["CT1", "CT2", "CT3", "CT4"]
    assert [target.target.code for target in late.retired] == ["CT5"]
    assert late.by_code("CT5").goal == 200 and late.by_code("CT5").achieved == 80
    assert [target.target.code for target in early.later] == ["CT4"]
    assert late.last_report_date == PHASE_3_DAY


def test_series_over_time_are_cumulative_or_latest(campaign, figures):
    progress = campaign.progress(today=datetime.date(2025, 10, 20))

    assert progress.by_code("CT1").series == [(PHASE_1_DAY, 700), (PHASE_2_DAY, 900), (PHASE_3_DAY, 1250)]
    assert progress.by_code("CT2").series == [(PHASE_1_DAY, 30), (PHASE_2_DAY, 50), (PHASE_3_DAY, 65)]


def test_figures_outside_the_phases_of_a_target_are_not_counted(campaign, communes):
    ct4 = target(campaign, "CT4")  # applies from phase 2
    ProgressFigureFactory(target=ct4, commune=communes[0], date=PHASE_1_DAY, value=99)

    assert campaign.progress().by_code("CT4").achieved == 0


def test_confirmed_classes_feed_the_classes_held_target(campaign, communes):
    ea_sup, bmt = communes
    held_at = datetime.datetime(2025, 8, 6, 19, tzinfo=datetime.UTC)
    for commune in (ea_sup, ea_sup, bmt):
        DigitalClassFactory(
            commune=commune,
            starts_at=held_at,
            ends_at=held_at + datetime.timedelta(hours=1),
            status="da-to-chuc",
        )
    DigitalClassFactory(
        commune=bmt, starts_at=held_at, ends_at=held_at + datetime.timedelta(hours=1)
    )  # not confirmed
    outside = datetime.datetime(2025, 12, 1, 19, tzinfo=datetime.UTC)
    DigitalClassFactory(
        commune=bmt, starts_at=outside, ends_at=outside + datetime.timedelta(hours=1), status="da-to-chuc"
    )

    ct3 = campaign.progress().by_code("CT3")

    assert ct3.by_commune == {ea_sup.pk: 2, bmt.pk: 1}
    assert ct3.achieved == 3 and ct3.percent == 30
    assert ct3.series == [(datetime.date(2025, 8, 7), 3)]  # 19:00 UTC is 02:00 the next day in Vietnam


# --- The public page -------------------------------------------------------------------------


def test_campaign_page_shows_targets_progress_and_changes_by_phase(client, campaign, figures):
    CommuneIndexPageFactory(parent=campaign.get_parent())
    html = client.get(campaign.url).text

    for text in (
        "Chiến dịch 100 ngày",
        "Kết quả toàn tỉnh",
        "1.250",  # achieved, Vietnamese grouping
        "1.500",  # the adjusted target
        "(83%)",
        "nâng từ 1.000 lên 1.500 người",
        "Vượt kế hoạch.",
        "thêm mới, chỉ tiêu 50 người",
        "dừng chỉ tiêu",
        "Chỉ tiêu đã dừng",
        "Ea Súp",
        "mẫu",  # the sample commune is marked
    ):
        assert text in html, text
    assert '<progress class="target__bar" max="100" value="83"' in html
    assert "<script" not in html.split('<main id="main"')[1].split("</main>")[0]


def test_commune_table_sorts_and_filters_with_plain_links(client, campaign, communes, figures):
    url = campaign.url

    by_ct1 = client.get(url, {"sap-xep": "-CT1"}).context["table"]
    by_name = client.get(url).context["table"]
    wards = client.get(url, {"loai": "phuong"}).context["table"]
    search = client.get(url, {"q": "ea sup"}).context["table"]  # without accents
    one_target = client.get(url, {"chi-tieu": "CT2", "sap-xep": "CT2"})

    assert [row[0].name for row in by_ct1.rows] == ["Buôn Ma Thuột", "Ea Súp"]
    assert [row[0].name for row in by_name.rows] == ["Buôn Ma Thuột", "Ea Súp"]
    assert [row[0].name for row in wards.rows] == ["Buôn Ma Thuột"]
    assert [row[0].name for row in search.rows] == ["Ea Súp"]
    assert [row[1] for row in one_target.context["table"].rows] == [[20], [45]]
    headers = one_target.context["table"].headers()
    assert [header["aria_sort"] for header in headers] == ["none", "ascending"]
    assert "sap-xep=-CT2" in headers[1]["url"] and "chi-tieu=CT2" in headers[1]["url"]
    assert 'aria-sort="ascending"' in one_target.text
    assert client.get(url, {"sap-xep": "<script>", "loai": "x"}).status_code == 200


def test_charts_are_svg_with_title_description_and_data_table(client, campaign, figures):
    html = client.get(campaign.url).text
    figures_html = re.findall(r'<figure class="chart".*?</figure>', html, flags=re.S)

    assert len(figures_html) == 5  # four active targets and the retired one
    for figure in figures_html:
        svg = re.search(r"<svg.*?</svg>", figure, flags=re.S).group(0)
        root = ElementTree.fromstring(svg)  # well-formed XML, numbers with dots
        title, desc = root.find("title"), root.find("desc")
        assert root.get("role") == "img"
        assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert title.text.startswith("Diễn biến:") and desc.text
        assert ("<table" in figure and "<caption>" in figure) or "Chưa có số liệu nào." in figure
    ct1 = figures_html[0]
    assert "Chỉ tiêu 1.500 người" in ct1 and "đổi từ 1.000 thành 1.500" in ct1
    rows = re.findall(r'<td class="num">([\d.]+)</td><td class="num">([\d.—]+)</td>', ct1)
    assert rows == [("700", "1.000"), ("900", "1.500"), ("1.250", "1.500")]


def test_chart_draws_the_target_as_a_step_per_phase(campaign, figures):
    progress = campaign.progress(today=datetime.date(2025, 10, 20))

    chart = progress_chart(progress.by_code("CT1"), campaign)

    assert len(chart.goals) == 3
    heights = [goal[2] for goal in chart.goals]
    assert heights[0] > heights[1] == heights[2]  # 1 000 then 1 500 (higher = smaller y)
    assert [goal[3] for goal in chart.goals] == ["1.000", "1.500", ""]
    assert chart.line.startswith("M") and len(chart.points) == 3
    assert all(chart.plot_top <= y <= chart.plot_bottom for _x, y in chart.points)


def test_aliases_in_other_languages_show_the_source_figures(client, campaign, figures):
    from wagtail.models import Locale

    locale = Locale.objects.create(language_code="rad")
    alias = campaign.copy_for_translation(locale, copy_parents=True, alias=True)

    assert alias.specific.source_page().pk == campaign.pk
    assert alias.specific.progress().by_code("CT1").achieved == 1250


# --- Open data -------------------------------------------------------------------------------


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def data_url(campaign, dataset, fmt):
    return f"{campaign.url}du-lieu/{dataset}/{fmt}/"


def test_exports_match_the_figures(client, campaign, communes, figures):
    totals = csv_rows(client.get(data_url(campaign, "tong-hop", "csv")))
    per_commune = csv_rows(client.get(data_url(campaign, "theo-xa", "csv")))
    dated = csv_rows(client.get(data_url(campaign, "theo-ngay", "csv")))
    totals_json = client.get(data_url(campaign, "tong-hop", "json")).json()

    assert {
        row["ma_chi_tieu"]: int(row["da_dat"]) for row in totals if row["ma_chi_tieu"] != "CT3"
    } == figures
    assert {row["ma_chi_tieu"]: row["chi_tieu_hien_hanh"] for row in totals}["CT1"] == "1500"
    for code, total in figures.items():
        by_commune = [int(row["da_dat"] or 0) for row in per_commune if row["ma_chi_tieu"] == code]
        assert sum(by_commune) == total, code
    assert len(dated) == ProgressFigure.objects.count()
    assert sum(int(row["so_lieu"]) for row in dated if row["ma_chi_tieu"] == "CT1") == figures["CT1"]
    assert {row["ma_chi_tieu"]: row["da_dat"] for row in totals_json["du_lieu"]}["CT1"] == 1250
    assert totals_json["dien_bien"]["CT1"][-1] == {"ngay": "2025-10-03", "gia_tri": 1250}
    assert "không có thông tin cá nhân" in totals_json["ghi_chu"]
    assert set(per_commune[0]) == {
        "ma_xa", "xa_phuong", "loai", "du_lieu_mau", "ma_chi_tieu", "chi_tieu", "don_vi", "da_dat",
        "so_lan_bao_cao", "ngay_bao_cao_moi_nhat",
    }  # fmt: skip


def test_exports_for_one_commune(client, campaign, communes, figures):
    ea_sup, _bmt = communes

    response = client.get(data_url(campaign, "theo-ngay", "json"), {"xa": ea_sup.code})
    rows = response.json()["du_lieu"]

    assert (
        response["Content-Disposition"] == f'attachment; filename="chien-dich-theo-ngay-{ea_sup.code}.json"'
    )
    assert {row["ma_xa"] for row in rows} == {ea_sup.code}
    assert sum(row["so_lieu"] for row in rows if row["ma_chi_tieu"] == "CT1") == 500
    assert client.get(data_url(campaign, "theo-xa", "csv"), {"xa": "00000"}).status_code == 404
    assert client.get(data_url(campaign, "khac", "csv")).status_code == 404
    assert client.get(data_url(campaign, "tong-hop", "xml")).status_code == 404


# --- The editor: phases, targets and adjustments must fit together ---------------------------


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "mat-khau-dai-123")
    client.force_login(user)
    return client


def edit_form(editor, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(editor.get(url).text, form_id="page-edit-form")
    data["action-publish"] = "action-publish"
    return url, data


def add_row(data, relation, **fields):
    number = int(data[f"{relation}-TOTAL_FORMS"])
    data[f"{relation}-TOTAL_FORMS"] = str(number + 1)
    for name, value in {"ORDER": str(number + 1), "DELETE": "", "id": "", **fields}.items():
        data[f"{relation}-{number}-{name}"] = str(value)


def row_of(data, relation, field, value):
    return next(
        key.split("-")[1]
        for key, item in data.items()
        if key.endswith(f"-{field}") and key.startswith(relation) and item == value
    )


def test_editor_adjusts_a_target_and_the_history_keeps_both_values(editor, campaign):
    campaign.save_revision().publish()
    url, data = edit_form(editor, campaign)
    add_row(
        data,
        "target_adjustments",
        phase=3,
        target_code="CT2",
        kind="dieu-chinh",
        new_value=120,
        reason="Rà soát.",
    )
    revisions_before = campaign.revisions.count()

    response = editor.post(url, data)

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    campaign.refresh_from_db()
    assert [plan.value_in(3) for plan in campaign.target_plans() if plan.target.code == "CT2"] == [120]
    assert campaign.revisions.count() == revisions_before + 1
    previous = campaign.revisions.order_by("-created_at", "-id")[1].as_object()
    assert "CT2" not in [adjustment.target_code for adjustment in previous.target_adjustments.all()]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"relation": "target_adjustments", "phase": 2, "target_code": "CT9", "kind": "dieu-chinh", "new_value": 5}, "Không có chỉ tiêu mã “CT9”"),
        ({"relation": "target_adjustments", "phase": 2, "target_code": "CT2", "kind": "dieu-chinh", "new_value": ""}, "Nhập giá trị mới của chỉ tiêu."),
        ({"relation": "target_adjustments", "phase": 2, "target_code": "CT1", "kind": "dieu-chinh", "new_value": 9}, "đã có một điều chỉnh ở giai đoạn 2"),
        ({"relation": "target_adjustments", "phase": 2, "target_code": "CT4", "kind": "dung", "new_value": ""}, "điều chỉnh phải từ giai đoạn 3 trở đi"),
        ({"relation": "target_adjustments", "phase": 4, "target_code": "CT2", "kind": "dung", "new_value": ""}, "Chiến dịch chỉ có 3 giai đoạn."),
        ({"relation": "targets", "code": "CT1", "name": "Trùng", "short_name": "Trùng", "unit": "người", "initial_value": 5, "introduced_in_phase": 1, "how_measured": "x", "source": "bao-cao", "aggregation": "cong-don"}, "Mã chỉ tiêu CT1 bị trùng"),
        ({"relation": "phases", "name": "Ngoài", "start_date": "2025-11-01", "end_date": "2025-11-30", "review_note": ""}, "Giai đoạn phải nằm trong thời gian chiến dịch (15/07/2025 – 25/10/2025)."),
    ],
)  # fmt: skip
def test_editor_gets_a_clear_message_when_the_plan_does_not_fit(editor, campaign, change, message):
    url, data = edit_form(editor, campaign)
    change = dict(change)
    add_row(data, change.pop("relation"), **change)

    response = editor.post(url, data)

    assert response.status_code == 200
    assert message in response.text
    assert not campaign.target_adjustments.filter(target_code="CT9").exists()


def test_a_target_with_figures_cannot_be_deleted_only_retired(editor, campaign, communes):
    ProgressFigureFactory(target=target(campaign, "CT2"), commune=communes[0], date=PHASE_1_DAY)
    url, data = edit_form(editor, campaign)
    data[f"targets-{row_of(data, 'targets', 'code', 'CT2')}-DELETE"] = "1"

    response = editor.post(url, data)

    assert response.status_code == 200
    assert "Chỉ tiêu CT2 đã có 1 số liệu báo cáo nên không xóa được" in response.text
    assert campaign.targets.filter(code="CT2").exists()


def test_a_campaign_with_figures_cannot_be_deleted(editor, campaign, communes):
    ProgressFigureFactory(target=target(campaign, "CT1"), commune=communes[0], date=PHASE_1_DAY)

    response = editor.post(reverse("wagtailadmin_pages:delete", args=[campaign.pk]))

    assert response.status_code == 302 and Page.objects.filter(pk=campaign.pk).exists()


def test_campaign_pages_live_under_the_home_page_only(home):
    for model in (CampaignPage, ClassIndexPage, CommuneIndexPage):
        assert model.can_create_at(home), model
        assert not model.can_create_at(Page.get_first_root_node())
        assert model.allowed_subpage_models() == []
    assert {CampaignPage, ClassIndexPage, CommuneIndexPage} <= set(HomePage.allowed_subpage_models())


def test_campaign_pages_open_in_the_editor(editor, campaign, home):
    for page in (campaign, CommuneIndexPageFactory(parent=home)):
        assert editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_state_labels_cover_every_target_state():
    from campaigns.exports import STATE_LABELS

    assert set(STATE_LABELS) == {TargetProgress.ACTIVE, TargetProgress.RETIRED, TargetProgress.LATER}


def test_json_export_is_valid_utf8_json(client, campaign, figures):
    body = client.get(data_url(campaign, "theo-xa", "json")).content.decode("utf-8")
    assert "Ea Súp" in body  # not \\u-escaped
    assert json.loads(body)["bo_du_lieu"] == "theo-xa"


def test_the_campaign_page_needs_a_bounded_number_of_queries(
    client, campaign, figures, django_assert_max_num_queries
):
    client.get(campaign.url)  # warm caches (site root, locales)
    with django_assert_max_num_queries(45):
        assert client.get(campaign.url, {"sap-xep": "-CT1"}).status_code == 200
