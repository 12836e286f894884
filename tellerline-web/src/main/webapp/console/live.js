// Live console pages: the server announces changed conversations as server-sent events (from any
// application instance); the page then re-renders through its own JSF ajax command, named in
// data-refresh. EventSource sends the session cookie and reconnects by itself; "ready" arrives on
// every (re)connect, so changes made while disconnected are picked up too.
"use strict";

(function () {
  const script = document.currentScript;
  const conversation = script.dataset.conversation;
  const refresh = window[script.dataset.refresh];
  const url = new URL("events", document.baseURI);
  if (conversation) url.searchParams.set("conversation", conversation);
  let pending = null;

  // A burst of changes (a customer message and the assistant's reply) costs one re-render.
  function refreshSoon() {
    if (pending) return;
    pending = setTimeout(() => { pending = null; refresh(); }, 100);
  }

  const source = new EventSource(url);
  source.addEventListener("ready", refreshSoon);
  source.addEventListener("changed", refreshSoon);
})();
