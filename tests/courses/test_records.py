import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from pypdf import PdfReader

from courses.certificates import certificate_pdf
from courses.factories import course_build, course_complete, paragraph
from courses.models import CompletionRecord
from people.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(employee):
    course = course_build(lessons=[[paragraph("a")]], validity_months=24)
    other = UserFactory(first_name="Chứng", last_name="Nguyễn")
    return [
        course_complete(user=employee, course=course),
        course_complete(user=other, course=course),
    ]


def test_records_cannot_be_changed_or_deleted_through_the_orm(records):
    record = records[0]
    record.score = 1
    with pytest.raises(PermissionError):
        record.save()
    with pytest.raises(PermissionError):
        record.delete()
    with pytest.raises(PermissionError):
        CompletionRecord.objects.filter(pk=record.pk).update(score=1)
    with pytest.raises(PermissionError):
        CompletionRecord.objects.all().delete()


def test_chain_is_reported_intact(records, capsys):
    call_command("verify_completion_chain")
    assert "2 completion record(s), chain intact" in capsys.readouterr().out


def test_a_row_edited_with_raw_sql_is_reported(records):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE courses_completionrecord SET score = 55 WHERE id = %s", [records[0].pk]
        )
    with pytest.raises(CommandError, match="1 problem"):
        call_command("verify_completion_chain")


def test_a_row_deleted_with_raw_sql_is_reported(records, capsys):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM courses_completionrecord WHERE id = %s", [records[0].pk])
    with pytest.raises(CommandError):
        call_command("verify_completion_chain")
    assert f"record {records[1].pk}: does not follow" in capsys.readouterr().err


def test_records_survive_the_course_page_and_the_user(records, employee):
    course = records[0].course_page
    employee.is_active = False
    employee.save()
    course.delete()
    employee.delete()
    record = CompletionRecord.objects.get(pk=records[0].pk)
    assert record.user is None and record.course_page is None
    assert record.user_email == employee.email
    assert record.course_title == "Course"
    call_command("verify_completion_chain")


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("vi", ["Chứng nhận", "Chứng Nguyễn"]),
        ("nl", ["Certificaat", "Chứng Nguyễn"]),
        ("en", ["Certificate", "Chứng Nguyễn"]),
    ],
)
def test_certificate_pdf_text_survives_in_every_language(records, language, phrases):
    record = records[1]
    record.language = language
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(certificate_pdf(record))).pages
    )
    for phrase in phrases:
        assert phrase in text
    assert record.verification_code in text
    assert "■" not in text


def test_certificate_carries_a_qr_code_to_the_public_check(records):
    from courses.certificates import certificate_html, verification_url

    html = certificate_html(records[0])
    assert 'src="data:image/png;base64,' in html
    assert verification_url(records[0]).endswith(f"/verify/{records[0].verification_code}/")
