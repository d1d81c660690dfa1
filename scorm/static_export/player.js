/* The course player of an exported package: one screen per lesson, knowledge checks graded
 * here (the first answer counts, as on the site), scenarios played from the JSON graph in
 * index.html, and the bookmark kept in the LMS through runtime.js. The bookmark is a short
 * string ("1|done|answers|paths|endings"): SCORM 1.2 allows 4,096 characters of suspend data. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("course-data").textContent);
  var S = data.strings;
  var screens = Array.prototype.slice.call(document.querySelectorAll(".screen"));
  var lessonCount = data.lessons;
  var state = {
    screen: 0,
    done: [],
    answers: data.questions.map(function () { return null; }),
    endings: data.scenarios.map(function () { return "-"; })
  };
  var players = [];
  var runtime = new window.ScormRuntime(data.version);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* ---- bookmark ---- */
  function serialize() {
    var done = "", i;
    for (i = 0; i < lessonCount; i++) done += state.done[i] ? "1" : "0";
    var answers = state.answers.map(function (answer) {
      if (answer === null) return "";
      return answer.reduce(function (mask, index) { return mask + Math.pow(2, index); }, 0).toString(36);
    }).join(".");
    var paths = players.map(function (player) { return player.pathString(); }).join(".");
    return ["1", done, answers, paths, state.endings.join("")].join("|");
  }

  function restore(text) {
    var parts = (text || "").split("|");
    if (parts.length !== 5 || parts[0] !== "1") return;
    parts[1].split("").forEach(function (bit, i) { state.done[i] = bit === "1"; });
    parts[2].split(".").forEach(function (mask, i) {
      if (!mask || i >= state.answers.length) return;
      var bits = parseInt(mask, 36), selected = [];
      for (var b = 0; Math.pow(2, b) <= bits; b++) if (bits & Math.pow(2, b)) selected.push(b);
      state.answers[i] = selected;
      showAnswer(i, selected);
    });
    parts[4].split("").forEach(function (ending, i) { if (i < state.endings.length) state.endings[i] = ending; });
    parts[3].split(".").forEach(function (path, i) { if (path && players[i]) players[i].resume(path); });
  }

  function save() {
    var percent = lessonCount ? state.done.filter(Boolean).length / lessonCount : 1;
    var label = document.getElementById("progress-label");
    label.textContent = S.progress.replace("{n}", Math.round(percent * 100));
    document.getElementById("course-progress").value = Math.round(percent * 100);
    runtime.save(String(state.screen), serialize(), percent);
  }

  /* ---- navigation ---- */
  function show(index, focus) {
    state.screen = index;
    screens.forEach(function (screen, i) { screen.hidden = i !== index; });
    if (index === lessonCount) summary();
    save();
    if (focus !== false) {
      window.scrollTo(0, 0);
      screens[index].querySelector("h1").focus();
    }
  }

  function blocked(lesson) {
    var question = data.questions.findIndex(function (q, i) {
      return q.lesson === lesson && state.answers[i] === null;
    });
    if (question >= 0) return [S.answerFirst, document.getElementById("question-" + question)];
    var scenario = data.scenarios.findIndex(function (s, i) {
      return s.lesson === lesson && s.required && state.endings[i] === "-";
    });
    if (scenario >= 0) return [S.scenarioFirst, document.getElementById("scenario-" + scenario)];
    return null;
  }

  function next(lesson) {
    var message = screens[lesson].querySelector(".nav-message");
    var reason = blocked(lesson);
    if (reason) {
      message.textContent = reason[0];
      reason[1].setAttribute("tabindex", "-1");
      reason[1].focus();
      return;
    }
    message.textContent = "";
    state.done[lesson] = true;
    show(lesson + 1);
  }

  function result() {
    var correct = data.questions.filter(function (q, i) {
      return state.answers[i] !== null && sameSet(state.answers[i], q.correct);
    }).length;
    var score = data.questions.length ? Math.round((100 * correct) / data.questions.length) : 100;
    var scenariosPassed = data.scenarios.every(function (s, i) {
      return !s.required || state.endings[i] === "p";
    });
    return { score: score, passed: score >= data.passMark && scenariosPassed };
  }

  function summary() {
    var outcome = result();
    document.getElementById("summary-score").textContent = outcome.score + "%";
    var message = document.getElementById("summary-result");
    message.textContent = outcome.passed ? S.coursePassed : S.courseFailed;
    message.className = "result " + (outcome.passed ? "result-correct" : "result-wrong");
    if (runtime.active) {
      runtime.save(String(lessonCount), serialize(), 1);
      runtime.report(outcome.score, outcome.passed);
      runtime.end();
    }
  }

  /* ---- knowledge checks ---- */
  function sameSet(a, b) {
    return a.length === b.length && a.every(function (x) { return b.indexOf(x) >= 0; });
  }

  function showAnswer(index, selected) {
    var section = document.getElementById("question-" + index);
    var correct = sameSet(selected, data.questions[index].correct);
    section.querySelectorAll(".choice").forEach(function (choice, i) {
      var chosen = selected.indexOf(i) >= 0;
      choice.querySelector("input").checked = chosen;
      var feedback = choice.querySelector(".feedback");
      if (feedback) feedback.hidden = !chosen;
    });
    var status = section.querySelector(".result");
    status.textContent = correct ? S.correct : S.wrong;
    status.className = "result " + (correct ? "result-correct" : "result-wrong");
    section.querySelector(".check-answer").textContent = S.answerAgain;
  }

  function check(index) {
    var section = document.getElementById("question-" + index);
    var selected = [];
    section.querySelectorAll("input").forEach(function (input, i) { if (input.checked) selected.push(i); });
    if (!selected.length) return;
    if (state.answers[index] === null) state.answers[index] = selected;
    showAnswer(index, selected);
    save();
  }

  /* ---- scenarios ---- */
  function Scenario(index) {
    this.index = index;
    this.spec = data.scenarios[index];
    this.section = document.getElementById("scenario-" + index);
    this.stage = this.section.querySelector(".scenario-stage");
    this.startButton = this.section.querySelector(".scenario-start");
    this.path = null;
    var self = this;
    this.startButton.addEventListener("click", function () { self.replay([]); self.render(true); });
  }

  Scenario.prototype.pathString = function () {
    return (this.path || []).map(function (i) { return i.toString(36); }).join("");
  };

  Scenario.prototype.replay = function (path) {
    this.path = [];
    this.step = this.spec.start;
    this.points = 0;
    this.flags = [];
    this.last = null;
    for (var i = 0; i < path.length; i++) this.take(path[i]);
  };

  Scenario.prototype.take = function (choiceIndex) {
    var choice = this.spec.steps[this.step].choices[choiceIndex];
    this.path.push(choiceIndex);
    this.points += choice.points;
    if (choice.sets && this.flags.indexOf(choice.sets) < 0) this.flags.push(choice.sets);
    this.last = choice;
    this.step = choice.next;
  };

  Scenario.prototype.resume = function (text) {
    this.replay(text.split("").map(function (c) { return parseInt(c, 36); }));
    this.render(false);
  };

  Scenario.prototype.choose = function (choiceIndex) {
    this.take(choiceIndex);
    var step = this.spec.steps[this.step];
    if (!step.choices.length) {
      var passed = this.points >= this.spec.threshold;
      if (state.endings[this.index] !== "p") state.endings[this.index] = passed ? "p" : "f";
    }
    this.render(true);
    save();
  };

  Scenario.prototype.render = function (focus) {
    var self = this, step = this.spec.steps[this.step], stage = this.stage, heading;
    this.startButton.hidden = true;
    stage.textContent = "";
    if (this.last) {
      var panel = stage.appendChild(el("div", { "class": "feedback-panel" }));
      panel.appendChild(el("h3", { "class": "kc-label" }, S.yourChoice));
      panel.appendChild(el("p")).appendChild(el("strong", {}, this.last.label));
      if (this.last.feedback) panel.appendChild(el("p", {}, this.last.feedback));
    }
    if (!step.choices.length) {
      var outcome = step.outcome || "poor";
      heading = stage.appendChild(el("h3", { tabindex: "-1", "class": "outcome-" + outcome }, S[outcome]));
      stage.appendChild(el("div", { "class": "rich-text" })).innerHTML = step.situation;
      if (step.debrief) stage.appendChild(el("div", { "class": "rich-text debrief" })).innerHTML = step.debrief;
      var passed = this.points >= this.spec.threshold;
      stage.appendChild(el("p", { "class": "scenario-result" },
        S.points.replace("{n}", this.points) + " " + (passed ? S.scenarioPassed : S.scenarioFailed)));
      var again = stage.appendChild(el("button", { type: "button", "class": "link-button" }, S.playAgain));
      again.addEventListener("click", function () { self.replay([]); self.render(true); save(); });
    } else {
      if (step.speaker) stage.appendChild(el("p", { "class": "speaker" }, step.speaker));
      heading = stage.appendChild(el("h3", { tabindex: "-1" }, S.whatDoYouDo));
      if (step.media) stage.appendChild(el("div")).innerHTML = step.media;
      stage.appendChild(el("div", { "class": "rich-text situation" })).innerHTML = step.situation;
      var list = stage.appendChild(el("ul", { "class": "choice-list" }));
      step.choices.forEach(function (choice, i) {
        if (choice.requires && self.flags.indexOf(choice.requires) < 0) return;
        var button = list.appendChild(el("li")).appendChild(
          el("button", { type: "button", "class": "choice-button" }, choice.label));
        button.addEventListener("click", function () { self.choose(i); });
      });
      if (this.spec.back && this.path.length) {
        var back = stage.appendChild(el("button", { type: "button", "class": "link-button" }, S.back));
        back.addEventListener("click", function () {
          self.replay(self.path.slice(0, -1));
          self.render(true);
          save();
        });
      }
    }
    if (focus) heading.focus();
  };

  /* ---- start ---- */
  data.scenarios.forEach(function (s, i) { players.push(new Scenario(i)); });
  document.querySelectorAll(".knowledge-check").forEach(function (section) {
    var index = Number(section.getAttribute("data-question"));
    section.querySelector(".check-answer").addEventListener("click", function () { check(index); });
  });
  screens.forEach(function (screen, i) {
    screen.querySelectorAll("[data-go]").forEach(function (button) {
      button.addEventListener("click", function () {
        if (button.getAttribute("data-go") === "next") next(i);
        else show(i - 1);
      });
    });
  });
  window.addEventListener("pagehide", function () { runtime.end(); });

  var bookmark = runtime.start();
  var start = 0;
  if (bookmark) {
    restore(bookmark.suspendData);
    var location = parseInt(bookmark.location, 10);
    if (location >= 0 && location <= lessonCount) start = location;
  }
  show(start, start !== 0);
  window.coursePlayer = { state: state, serialize: serialize, result: result };
})();
