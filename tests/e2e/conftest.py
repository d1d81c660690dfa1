from browser_fixtures import browser, live_demo, page  # noqa: F401 (fixtures)
