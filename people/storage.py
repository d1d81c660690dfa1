"""Media on an S3-compatible bucket, private: objects carry no public ACL, and a file's address
is the site's own MEDIA_URL, so every read goes through the app's access checks (people/media.py
for images, Wagtail's /documents/ view, the SCORM content origin). The bucket's own URLs, signed
or not, are never handed out."""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    default_acl = None  # the bucket's (private) default; no public-read objects
    file_overwrite = False  # two uploads with the same name never replace each other
    querystring_auth = True

    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name).lstrip("/"))
