from django.db import migrations, models
from django.db.models import OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce, Length


def stored_so_far(apps, schema_editor):
    """Attempts made before the quota count what their commits already hold (characters: as
    close to bytes as the databases measure alike)."""
    attempt_model = apps.get_model("scorm", "ScormAttempt")
    commit_model = apps.get_model("scorm", "ScormCommit")
    held = (
        commit_model.objects.filter(attempt=OuterRef("pk"))
        .values("attempt")
        .annotate(total=Sum(Length("raw")))
        .values("total")
    )
    attempt_model.objects.update(stored_bytes=Coalesce(Subquery(held), 0))


class Migration(migrations.Migration):
    dependencies = [
        ("scorm", "0002_role_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name="scormattempt",
            name="stored_bytes",
            field=models.PositiveBigIntegerField(default=0, verbose_name="stored (bytes)"),
        ),
        migrations.RunPython(stored_so_far, migrations.RunPython.noop),
    ]
