// Progress pages of background work: ask the server how far it got every few seconds and show
// the outcome page once it is done. Without JavaScript the page refreshes itself (noscript).
(function () {
  "use strict";
  const section = document.querySelector(".task-progress[data-poll-url]");
  if (!section) return;
  const url = section.dataset.pollUrl;
  const every = 1000 * Number(section.dataset.pollSeconds || 2);
  const label = section.querySelector(".progress-label");

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((progress) => {
        if (progress.finished) {
          window.location.reload();
          return;
        }
        if (label && label.textContent !== progress.message) label.textContent = progress.message;
        window.setTimeout(poll, every);
      })
      .catch(() => window.setTimeout(poll, every * 2));
  }
  window.setTimeout(poll, every);
})();
