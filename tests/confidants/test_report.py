"""Annual report suppression: the board sees counts, never a number small enough to point to a
person, and nothing but CaseCounter rows is read."""

import io
import random
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from confidants.models import CaseCounter
from confidants.reports import annual_report
from confidants.statistics import counter_add
from people.factories import UserFactory
from people.roles import ADMINISTRATOR, COMPLIANCE_OFFICER, CONFIDANT, EMPLOYEE, TRAINER

pytestmark = pytest.mark.django_db

YEAR = 2024


@pytest.fixture(autouse=True)
def _no_statistics(db):
    CaseCounter.objects.all().delete()


def add(n, *, year=YEAR, month=3, topic="bullying", channel="email", kind="internal"):
    for _ in range(n):
        counter_add(year=year, month=month, topic=topic, channel=channel, confidant_kind=kind)


def cells(report, key) -> dict[str, str]:
    breakdown = next(b for b in report.breakdowns if b.key == key)
    return {cell.label: cell.text for cell in breakdown.cells}


def pdf_text(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_counts_of_1_to_4_show_as_under_5_zero_as_0_and_5_or_more_exactly():
    add(7, topic="bullying")
    add(3, topic="sexual-harassment")
    add(1, topic="aggression")
    report = annual_report(year=YEAR)
    with translation.override("en"):
        topics = cells(annual_report(year=YEAR), "topic")
    assert report.total == "11"
    assert topics["Bullying"] == "7"
    assert topics["Sexual harassment"] == "<5"
    assert topics["Aggression or violence"] == "<5"
    assert topics["Discrimination"] == "0"
    assert topics["Not stated"] == "0"


def test_a_lone_small_cell_cannot_be_worked_out_from_the_total():
    add(12, topic="bullying", channel="email")
    add(6, topic="discrimination", channel="email")
    add(2, topic="sexual-harassment", channel="meeting")
    with translation.override("en"):
        report = annual_report(year=YEAR)
    topics = cells(report, "topic")
    assert report.total == "20"
    assert topics["Sexual harassment"] == "<5"
    assert topics["Discrimination"] == "x"  # the smallest other non-zero cell is hidden too
    assert topics["Bullying"] == "12"
    channels = cells(report, "channel")
    assert channels["Meet in person"] == "<5" and channels["E-mail me"] == "x"
    shown = sum(int(text) for text in topics.values() if text.isdigit())
    assert 20 - shown == 8  # all a reader learns: the two hidden cells add up to 8


def test_no_breakdown_ever_has_exactly_one_hidden_cell():
    rng = random.Random(2024)
    for _ in range(25):
        CaseCounter.objects.all().delete()
        for _ in range(rng.randint(1, 30)):
            add(
                rng.choice([1, 1, 2, 6]),
                month=rng.randint(1, 12),
                topic=rng.choice(["bullying", "", "other", "integrity"]),
                channel=rng.choice(["email", "thread", "call-back"]),
                kind=rng.choice(["internal", "external", "any"]),
            )
        report = annual_report(year=YEAR)
        for breakdown in report.breakdowns:
            hidden = [cell for cell in breakdown.cells if cell.suppressed]
            assert len(hidden) != 1 or report.total_suppressed, breakdown
            assert all(cell.bar is None and not cell.text.isdigit() for cell in hidden)
            assert all(0 <= cell.bar <= 100 for cell in breakdown.cells if not cell.suppressed)


def test_a_year_total_under_5_is_suppressed_with_every_cell():
    add(3, month=5, kind="external")
    report = annual_report(year=YEAR)
    assert report.total == "<5" and report.total_suppressed
    for breakdown in report.breakdowns:
        assert {cell.text for cell in breakdown.cells} <= {"0", "<5"}


def test_every_choice_is_listed_with_months_in_the_reader_language():
    add(5, month=3, topic="", kind="any")
    with translation.override("en"):
        report = annual_report(year=YEAR)
    assert cells(report, "topic")["Not stated"] == "5"
    assert len(cells(report, "topic")) == 8 and len(cells(report, "channel")) == 4
    assert cells(report, "confidant_kind") == {
        "Internal confidant": "0",
        "External confidant": "0",
        "Any confidant": "5",
    }
    assert list(cells(report, "month"))[2] == "March"
    with translation.override("vi"):
        assert cells(annual_report(year=YEAR), "month")["Tháng 3"] == "5"


def test_report_lists_the_years_with_data():
    add(5, year=2023)
    add(1, year=2025)
    assert annual_report(year=2030).years == [2025, 2023]
    assert not annual_report(year=2030).has_data


def test_report_reads_only_case_counters_in_two_queries(django_assert_max_num_queries):
    add(5)
    with CaptureQueriesContext(connection) as few:
        annual_report(year=YEAR)
    for month in range(1, 13):
        add(6, month=month, topic="other", channel="thread", kind="external")
    with django_assert_max_num_queries(2), CaptureQueriesContext(connection) as many:
        annual_report(year=YEAR)
    assert len(few) == len(many)
    for query in many.captured_queries:
        tables = set(re.findall(r'(?:from|join) "?(\w+)"?', query["sql"], flags=re.IGNORECASE))
        assert tables == {"confidants_casecounter"}, query["sql"]


def test_contact_request_is_counted_without_its_contents(signed_in, lotte, case_for):
    case_for(
        lotte,
        channel="email",
        message="Mijn leidinggevende Henk",
        name="Sanne Bakker",
        email="sanne@demo.example",
    )
    year = timezone.localdate().year
    client = signed_in(lotte.user)
    html = client.get(reverse("confidants:report"), {"year": year}).content.decode()
    text = pdf_text(client.get(reverse("confidants:report_pdf"), {"year": year}))
    for page in (html, text):
        assert "&lt;5" in page or "<5" in page
        for secret in ("Henk", "Sanne", "sanne@demo.example"):
            assert secret not in page


def test_page_for_a_confidant_with_charts_and_tables(signed_in, lotte):
    add(9, topic="integrity", month=11)
    add(2, topic="other", month=10)
    add(1, topic="aggression", month=9)
    response = signed_in(lotte.user).get(reverse("confidants:report"), {"year": YEAR})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 4 and "aria-label=" in html
    assert html.count("<table") == 4 and "<caption>" in html
    assert "november" in html and ">9<" in html and "&lt;5" in html
    assert 'style="' not in html  # the CSP forbids inline styles
    assert f"?year={YEAR}" in html and 'value="2024" selected' in html


def test_invalid_year_falls_back_to_the_current_year_with_a_message(signed_in, lotte):
    client = signed_in(lotte.user)
    current = timezone.localdate().year
    for value in ("abc", "1850", "99999", str(current + 1)):
        response = client.get(reverse("confidants:report"), {"year": value})
        assert response.status_code == 200
        assert response.context["report"].year == current
        assert 'role="alert"' in response.content.decode()
    response = client.get(reverse("confidants:report"))
    assert response.context["report"].year == current and not response.context["year_error"]


@pytest.mark.parametrize("role", [EMPLOYEE, TRAINER, COMPLIANCE_OFFICER, ADMINISTRATOR, CONFIDANT])
def test_only_confidants_with_a_profile_see_the_report(signed_in, role):
    client = signed_in(UserFactory(role=role))  # a Confidants member without a profile too
    assert client.get(reverse("confidants:report")).status_code == 403
    assert client.get(reverse("confidants:report_pdf")).status_code == 403


def test_superuser_outside_the_confidants_group_gets_403(signed_in, superuser):
    client = signed_in(superuser)
    assert client.get(reverse("confidants:report")).status_code == 403
    assert client.get(reverse("confidants:report_pdf")).status_code == 403


def test_anonymous_visitor_is_sent_to_sign_in(client):
    assert "/accounts/login/" in client.get(reverse("confidants:report"))["Location"]


def test_pdf_in_dutch(signed_in, lotte):
    add(1234, month=3, topic="bullying")
    add(2, month=4, topic="other")
    add(3, month=5, topic="integrity")
    response = signed_in(lotte.user).get(reverse("confidants:report_pdf"), {"year": YEAR})
    assert response["Content-Disposition"] == f'attachment; filename="confidant-report-{YEAR}.pdf"'
    text = pdf_text(response)
    assert "maart" in text and "april" in text
    assert "1.239" in text and "1.234" in text and "<5" in text  # Dutch digit grouping


def test_pdf_in_vietnamese_keeps_its_diacritics(signed_in, thanh):
    add(1234, month=3, topic="bullying")
    client = signed_in(thanh.user)
    with translation.override("vi"):
        url = reverse("confidants:report_pdf")
    assert url.startswith("/vi/")
    text = pdf_text(client.get(url, {"year": YEAR}))
    assert "Tháng 3" in text and "Tháng 12" in text
    assert "1.234" in text  # Vietnamese groups digits with a dot too
    assert "Thanh" not in text


def test_page_renders_in_a_constant_number_of_queries(signed_in, lotte):
    client = signed_in(lotte.user)
    url = reverse("confidants:report")
    add(5)
    client.get(url)  # the first request also saves the new session
    with CaptureQueriesContext(connection) as few:
        client.get(url, {"year": YEAR})
    for month in range(1, 13):
        add(7, year=YEAR - 1 - month % 3, month=month, topic="integrity", kind="any")
        add(3, month=month, channel="thread")
    with CaptureQueriesContext(connection) as many:
        client.get(url, {"year": YEAR})
    assert len(few) == len(many)
