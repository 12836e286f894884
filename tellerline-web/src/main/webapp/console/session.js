// The console session's limits, made visible: asks the server how long the session has left (a
// read that does not count as activity), warns before the idle or absolute limit ("you will be
// signed out"), and signs out at the limit through the page's sign-out form, which also ends the
// Keycloak session. "Stay signed in" is the person's own request, so it resets the idle time. When
// the server has ended the session already (back-channel logout, disabled account), the page
// reloads, which leads to the sign-in.
"use strict";

(function () {
  const endpoint = new URL("session", document.currentScript.src);
  const CHECK_EVERY_MS = 15000;
  let deadline = null;
  let warningMs = 60000;
  let signingOut = false;

  const banner = document.createElement("section");
  banner.id = "session-warning";
  banner.className = "session-warning";
  banner.setAttribute("role", "alertdialog");
  banner.setAttribute("aria-labelledby", "session-warning-text");
  banner.hidden = true;
  const text = document.createElement("p");
  text.id = "session-warning-text";
  const stay = document.createElement("button");
  stay.type = "button";
  stay.id = "stay-signed-in";
  stay.textContent = "Stay signed in";
  banner.append(text, stay);
  document.body.prepend(banner);

  function signOut() {
    if (signingOut) return;
    signingOut = true;
    const form = document.querySelector("form[action$='/console/logout']");
    if (form) form.submit(); else location.reload();
  }

  async function check(method) {
    let response;
    try {
      response = await fetch(endpoint, { method, credentials: "same-origin", redirect: "manual",
                                         headers: { Accept: "application/json" } });
    } catch (unreachable) {
      return; // the server enforces its limits anyway; try again at the next check
    }
    if (response.status === 401) { // over its limit: sign out, which ends the Keycloak session too
      signOut();
      return;
    }
    if (response.type === "opaqueredirect") { // ended already (back-channel logout): to the sign-in
      if (!signingOut) { signingOut = true; location.reload(); }
      return;
    }
    if (!response.ok) return;
    const left = await response.json();
    // One second late rather than early: the server counts whole seconds, and signs out itself.
    deadline = Date.now() + (Math.min(left.idleSecondsLeft, left.absoluteSecondsLeft) + 1) * 1000;
    warningMs = left.warningSeconds * 1000;
    tick();
  }

  function tick() {
    if (deadline === null) return;
    const left = deadline - Date.now();
    if (left <= 0) {
      signOut();
    } else if (left <= warningMs) {
      text.textContent = "You will be signed out in " + Math.ceil(left / 1000)
        + " seconds unless you continue working.";
      banner.hidden = false;
    } else {
      banner.hidden = true;
    }
  }

  stay.addEventListener("click", () => check("POST"));
  setInterval(tick, 1000);
  setInterval(() => check("GET"), CHECK_EVERY_MS);
  check("GET");
})();
