// Live console pages: the server announces changed conversations as server-sent events (from any
// application instance); the page then re-renders through its own JSF ajax command, named in
// data-refresh. EventSource sends the session cookie and reconnects by itself; "ready" arrives on
// every (re)connect, so changes made while disconnected are picked up too. data-every (seconds)
// also re-renders on a timer (waiting times). Every such request carries "tellerline.live": the
// page asked, not the person, so it does not keep the console session from its idle limit.
"use strict";

(function () {
  const script = document.currentScript;
  const conversation = script.dataset.conversation;
  const refresh = window[script.dataset.refresh];
  const every = Number(script.dataset.every || 0);
  const url = new URL("events", document.baseURI);
  if (conversation) url.searchParams.set("conversation", conversation);
  let pending = null;

  function refreshLive() {
    refresh([{ name: "tellerline.live", value: "true" }]);
  }

  // A burst of changes (a customer message and the assistant's reply) costs one re-render.
  function refreshSoon() {
    if (pending) return;
    pending = setTimeout(() => { pending = null; refreshLive(); }, 100);
  }

  const source = new EventSource(url);
  source.addEventListener("ready", refreshSoon);
  source.addEventListener("changed", refreshSoon);
  if (every > 0) setInterval(refreshLive, every * 1000);
})();
