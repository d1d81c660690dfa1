"""A Trainer's hostile SCORM package, played in Chromium by a learner and by a superuser who is
also a confidant with an unlocked inbox. Its script tries to read and change the site: the
account's e-mail page, Wagtail's user editor, the confidant inbox and the commit endpoint, the
cookies, the player page around it and the top window. It writes what it got into its own page,
where the test reads it. It must get nothing and change nothing: the package runs on the content
origin (no cookie of the site, no same-origin access), in a sandboxed frame."""

import io
import json
import zipfile

import pytest
from allauth.account.models import EmailAddress
from browser_ui import screenshot, sign_in, url
from playwright.sync_api import expect

from confidants.demo import DEMO_PASSPHRASE
from confidants.models import CaseNote, ConfidantProfile
from confidants.services import Intake, intake_submit
from courses.models import CoursePage
from people.models import User
from scorm.imports import lesson_for_package, package_import
from scorm.models import ScormCommit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LEARNER = "medewerker@demo.example"
CONFIDANT = "vertrouwenspersoon@demo.example"

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="hostile" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Quiz</title>
    <item identifier="i1" identifierref="r1"><title>Quiz</title></item>
  </organization></organizations>
  <resources><resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="index.html">
    <file href="index.html"/></resource></resources>
</manifest>"""

# Each probe resolves to what the script got; an exception counts as "blocked: <name>".
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Quiz</title></head><body>
<pre id="loot">running</pre>
<script>
var SITE = __SITE__, TARGETS = __TARGETS__, loot = {};
function show() { document.getElementById("loot").textContent = JSON.stringify(loot); }
async function probe(name, fn) {
  try { loot[name] = String(await fn()); } catch (e) { loot[name] = "blocked: " + e.name; }
}
(async function () {
  var api = window.parent.API;
  api.LMSInitialize("");
  await probe("cookie", function () { return "cookie=" + document.cookie; });
  await probe("player page", function () { return window.parent.parent.document.body.innerText; });
  await probe("top address", function () { return window.top.location.href; });
  await probe("local storage of the site", function () { return window.top.localStorage.length; });
  for (var name in TARGETS) {
    var target = TARGETS[name];
    await probe("read " + name, async function () {
      var r = await fetch(SITE + target.path, {credentials: "include"});
      return "read " + r.status + " " + (await r.text()).slice(0, 200);
    });
    await probe("post " + name, async function () {
      var r = await fetch(SITE + target.path, {method: "POST", credentials: "include",
        mode: "no-cors", body: new URLSearchParams(target.form)});
      return "sent, answer " + r.type + " " + r.status;
    });
  }
  await probe("form to the top window", function () {
    var form = document.createElement("form");
    form.method = "post"; form.target = "_top"; form.action = SITE + TARGETS.email.path;
    var field = document.createElement("input");
    field.name = "email"; field.value = "attacker@evil.example";
    form.appendChild(field); document.body.appendChild(form); form.submit();
    return "submitted";
  });
  await probe("popup", function () { return window.open(SITE + "/") ? "opened" : "no window"; });
  await probe("navigate the top window", function () {
    window.top.location = SITE + "/nl/?taken-over"; return "navigated";
  });
  api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  api.LMSCommit("");
  loot.done = "yes";
  show();
})();
</script></body></html>"""


def hostile_lesson(site: str, victim: User, case=None):
    case_path = url("confidants:case", case_id=case.pk) if case else url("confidants:inbox")
    targets = {
        "email": {
            "path": url("account_email"),
            "form": {"email": "attacker@evil.example", "action_add": ""},
        },
        "user editor": {
            "path": f"/admin/users/{victim.pk}/",
            "form": {"email": victim.email, "is_superuser": "on", "is_active": "on"},
        },
        "inbox": {"path": url("confidants:inbox"), "form": {"x": "y"}},
        "case": {"path": case_path, "form": {"note": "pwned"}},
        "case note": {"path": case_path + "note/", "form": {"note": "pwned"}},
        "commit": {"path": "/nl/scorm/attempts/1/commit/", "form": {"cmi": "{}"}},
    }
    page = PAGE.replace("__SITE__", json.dumps(site)).replace("__TARGETS__", json.dumps(targets))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("imsmanifest.xml", MANIFEST)
        archive.writestr("index.html", page)
    buffer.seek(0)
    course = CoursePage.objects.get(slug="respectvol-omgaan", locale__language_code="nl")
    package = package_import(fileobj=buffer, course=course)
    return lesson_for_package(course=course, package=package, title="Quiz")


def play(page, base: str, lesson) -> dict:
    page.goto(base + lesson.url)
    page.get_by_role("link", name="Module openen").first.click()
    loot = page.frame_locator("#scorm-frame").frame_locator("#package").locator("#loot")
    expect(loot).to_contain_text('"done":"yes"', timeout=20_000)
    assert page.url.startswith(base + lesson.url.rstrip("/")) or "/scorm/" in page.url
    assert "taken-over" not in page.url
    return json.loads(loot.inner_text())


def assert_got_nothing(loot: dict) -> None:
    assert loot["cookie"] == "cookie=", loot["cookie"]
    for probe in ("player page", "top address", "local storage of the site"):
        assert loot[probe].startswith("blocked: SecurityError"), (probe, loot[probe])
    for name in ("email", "user editor", "inbox", "case", "case note", "commit"):
        assert loot[f"read {name}"] == "blocked: TypeError", (name, loot[f"read {name}"])
        # A blind POST may leave the browser, but carries no cookie and no CSRF token.
        assert loot[f"post {name}"].startswith(("sent, answer opaque 0", "blocked")), loot
    assert loot["popup"] == "no window"


def test_a_hostile_package_gets_nothing_from_a_learner(page, live_demo):
    learner = User.objects.get(email=LEARNER)
    addresses = set(EmailAddress.objects.values_list("email", "verified", "primary"))
    lesson = hostile_lesson(live_demo, learner)
    sign_in(page, live_demo, LEARNER)
    loot = play(page, live_demo, lesson)
    screenshot(page, "security-hostile-package-learner")
    assert_got_nothing(loot)
    learner.refresh_from_db()
    assert learner.email == LEARNER
    assert set(EmailAddress.objects.values_list("email", "verified", "primary")) == addresses
    assert not EmailAddress.objects.filter(email="attacker@evil.example").exists()


def test_a_hostile_package_gets_nothing_from_a_superuser_with_an_unlocked_inbox(
    page, live_demo, totp_enrol
):
    confidant = User.objects.get(email=CONFIDANT)
    User.objects.filter(pk=confidant.pk).update(is_superuser=True, is_staff=True)
    secret = totp_enrol(confidant)
    victim = User.objects.get(email=LEARNER)
    superusers = set(User.objects.filter(is_superuser=True).values_list("pk", flat=True))
    case, _code = intake_submit(
        intake=Intake(
            confidant=ConfidantProfile.objects.get(user=confidant),
            channel="thread",
            topic="bullying",
            language="nl",
            message="Mijn leidinggevende maakt steeds opmerkingen over mijn uiterlijk.",
        )
    )
    notes = CaseNote.objects.count()
    lesson = hostile_lesson(live_demo, victim, case)

    sign_in(page, live_demo, CONFIDANT, totp_secret=secret)
    page.goto(live_demo + url("confidants:unlock"))
    page.fill('input[name="passphrase"]', DEMO_PASSPHRASE)
    page.locator("main form.stack-form button[type='submit']").click()
    expect(page).to_have_url(live_demo + url("confidants:inbox"))

    loot = play(page, live_demo, lesson)
    screenshot(page, "security-hostile-package-superuser")
    assert_got_nothing(loot)
    assert set(User.objects.filter(is_superuser=True).values_list("pk", flat=True)) == superusers
    victim.refresh_from_db()
    assert not victim.is_superuser and victim.email == LEARNER
    assert CaseNote.objects.count() == notes
    assert "uiterlijk" not in json.dumps(loot)
    assert not any("uiterlijk" in (c.raw or "") for c in ScormCommit.objects.all())
