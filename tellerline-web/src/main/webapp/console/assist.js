// The staff assistant's suggested replies: one click puts a suggestion into the reply box (the
// teller edits and sends it) and notes which one it was, so that its use is recorded on sending.
"use strict";

(function () {
  document.addEventListener("click", function (event) {
    const button = event.target.closest(".suggestion-insert");
    const reply = document.getElementById("serve:reply");
    const used = document.getElementById("serve:suggestion-ref");
    if (!button || !reply || !used) return;
    reply.value = button.dataset.text;
    used.value = button.dataset.ref;
    reply.focus();
    reply.setSelectionRange(reply.value.length, reply.value.length);
  });
})();
