"""gunicorn's access log without the confidant pages (config/gunicorn.conf.py).

Each access line passes the filter that keeps the confidant pages out of every Django log
(confidants/log_filter.py, named by its dotted path as in settings.LOGGING): a request there
leaves no line at all, so neither its address nor its time reaches a log. The access format
(gunicorn.conf.py) holds the path without its query string for every page.
"""

from django.utils.module_loading import import_string
from gunicorn import glogging

CONFIDANT_FILTER = "confidants.log_filter.DropConfidantRequests"


class ConfidentialAccessLogger(glogging.Logger):
    def setup(self, cfg):
        super().setup(cfg)
        # On the logger itself, so it holds for every handler: a file, stdout or syslog.
        for existing in list(self.access_log.filters):
            self.access_log.removeFilter(existing)  # setup runs again on a reload
        self.access_log.addFilter(import_string(CONFIDANT_FILTER)())
