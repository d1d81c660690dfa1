"""Uploaded files under MEDIA_URL, served only through access checks, in every mode (there is no
static route to the media folder, not even with DEBUG on).

- Images (Wagtail renditions, and originals for staff who may choose images): when every view
  restriction on the image's collection and the collections above it accepts the request,
  Wagtail's own collection privacy, the same that guards documents.
- Documents are served only by Wagtail's /documents/ view (collection restrictions, serve hooks).
- SCORM package files only on the content origin, by the signed, expiring address a player
  issued, re-checked against the learner's access on every file (scorm/views.py).

Anything else under MEDIA_URL is not found. A file is looked up by its exact stored name
before storage is touched, so no address can reach another file.
"""

import mimetypes

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

RENDITIONS = "images/"
ORIGINALS = "original_images/"


def _image(request, name: str):
    Image = get_image_model()
    if name.startswith(RENDITIONS):
        rendition = (
            Image.get_rendition_model()
            .objects.filter(file=name)
            .select_related("image__collection")
            .first()
        )
        return rendition.image if rendition else None
    policy = policy_registry.get_by_type(Image)
    staff = policy.user_has_any_permission(request.user, ["add", "change", "choose"])
    if name.startswith(ORIGINALS) and staff:
        return Image.objects.filter(file=name).select_related("collection").first()
    return None


@require_GET
def media_file(request, path: str):
    """Anyone, for an image whose collection is open to them (most are: course illustrations,
    confidants' photos in the public directory); staff with image permissions for originals."""
    image = _image(request, path)
    if image is None:
        raise Http404
    restrictions = image.collection.get_view_restrictions()
    if not all(restriction.accept_request(request) for restriction in restrictions):
        raise Http404
    try:
        handle = default_storage.open(path, "rb")
    except OSError:
        raise Http404 from None
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600" if restrictions else "public, max-age=86400"
    return response
