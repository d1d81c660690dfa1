"""Work of the people app that runs in a django-tasks worker, enqueued with `.enqueue()`; the
TASKS backend decides whether it runs now or in a worker."""

from django_tasks import task

from .notices import email_change_notices_send


@task()
def email_change_notices_task(notices: list[dict]) -> int:
    """The notices to old addresses after an HR import changed them (services.employees_import);
    returns the number sent."""
    return email_change_notices_send(notices=notices)
