"""gunicorn settings for `make serve` (`gunicorn -c config/gunicorn.conf.py config.wsgi`; the
address and the number of workers come from the command line).

The access log records time, method, path (never the query string: it may carry codes or
search words), protocol, status, size and duration; requests for the confidant pages are not
recorded at all (config/access_log.py).
"""

accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'
logger_class = "config.access_log.ConfidentialAccessLogger"
