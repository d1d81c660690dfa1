"""Completion hash version 2: the learner, the outcome source and the position are hashed.
Existing records keep version 1 (their hashes stay valid); they get their position in the chain
and the learner's account id, which verification compares with the record's user."""

from django.db import migrations, models


def fill(apps, schema_editor):
    CompletionRecord = apps.get_model("courses", "CompletionRecord")
    CompletionChainHead = apps.get_model("courses", "CompletionChainHead")
    batch, position = [], 0
    for record in CompletionRecord.objects.order_by("pk").only("pk", "user_id").iterator():
        position += 1
        record.position, record.learner_id = position, record.user_id
        batch.append(record)
        if len(batch) >= 2000:
            CompletionRecord.objects.bulk_update(batch, ["position", "learner_id"])
            batch = []
    CompletionRecord.objects.bulk_update(batch, ["position", "learner_id"])
    CompletionChainHead.objects.update(position=position)


class Migration(migrations.Migration):
    dependencies = [("courses", "0006_attempt_last_event")]

    operations = [
        migrations.AddField(
            model_name="completionrecord",
            name="hash_version",
            field=models.PositiveSmallIntegerField(default=1, verbose_name="hash version"),
        ),
        migrations.AlterField(
            model_name="completionrecord",
            name="hash_version",
            field=models.PositiveSmallIntegerField(default=2, verbose_name="hash version"),
        ),
        migrations.AddField(
            model_name="completionrecord",
            name="learner_id",
            field=models.PositiveIntegerField(null=True, verbose_name="learner's account id"),
        ),
        migrations.AddField(
            model_name="completionrecord",
            name="outcome_source",
            field=models.CharField(
                choices=[
                    ("platform", "Decided by the platform"),
                    ("package", "Reported by a SCORM package"),
                ],
                default="platform",
                help_text="Whether a pass reported by a SCORM package in the browser counted.",
                max_length=10,
                verbose_name="outcome source",
            ),
        ),
        migrations.AddField(
            model_name="completionrecord",
            name="position",
            field=models.PositiveIntegerField(
                null=True, unique=True, verbose_name="position in the chain"
            ),
        ),
        migrations.AddField(
            model_name="completionchainhead",
            name="position",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
