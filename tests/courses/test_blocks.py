import uuid

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail_factories import ImageFactory

from courses.blocks import KnowledgeCheckBlock, VideoBlock
from courses.factories import course_build
from courses.models import LessonPage

pytestmark = pytest.mark.django_db


def document(name: str, content: bytes = b"WEBVTT\n") -> Document:
    doc = Document(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def block(kind: str, value) -> dict:
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def test_every_block_renders_accessibly(client, employee):
    image = ImageFactory()
    captions, video, policy = (
        document("captions.vtt"),
        document("intro.mp4"),
        document("policy.pdf"),
    )
    body = [
        block("heading", {"text": "Section title", "level": "h2"}),
        block("paragraph", "<p>Some text</p>"),
        block("image", {"image": image.pk, "alt_text": "Two colleagues talking", "caption": "Cap"}),
        block(
            "video",
            {"file": video.pk, "embed": None, "captions": captions.pk, "transcript": "<p>Said</p>"},
        ),
        block("callout", {"kind": "warning", "text": "<p>Careful</p>"}),
        block("quote", {"quote": "Words matter", "attribution": "A colleague"}),
        block("policy_document", {"document": policy.pk, "description": "Code of conduct"}),
        block("confidant", {"text": "We are here"}),
        block("scenario", {"scenario": "minimal", "required": False}),
    ]
    course = course_build(lessons=[body])
    lesson = LessonPage.objects.child_of(course).get()
    client.force_login(employee)
    html = client.get(lesson.url).content.decode()
    assert "<h2>Section title</h2>" in html
    assert 'alt="Two colleagues talking"' in html
    assert '<track kind="captions"' in html and "captions" in html
    assert "<summary>" in html and "Said" in html  # transcript
    assert "callout-warning" in html and "Careful" in html
    assert "<blockquote>" in html and "A colleague" in html
    assert "policy.pdf" in html and "Code of conduct" in html
    assert "We are here" in html and 'class="button" href="/nl/' in html
    assert "scenario-block" in html


def test_video_needs_exactly_one_source_and_webvtt_captions():
    video_block = VideoBlock()
    vtt, txt, mp4 = document("c.vtt"), document("c.txt"), document("v.mp4")
    base = {"transcript": "<p>t</p>", "embed": None}
    with pytest.raises(StructBlockValidationError):
        video_block.clean(video_block.to_python({**base, "file": None, "captions": vtt.pk}))
    with pytest.raises(StructBlockValidationError):
        video_block.clean(video_block.to_python({**base, "file": mp4.pk, "captions": txt.pk}))
    assert video_block.clean(video_block.to_python({**base, "file": mp4.pk, "captions": vtt.pk}))


@pytest.mark.parametrize(
    ("multiple", "flags", "valid"),
    [
        (False, [True, False], True),
        (False, [True, True], False),
        (False, [False, False], False),
        (True, [True, True], True),
    ],
)
def test_knowledge_check_needs_a_sensible_answer_key(multiple, flags, valid):
    check = KnowledgeCheckBlock()
    value = check.to_python(
        {
            "question": "Q?",
            "multiple": multiple,
            "options": [
                {"label": f"A{i}", "correct": f, "feedback": ""} for i, f in enumerate(flags)
            ],
        }
    )
    if valid:
        check.clean(value)
    else:
        with pytest.raises(StructBlockValidationError):
            check.clean(value)
