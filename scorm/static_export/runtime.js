/* SCORM runtime wrapper of an exported course: finds the LMS's API (ADL's discovery
 * algorithm: up the window.parent chain, then from window.opener), and speaks SCORM 1.2
 * (window.API) or SCORM 2004 (window.API_1484_11) for the player. Without an LMS the course
 * still plays; nothing is recorded. */
(function () {
  "use strict";

  function scan(win, name) {
    var tries = 0;
    try {
      while (!win[name] && win.parent && win.parent !== win) {
        if (++tries > 500) return null;
        win = win.parent;
      }
      return win[name] || null;
    } catch (e) {
      return null; // a window of another origin
    }
  }

  function findApi(name) {
    var api = scan(window, name);
    if (!api && window.opener) api = scan(window.opener, name);
    if (!api && window.top && window.top.opener) api = scan(window.top.opener, name);
    return api;
  }

  var ELEMENTS = {
    "1.2": {
      api: "API", init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue",
      commit: "LMSCommit", finish: "LMSFinish", location: "cmi.core.lesson_location",
      entry: "cmi.core.entry", exit: "cmi.core.exit"
    },
    "2004": {
      api: "API_1484_11", init: "Initialize", get: "GetValue", set: "SetValue",
      commit: "Commit", finish: "Terminate", location: "cmi.location",
      entry: "cmi.entry", exit: "cmi.exit"
    }
  };

  function Runtime(version) {
    this.version = version;
    this.e = ELEMENTS[version];
    this.api = findApi(this.e.api);
    this.active = false;
  }

  Runtime.prototype.call = function (method) {
    if (!this.active && method !== this.e.init) return "";
    var args = Array.prototype.slice.call(arguments, 1);
    try {
      return String(this.api[method].apply(this.api, args));
    } catch (e) {
      return "";
    }
  };
  Runtime.prototype.get = function (element) { return this.call(this.e.get, element); };
  Runtime.prototype.set = function (element, value) {
    return this.call(this.e.set, element, String(value));
  };

  /* Initialize and read the bookmark: {location, suspendData, resumed}. */
  Runtime.prototype.start = function () {
    if (!this.api || this.call(this.e.init, "") !== "true") return null;
    this.active = true;
    if (this.version === "1.2") {
      var status = this.get("cmi.core.lesson_status");
      if (status === "not attempted" || status === "") this.set("cmi.core.lesson_status", "incomplete");
    } else {
      var completion = this.get("cmi.completion_status");
      if (completion === "unknown" || completion === "not attempted" || completion === "") {
        this.set("cmi.completion_status", "incomplete");
      }
    }
    return {
      location: this.get(this.e.location),
      suspendData: this.get("cmi.suspend_data"),
      resumed: this.get(this.e.entry) === "resume"
    };
  };

  /* The bookmark: where the learner is and their answers, committed at once. */
  Runtime.prototype.save = function (location, suspendData, progress) {
    if (!this.active) return;
    this.set(this.e.location, location);
    this.set("cmi.suspend_data", suspendData);
    if (this.version === "2004") this.set("cmi.progress_measure", progress.toFixed(2));
    this.call(this.e.commit, "");
  };

  /* The result at the end of the course: score in percent, passed or failed. */
  Runtime.prototype.report = function (score, passed) {
    if (!this.active) return;
    var status = passed ? "passed" : "failed";
    if (this.version === "1.2") {
      this.set("cmi.core.score.min", 0);
      this.set("cmi.core.score.max", 100);
      this.set("cmi.core.score.raw", score);
      this.set("cmi.core.lesson_status", status);
    } else {
      this.set("cmi.score.min", 0);
      this.set("cmi.score.max", 100);
      this.set("cmi.score.raw", score);
      this.set("cmi.score.scaled", (score / 100).toFixed(2));
      this.set("cmi.completion_status", "completed");
      this.set("cmi.success_status", status);
    }
    this.finished = true;
    this.call(this.e.commit, "");
  };

  /* Leave: suspend when the course is not finished, so the LMS offers to resume. */
  Runtime.prototype.end = function () {
    if (!this.active) return;
    var exit = this.finished ? (this.version === "1.2" ? "" : "normal") : "suspend";
    this.set(this.e.exit, exit);
    this.call(this.e.commit, "");
    this.call(this.e.finish, "");
    this.active = false;
  };

  window.ScormRuntime = Runtime;
})();
