"""Certificate PDFs, rendered by xhtml2pdf in the learner's language with an embedded
Unicode font (Vietnamese and Dutch diacritics survive) and a QR code to the public check."""

import base64
import io
from pathlib import Path

import font_source_sans_pro
import qrcode
import qrcode.image.pil
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

from people.l10n import date_format

from .models import CompletionRecord

FONT_DIR = Path(font_source_sans_pro.font_directory)


class CertificateError(RuntimeError):
    pass


def verification_url(record: CompletionRecord) -> str:
    """Without a language prefix: the page opens in the language of whoever scans it."""
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/verify/{record.verification_code}/"


def qr_data_uri(text: str) -> str:
    """A PNG QR code. A fixed mask pattern (any of the eight is valid) skips the search for the
    best one, which took two thirds of the time."""
    code = qrcode.QRCode(box_size=8, border=2, mask_pattern=0)
    code.add_data(text)
    code.make(fit=True)
    image = code.make_image(image_factory=qrcode.image.pil.PilImage)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def certificate_html(record: CompletionRecord) -> str:
    language = record.language
    with translation.override(language):
        url = verification_url(record)
        return render_to_string(
            "courses/certificate.html",
            {
                "record": record,
                "completed": date_format(record.completed_at, language=language),
                "valid_until": date_format(record.valid_until, language=language)
                if record.valid_until
                else "",
                "verify_url": url,
                "qr": qr_data_uri(url),
                "font_regular": FONT_DIR / "SourceSansPro-Regular.ttf",
                "font_bold": FONT_DIR / "SourceSansPro-Bold.ttf",
                "language": language,
            },
        )


def html_to_pdf(html: str) -> bytes:
    """Render with local reads confined to the font folder and no network at all."""
    policy = ResourceAccessPolicy.server(FONT_DIR, allow_remote=False)
    output = io.BytesIO()
    result = pisa.CreatePDF(html, dest=output, encoding="utf-8", resource_policy=policy)
    if result.err:
        raise CertificateError(f"PDF rendering failed with {result.err} error(s)")
    return output.getvalue()


def certificate_pdf(record: CompletionRecord) -> bytes:
    return html_to_pdf(certificate_html(record))
