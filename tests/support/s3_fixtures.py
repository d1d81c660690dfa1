"""A real S3 API server for the tests that store media on a bucket (a pytest plugin:
tests/conftest.py): moto's standalone server on a free port of 127.0.0.1, started once per
session when a test asks for it and stopped at the end; each test gets a fresh private bucket
and the settings production uses with MEDIA_STORAGE=s3."""

import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

SERVER = Path(sys.executable).with_name("moto_server")
START_SECONDS = 30
CREDENTIALS = {"aws_access_key_id": "test-key", "aws_secret_access_key": "test-secret"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 (our own virtualenv's moto_server)
        [str(SERVER), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + START_SECONDS
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("moto_server did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def s3_bucket(s3_endpoint):
    """A boto3 client and a new, empty, private bucket on the server."""
    import boto3

    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="eu-west-1", **CREDENTIALS)
    name = f"media-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    return client, name


@pytest.fixture
def s3_media(settings, s3_endpoint, s3_bucket):
    """The default storage is the bucket, configured as config/settings/base.py does for
    MEDIA_STORAGE=s3. Returns (boto3 client, bucket name)."""
    client, name = s3_bucket
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "people.storage.PrivateS3Storage",
            "OPTIONS": {
                "bucket_name": name,
                "endpoint_url": s3_endpoint,
                "access_key": CREDENTIALS["aws_access_key_id"],
                "secret_key": CREDENTIALS["aws_secret_access_key"],
                "region_name": "eu-west-1",
            },
        },
    }
    return client, name  # Django's setting_changed receiver rebuilds default_storage
