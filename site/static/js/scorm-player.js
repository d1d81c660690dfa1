/* SCORM player: the scorm-again runtime for the package in the frame. Commits go to this
   site's commit endpoint with the CSRF token in a header; the package, on the content origin,
   talks to the runtime only through scorm-again's cross-frame messages. */
(function () {
  "use strict";
  var configNode = document.getElementById("scorm-config");
  var frame = document.getElementById("scorm-frame");
  if (!configNode || !frame) return;
  var config = JSON.parse(configNode.textContent);
  var status = document.getElementById("scorm-status");
  var csrfToken = config.csrfToken;
  var refused = false; // the last commit's answer
  var reason = null;
  var settings = {
    lmsCommitUrl: config.commitUrl,
    dataCommitFormat: "json",
    autocommit: true,
    autocommitSeconds: 30,
    xhrHeaders: { "X-CSRFToken": csrfToken },
    // The final commit goes by sendBeacon, which cannot send headers: the token rides along.
    requestHandler: function (commit) {
      commit.csrfToken = csrfToken;
      return commit;
    },
    // Commits go by synchronous XHR, as SCORM wants. A refused one carries the reason in
    // the learner's language (scorm/views.py): keep it to show; scorm-again gets the result.
    xhrResponseHandler: function (xhr) {
      var body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (error) {
        body = null;
      }
      var ok = xhr.status >= 200 && xhr.status <= 299 && (!body || body.result !== false);
      refused = !ok;
      reason = (!ok && body && body.message) || null;
      return { result: ok, errorCode: ok ? 0 : (body && body.errorCode) || 101 };
    },
    terminateCommitPayloadField: "final",
    includeCommitSequence: true,
    logLevel: 4,
  };
  var twelve = config.version === "1.2";
  var api = twelve ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  api.loadFromJSON(config.cmi, "");
  if (twelve) window.API = api;
  else window.API_1484_11 = api;
  window.scormRuntime = api;
  new window.CrossFrameLMS(api, config.contentOrigin);
  function say(text) {
    if (status) status.textContent = text;
  }
  ["LMSCommit", "Commit", "LMSFinish", "Terminate"].forEach(function (event) {
    api.on(event, function () {
      var failed = refused || String(api.lastErrorCode || "0") !== "0";
      say(failed ? reason || config.messages.failed : config.messages.saved);
    });
  });
  frame.src = frame.dataset.src;
})();
