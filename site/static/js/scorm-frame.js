/* Between the player (site origin) and the package (content origin): the package finds its
   SCORM API here, and scorm-again's CrossFrameAPI relays every call to the runtime in the
   player by postMessage, to the site origin only. */
(function () {
  "use strict";
  var frame = document.getElementById("package");
  var api = new window.CrossFrameAPI(frame.dataset.siteOrigin, window.parent);
  window.API = api;
  window.API_1484_11 = api;
  // CrossFrameAPI answers GetValue from its cache, which it fills only after Initialize: a
  // package that reads its bookmark right after Initialize would start over. Fill it with the
  // runtime's starting values (scorm-again's own cache-warming call) before the package loads.
  api
    ._post("getFlattenedCMI", [])
    .then(function (values) {
      Object.keys(values || {}).forEach(function (key) {
        api._cache.set(key, String(values[key]));
      });
    })
    .catch(function () {})
    .then(function () {
      frame.src = frame.dataset.src;
    });
})();
