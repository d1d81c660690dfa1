// After each choice the page reloads; move keyboard and screen-reader focus to the new step.
(function () {
  "use strict";
  var heading = document.getElementById("step-heading");
  if (heading && document.querySelector(".feedback-panel, .outcome-good, .outcome-mixed, .outcome-poor")) {
    heading.focus();
  }
  // One click per form: a double click must not send the choice twice.
  document.querySelectorAll("form.choices").forEach(function (form) {
    form.addEventListener("submit", function () {
      setTimeout(function () {
        form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  });
})();
