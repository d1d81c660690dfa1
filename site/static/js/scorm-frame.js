/* Between the player (site origin) and the package (content origin): the package finds its
   SCORM API here, and scorm-again's CrossFrameAPI relays every call to the runtime in the
   player by postMessage, to the site origin only. */
(function () {
  "use strict";
  var frame = document.getElementById("package");
  var api = new window.CrossFrameAPI(frame.dataset.siteOrigin, window.parent);
  window.API = api;
  window.API_1484_11 = api;
  frame.src = frame.dataset.src;
})();
