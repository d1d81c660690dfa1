/* Proof of work for the confidant intake forms (confidants/challenge.py).
 *
 * Finds a counter such that SHA-256(challenge + counter) starts with `bits` zero bits, in a
 * Web Worker (this same file) so the page stays responsive; without workers, in small
 * asynchronous batches on the page. The submit button stays disabled until the proof is
 * found; a status line says what is happening. Nothing leaves the page but the counter. */
(function () {
  "use strict";

  var BATCH = 512;

  function zeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) {
        bits += 8;
        continue;
      }
      return bits + Math.clz32(bytes[i]) - 24;
    }
    return bits;
  }

  async function solve(challenge, bits) {
    var encoder = new TextEncoder();
    for (var start = 0; ; start += BATCH) {
      var tries = [];
      for (var i = start; i < start + BATCH; i++) {
        tries.push(crypto.subtle.digest("SHA-256", encoder.encode(challenge + i)));
      }
      var digests = await Promise.all(tries);
      for (var k = 0; k < digests.length; k++) {
        if (zeroBits(new Uint8Array(digests[k])) >= bits) {
          return String(start + k);
        }
      }
    }
  }

  if (typeof window === "undefined") {
    // Inside the worker.
    self.onmessage = function (event) {
      solve(event.data.challenge, event.data.bits).then(function (counter) {
        self.postMessage({ counter: counter });
      });
    };
    return;
  }

  var scriptUrl = document.currentScript && document.currentScript.src;

  function solveOffPage(challenge, bits) {
    return new Promise(function (resolve, reject) {
      var worker;
      try {
        worker = new Worker(scriptUrl);
      } catch (error) {
        reject(error);
        return;
      }
      worker.onmessage = function (event) {
        worker.terminate();
        resolve(event.data.counter);
      };
      worker.onerror = function (error) {
        worker.terminate();
        reject(error);
      };
      worker.postMessage({ challenge: challenge, bits: bits });
    });
  }

  function protect(form) {
    var challengeInput = form.querySelector('input[name="proof_challenge"]');
    var counterInput = form.querySelector('input[name="proof_counter"]');
    var status = form.querySelector("[data-pow-status]");
    var button = form.querySelector("[data-pow-submit]");
    var challenge = challengeInput.value;
    var bits = parseInt(challengeInput.getAttribute("data-pow-bits"), 10) || 0;
    var solved = false;
    var waiting = false;

    status.textContent = status.getAttribute("data-pow-working");
    form.setAttribute("aria-busy", "true");
    form.addEventListener("submit", function (event) {
      if (!solved) {
        event.preventDefault();
        waiting = true;
      }
    });

    if (!window.crypto || !window.crypto.subtle) {
      status.textContent = status.getAttribute("data-pow-failed");
      return;
    }
    solveOffPage(challenge, bits)
      .catch(function () {
        return solve(challenge, bits);
      })
      .then(function (counter) {
        counterInput.value = counter;
        solved = true;
        form.removeAttribute("aria-busy");
        button.disabled = false;
        status.textContent = status.getAttribute("data-pow-ready");
        if (waiting && form.requestSubmit) {
          form.requestSubmit(button);
        }
      })
      .catch(function () {
        status.textContent = status.getAttribute("data-pow-failed");
      });
  }

  var inputs = document.querySelectorAll('form input[name="proof_challenge"]');
  for (var i = 0; i < inputs.length; i++) {
    protect(inputs[i].form);
  }
})();
