// Tellerline web chat: signs in with Keycloak (authorization code + PKCE through keycloak-js),
// then talks to the API with the access token. All text is inserted with textContent, never HTML.
"use strict";

(async function () {
  const api = new URL("../api/", document.baseURI).href;
  const conversationKey = "tellerline.conversation";
  // A sensitive request waiting for step-up (RFC 9470): kept across the redirect to Keycloak.
  const pendingKey = "tellerline.pendingAction";
  // "Download my data" waiting for step-up: what to do after Keycloak sends the customer back.
  const exportKey = "tellerline.dataExport";
  const el = (id) => document.getElementById(id);
  let keycloak;

  // The page's own words in the conversation's language; the assistant's come from the server.
  const words = {
    en: {
      language: "Language", signOut: "Sign out", send: "Send", askPerson: "Talk to a person",
      endChat: "End chat", surveyTitle: "How satisfied were you with this conversation?",
      surveySend: "Send rating", newChat: "Start a new chat", stepUpTitle: "Please confirm it is you",
      stepUpVerify: "Verify with one-time code", placeholder: "Ask about your balance, cards, payments…",
      you: "You", staff: "Bank staff", notice: "Automated notice", assistant: "Automated assistant",
      queued: (n) => "Waiting for a member of staff: you are number " + n + " in the queue.",
      waiting: "Waiting for a member of staff.", withStaff: "A member of staff is with you.",
      ended: "This conversation has ended.", chooseRating: "Please choose a rating from 1 to 5.",
      thanks: "Thank you for your feedback.",
      downloadAgain: "Please confirm it is you again: ask for your statements once more.",
      downloadFailed: "The document could not be downloaded. Please try again.",
      idleWarning: (s) => "For your security you will be signed out in " + s + " seconds unless you continue.",
      stayIn: "Stay signed in",
      exportStart: "Download my data", exportTitle: "Your data",
      exportJson: "Download as JSON (machine-readable)", exportPdf: "Download as PDF",
      exportRunning: (p) => "Preparing a copy of your data: " + p + " %.",
      exportReady: (until) => "Your copy is ready. You can download it until " + until + ".",
      exportFailed: "Your copy could not be prepared. Please try again.",
      privacyNotice: "Privacy notice", privacyIntro: "Before you write: how we handle your messages is in our",
      consentImprove: "Use my messages (personal data masked) to improve the assistant. Optional; you can turn it off at any time.",
      consentOn: "Thank you: your messages may now help improve the assistant.",
      consentOff: "Your messages will not be used to improve the assistant.",
      consentInsights: "Point out things in my transactions I should know about (price rises, unusual or double charges, a balance that may not last). Optional; you can turn it off at any time.",
      insightsOn: "Thank you: you will see hints about your transactions here.",
      insightsOff: "You will not see hints about your transactions.",
      insightsTitle: "Worth knowing", insightUseful: "Useful", insightNotUseful: "Not useful",
      insightWrong: "Wrong", insightDismissed: "Thank you: this hint will not be shown again.",
      consentOffers: "Suggest products of the bank that fit my accounts (never investments). Optional; you can turn it off at any time.",
      offersOn: "Thank you: suggestions will appear here.", offersOff: "You will not see product suggestions.",
      offerYes: "Interested", offerNo: "No, thanks", offerDecided: "Thank you: we will not suggest it again.",
    },
    de: {
      language: "Sprache", signOut: "Abmelden", send: "Senden", askPerson: "Mit einem Menschen sprechen",
      endChat: "Chat beenden", surveyTitle: "Wie zufrieden waren Sie mit diesem Gespräch?",
      surveySend: "Bewertung senden", newChat: "Neuen Chat beginnen", stepUpTitle: "Bitte bestätigen Sie, dass Sie es sind",
      stepUpVerify: "Mit Einmalcode bestätigen", placeholder: "Fragen Sie nach Kontostand, Karten, Zahlungen…",
      you: "Sie", staff: "Bankmitarbeiter/in", notice: "Automatischer Hinweis", assistant: "Automatisierter Assistent",
      queued: (n) => "Sie warten auf eine Mitarbeiterin oder einen Mitarbeiter: Platz " + n + " in der Warteschlange.",
      waiting: "Sie warten auf eine Mitarbeiterin oder einen Mitarbeiter.", withStaff: "Eine Mitarbeiterin oder ein Mitarbeiter ist für Sie da.",
      ended: "Dieses Gespräch ist beendet.", chooseRating: "Bitte wählen Sie eine Bewertung von 1 bis 5.",
      thanks: "Danke für Ihre Bewertung.",
      downloadAgain: "Bitte bestätigen Sie erneut, dass Sie es sind: Fragen Sie noch einmal nach Ihren Kontoauszügen.",
      downloadFailed: "Das Dokument konnte nicht heruntergeladen werden. Bitte versuchen Sie es noch einmal.",
      idleWarning: (s) => "Zu Ihrer Sicherheit werden Sie in " + s + " Sekunden abgemeldet, wenn Sie nicht weitermachen.",
      stayIn: "Angemeldet bleiben",
      exportStart: "Meine Daten herunterladen", exportTitle: "Ihre Daten",
      exportJson: "Als JSON herunterladen (maschinenlesbar)", exportPdf: "Als PDF herunterladen",
      exportRunning: (p) => "Eine Kopie Ihrer Daten wird erstellt: " + p + " %.",
      exportReady: (until) => "Ihre Kopie ist fertig. Sie können sie bis " + until + " herunterladen.",
      exportFailed: "Ihre Kopie konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.",
      privacyNotice: "Datenschutzhinweis", privacyIntro: "Bevor Sie schreiben: Wie wir mit Ihren Nachrichten umgehen, steht im",
      consentImprove: "Meine Nachrichten (mit verdeckten persönlichen Daten) zur Verbesserung des Assistenten verwenden. Freiwillig; Sie können es jederzeit ausschalten.",
      consentOn: "Danke: Ihre Nachrichten dürfen nun helfen, den Assistenten zu verbessern.",
      consentOff: "Ihre Nachrichten werden nicht zur Verbesserung des Assistenten verwendet.",
      consentInsights: "Mich auf Auffälliges in meinen Umsätzen hinweisen (Preiserhöhungen, ungewöhnliche oder doppelte Abbuchungen, ein knapper Kontostand). Freiwillig; Sie können es jederzeit ausschalten.",
      insightsOn: "Danke: Hinweise zu Ihren Umsätzen erscheinen nun hier.",
      insightsOff: "Sie erhalten keine Hinweise zu Ihren Umsätzen.",
      insightsTitle: "Gut zu wissen", insightUseful: "Hilfreich", insightNotUseful: "Nicht hilfreich",
      insightWrong: "Falsch", insightDismissed: "Danke: Dieser Hinweis wird nicht mehr angezeigt.",
      consentOffers: "Mir passende Produkte der Bank vorschlagen (nie Geldanlagen). Freiwillig; Sie können es jederzeit ausschalten.",
      offersOn: "Danke: Vorschläge erscheinen nun hier.", offersOff: "Sie erhalten keine Produktvorschläge.",
      offerYes: "Interessiert", offerNo: "Nein, danke", offerDecided: "Danke: Wir schlagen es nicht wieder vor.",
    },
  };
  let lang = "en";
  const t = (key) => (words[lang] || words.en)[key];

  function applyLanguage(language) {
    lang = words[language] ? language : "en";
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
    el("message").placeholder = t("placeholder");
    el("language").value = lang;
    ["privacy-link", "privacy-notice-link"].forEach((id) => { el(id).href = "privacy.html?lang=" + lang; });
  }

  // Consents (off until she turns them on): her messages for improving the assistant, and
  // insights from her transactions. Each change names the privacy notice's version the server
  // reported (the one she can read).
  const consentBoxes = { "improve-assistant": "consent-improve-assistant", "personal-insights": "consent-personal-insights", "product-offers": "consent-product-offers" };
  const consentWords = { "improve-assistant": ["consentOn", "consentOff"], "personal-insights": ["insightsOn", "insightsOff"], "product-offers": ["offersOn", "offersOff"] };
  let noticeVersion = null;

  function showConsents(overview) {
    noticeVersion = overview.noticeVersion;
    Object.entries(consentBoxes).forEach(([purpose, id]) => {
      const state = overview.purposes.find((p) => p.purpose === purpose);
      el(id).checked = Boolean(state && state.granted);
    });
    el("privacy").hidden = false;
  }

  async function changeConsent(purpose) {
    const box = el(consentBoxes[purpose]);
    box.disabled = true;
    try {
      showConsents(await call("PUT", "me/consents/" + purpose,
        { granted: box.checked, textVersion: noticeVersion }));
      setStatus(t(consentWords[purpose][box.checked ? 0 : 1]));
      if (purpose !== "improve-assistant") await showInsights();
    } catch (e) {
      setStatus(e.message);
      try { showConsents(await call("GET", "me/consents")); } catch (ignored) { /* shown above */ }
    } finally {
      box.disabled = false;
    }
  }

  // Insights and product suggestions, each only with its own consent (the server returns none
  // otherwise), shown together at the start of the conversation, each with its reason. An insight
  // has three ways to dismiss it that tell us how it was; a suggestion takes her answer, after
  // which the bank does not suggest it again. The list is replaced whole once everything is read.
  async function showInsights() {
    const items = [];
    if (el("consent-personal-insights").checked) {
      let insights = [];
      try { insights = await call("GET", "insights?lang=" + lang); } catch (e) { insights = []; }
      insights.forEach((insight) => items.push(answerable(insight.kind, insight.text,
        [["USEFUL", "insightUseful"], ["NOT_USEFUL", "insightNotUseful"], ["WRONG", "insightWrong"]],
        (feedback) => call("POST", "insights/" + encodeURIComponent(insight.id) + "/dismissal", { feedback }),
        "insightDismissed")));
    }
    if (el("consent-product-offers").checked) {
      let offers = [];
      try { offers = await call("GET", "recommendations?lang=" + lang); } catch (e) { offers = []; }
      offers.forEach((offer) => items.push(answerable("recommendation", offer.text,
        [["ACCEPTED", "offerYes"], ["DECLINED", "offerNo"]],
        (decision) => call("POST", "recommendations/" + encodeURIComponent(offer.id) + "/decision", { decision }),
        "offerDecided")));
    }
    el("insight-list").replaceChildren(...items);
    el("insights").hidden = items.length === 0;
  }

  // One entry of the list: its text and a button for each answer ([value, word]); the buttons are
  // described by the text (the same words stand under every entry). An answer is sent with
  // send(value); once stored the entry goes and the page thanks her with the word `thanks`.
  let answerables = 0;
  function answerable(kind, text, answers, send, thanks) {
    const item = document.createElement("li");
    item.dataset.kind = kind;
    const reason = document.createElement("p");
    reason.id = "hint-" + (answerables += 1);
    reason.textContent = text;
    item.appendChild(reason);
    answers.forEach(([value, word]) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      button.textContent = t(word);
      button.setAttribute("aria-describedby", reason.id);
      button.addEventListener("click", async () => {
        try {
          await send(value);
          item.remove();
          el("insights").hidden = el("insight-list").children.length === 0;
          setStatus(t(thanks));
        } catch (e) {
          setStatus(e.message);
        }
      });
      item.appendChild(button);
    });
    return item;
  }

  function setStatus(text) {
    el("status").textContent = text;
  }

  // Only the customer's own activity keeps the session alive (PSD2 RTS Art. 4(3)(d)): typing,
  // clicking, sending. Server-sent events and the re-reads they cause never refresh the token, so
  // an idle page lets its Keycloak session lapse; the page signs out after idleTimeout seconds.
  let lastActivity = Date.now();
  let lastRefresh = Date.now();
  let session = { idleTimeoutSeconds: 300, idleWarningSeconds: 60, sessionMaxSeconds: 1800 };

  function noteActivity() {
    lastActivity = Date.now();
    el("idle-warning").hidden = true;
  }

  // A token for a request: refreshed (which tells Keycloak the session is in use) only when the
  // customer did something since the last refresh; a background request uses the current one.
  async function token() {
    if (lastActivity > lastRefresh) {
      if (await keycloak.updateToken(280)) lastRefresh = Date.now();
    }
    if (keycloak.isTokenExpired(5)) throw new Error("signed-out");
    return keycloak.token;
  }

  function signOut() {
    sessionStorage.removeItem(conversationKey);
    sessionStorage.removeItem(pendingKey);
    sessionStorage.removeItem(exportKey);
    listening = false;
    stopStream();
    keycloak.logout({ redirectUri: new URL("../", document.baseURI).href });
  }

  // Every second: warn a minute before the idle limit, sign out at it, and at the absolute limit.
  function watchSession() {
    const signedInAt = (keycloak.tokenParsed.auth_time || keycloak.tokenParsed.iat) * 1000;
    setInterval(() => {
      const idle = (Date.now() - lastActivity) / 1000;
      const left = Math.ceil(session.idleTimeoutSeconds - idle);
      if (left <= 0 || Date.now() - signedInAt >= session.sessionMaxSeconds * 1000) {
        signOut();
      } else if (left <= session.idleWarningSeconds) {
        el("idle-warning-text").textContent = t("idleWarning")(left);
        el("idle-warning").hidden = false;
      }
    }, 1000);
  }

  async function call(method, path, body) {
    const bearer = await token();
    const response = await fetch(api + path, {
      method,
      headers: Object.assign(
        // Accept-Language: problem details (errors) come in the conversation's language.
        { Authorization: "Bearer " + bearer, Accept: "application/json", "Accept-Language": lang },
        body === undefined ? {} : { "Content-Type": "application/json" }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(payload.detail || "The service did not answer. Please try again.");
      error.status = response.status;
      if (response.status === 401 && payload.pendingAction) {
        error.stepUp = payload; // insufficient_user_authentication, see showStepUp
      } else if (response.status === 401 && payload.acr_values) {
        // No action waits: the sign-in itself is not enough any more (PSD2 RTS Art. 10: no
        // one-time code in the last 180 days). Sign in again at the level the server asks for.
        keycloak.login({ acrValues: payload.acr_values, redirectUri: window.location.href });
      }
      throw error;
    }
    return payload;
  }

  const shown = new Set(); // ids of the messages on screen: a refresh adds only new ones
  // Sequence numbers of the messages on screen; a refresh asks only for those after the last one
  // without a gap, so its cost does not grow with the conversation.
  const shownSequences = new Set();
  function lastWithoutGap() {
    let n = 0;
    while (shownSequences.has(n + 1)) n++;
    return n;
  }
  let listening = false;
  let stopStream = () => {};

  function render(message) {
    if (shown.has(message.id)) return;
    shown.add(message.id);
    shownSequences.add(message.sequence);
    const item = document.createElement("li");
    item.className = "message " + message.author.toLowerCase();
    item.dataset.automated = String(message.automated);
    const who = document.createElement("span");
    who.className = "author";
    who.textContent = message.author === "CUSTOMER" ? t("you")
      : message.author === "STAFF" ? t("staff")
      : message.author === "SYSTEM" ? t("notice") : t("assistant");
    const body = document.createElement("p");
    body.className = "body";
    body.textContent = message.body;
    item.append(who, body);
    if (message.downloads && message.downloads.length) item.append(downloadButtons(message.downloads));
    el("transcript").append(item);
    item.scrollIntoView({ block: "end" });
  }

  // Documents offered with an answer (statements): buttons that fetch with the bearer token.
  function downloadButtons(downloads) {
    const list = document.createElement("ul");
    list.className = "downloads";
    downloads.filter((d) => /^statements\/[0-9a-f-]{36}\/\d{4}-\d{2}$/.test(d.path)).forEach((d) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = d.label;
      button.addEventListener("click", () => download(d.path));
      const entry = document.createElement("li");
      entry.append(button);
      list.append(entry);
    });
    return list;
  }

  async function download(path) {
    try {
      const bearer = await token();
      const response = await fetch(api + path, {
        headers: { Authorization: "Bearer " + bearer, Accept: "application/pdf, application/problem+json" },
      });
      if (response.status === 401) { setStatus(t("downloadAgain")); return; }
      if (!response.ok) { setStatus(t("downloadFailed")); return; }
      const named = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await response.blob());
      link.download = named ? named[1] : "statement.pdf";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      setStatus("");
    } catch (e) {
      setStatus(t("downloadFailed"));
    }
  }

  // "Download my data" (GDPR Art. 15/20): the same API as any client. The server builds the copy in
  // the background; the page shows its progress and then offers both files. Asking and downloading
  // need a recent one-time code: on the server's 401 challenge the page remembers what it was doing,
  // sends the customer to Keycloak at the level asked for, and carries on when she is back.
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  let exportPoll;

  async function exportRequest(method, path, accept) {
    const bearer = await token();
    return fetch(api + path, {
      method,
      headers: { Authorization: "Bearer " + bearer, Accept: accept, "Accept-Language": lang },
      cache: "no-store",
    });
  }

  async function stepUpFor(response, then) {
    const challenge = await response.json().catch(() => ({}));
    if (!challenge.acr_values) return false;
    sessionStorage.setItem(exportKey, then);
    const options = { acrValues: challenge.acr_values, redirectUri: window.location.href };
    if (challenge.max_age) options.maxAge = challenge.max_age;
    keycloak.login(options);
    return true;
  }

  function showExport(text) {
    el("data-export").hidden = false;
    el("data-export-status").textContent = text;
  }

  async function startDataExport() {
    el("data-export-start").disabled = true;
    try {
      const response = await exportRequest("POST", "me/data-export", "application/json");
      if (response.status === 401 && await stepUpFor(response, "start")) return;
      const payload = await response.json().catch(() => ({}));
      if (response.status === 409) { followDataExport(""); return; } // one is already running
      if (!response.ok || !uuid.test(payload.id)) { showExport(payload.detail || t("exportFailed")); return; }
      followDataExport(payload.id);
    } catch (e) {
      showExport(t("exportFailed"));
    } finally {
      el("data-export-start").disabled = false;
    }
  }

  // Polls the export (its id, or "" for the latest) until it is ready or failed.
  async function followDataExport(id) {
    clearTimeout(exportPoll);
    el("data-export-files").hidden = true;
    try {
      const response = await exportRequest("GET", "me/data-export" + (id ? "/" + id : ""), "application/json");
      const status = await response.json().catch(() => ({}));
      if (!response.ok || !uuid.test(status.id)) { showExport(status.detail || t("exportFailed")); return; }
      el("data-export-progress").value = status.percent;
      if (status.status === "RUNNING") {
        showExport(t("exportRunning")(status.percent));
        exportPoll = setTimeout(() => followDataExport(status.id), 1000);
      } else if (status.status === "READY") {
        showExport(t("exportReady")(new Date(status.expiresAt).toLocaleString(lang)));
        el("data-export-files").hidden = false;
        el("data-export-files").dataset.id = status.id;
      } else {
        showExport(t("exportFailed"));
      }
    } catch (e) {
      showExport(t("exportFailed"));
    }
  }

  async function downloadDataExport(format) {
    const id = el("data-export-files").dataset.id;
    if (!uuid.test(id || "")) return;
    try {
      const response = await exportRequest("GET", "me/data-export/" + id + "/document?format=" + format,
        format === "pdf" ? "application/pdf, application/problem+json" : "application/json, application/problem+json");
      if (response.status === 401 && await stepUpFor(response, "follow:" + id)) return;
      if (!response.ok) { showExport(t("exportFailed")); return; }
      const named = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await response.blob());
      link.download = named ? named[1] : "my-data." + format;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    } catch (e) {
      showExport(t("exportFailed"));
    }
  }

  // Back from Keycloak in the middle of "Download my data": carry on once.
  function resumeDataExport() {
    const waiting = sessionStorage.getItem(exportKey);
    sessionStorage.removeItem(exportKey);
    if (waiting === "start") startDataExport();
    else if (waiting && waiting.startsWith("follow:") && uuid.test(waiting.slice(7))) followDataExport(waiting.slice(7));
  }

  // Where the customer stands: queue position, a person serving, or the end (then the survey).
  function showState(conversation) {
    if (conversation.language && conversation.language !== lang) applyLanguage(conversation.language);
    const status = conversation.status;
    if (status === "WAITING_FOR_STAFF") {
      setStatus(conversation.queuePosition ? t("queued")(conversation.queuePosition) : t("waiting"));
    } else if (status === "WITH_STAFF") {
      setStatus(t("withStaff"));
    } else if (status === "CLOSED") {
      setStatus(t("ended"));
      el("composer").hidden = true;
      el("survey").hidden = conversation.rated;
    } else {
      setStatus("");
    }
    if (status === "CLOSED") { listening = false; stopStream(); }
  }

  // Live delivery: the server announces every change of this conversation as a server-sent event,
  // whichever application instance made it, and the page re-reads the transcript. fetch() rather
  // than EventSource, because the stream needs the bearer token. The server ends streams after a
  // few minutes; the page reconnects with a fresh token, and re-reads on every (re)connect, so
  // nothing sent meanwhile is lost, also after a page reload.
  async function listen(conversation) {
    listening = true;
    let failures = 0;
    while (listening) {
      try {
        const bearer = await token(); // never refreshed for the stream's own sake
        const controller = new AbortController();
        stopStream = () => controller.abort();
        const response = await fetch(api + "conversations/" + encodeURIComponent(conversation) + "/events", {
          headers: { Authorization: "Bearer " + bearer, Accept: "text/event-stream" },
          cache: "no-store",
          signal: controller.signal,
        });
        if (response.status === 404) return; // no longer this customer's conversation
        if (!response.ok) throw new Error("event stream " + response.status);
        failures = 0;
        await readEvents(response.body, (name) => (name === "insights" ? showInsights() : refresh()));
      } catch (e) {
        failures += 1;
      }
      await new Promise((resume) => setTimeout(resume, Math.min(30000, 500 * 2 ** failures)));
    }
  }

  // Server-sent events: blocks separated by a blank line; only the event names matter here
  // ("insights": a hint about her transactions has arrived, see showInsights).
  async function readEvents(body, onEvent) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const named = /^event: ?(ready|changed|insights)$/m.exec(block);
        if (named && listening) onEvent(named[1]);
      }
    }
  }

  async function refresh() {
    try {
      const conversation = await call("GET", "conversations/" + encodeURIComponent(sessionStorage.getItem(conversationKey)) + "?after=" + lastWithoutGap());
      conversation.messages.forEach(render);
      showState(conversation);
    } catch (e) {
      setStatus(e.message);
    }
  }

  async function action(path, body) {
    const conversation = sessionStorage.getItem(conversationKey);
    try {
      const result = await call("POST", "conversations/" + encodeURIComponent(conversation) + "/" + path, body);
      if (result.messages) result.messages.forEach(render);
      await refresh();
    } catch (e) {
      setStatus(e.message);
    }
  }

  async function openConversation() {
    const known = sessionStorage.getItem(conversationKey);
    if (known) {
      try {
        return await call("GET", "conversations/" + encodeURIComponent(known));
      } catch (e) {
        if (e.status !== 404) throw e;
        sessionStorage.removeItem(conversationKey);
      }
    }
    const started = await call("POST", "conversations");
    sessionStorage.setItem(conversationKey, started.id);
    return started;
  }

  async function send(text) {
    const conversation = sessionStorage.getItem(conversationKey);
    el("send").disabled = true;
    try {
      const result = await call("POST", "conversations/" + encodeURIComponent(conversation) + "/messages", { text });
      result.messages.forEach(render);
      await refresh();
    } catch (e) {
      if (e.stepUp) {
        e.stepUp.messages.forEach(render);
        showStepUp(e.stepUp);
        setStatus("");
      } else {
        setStatus(e.message);
      }
    } finally {
      el("send").disabled = false;
    }
  }

  // The server asked for a stronger or more recent sign-in before it acts. Remember what to
  // resume and offer the step-up; Keycloak asks for the one-time code and sends the customer back.
  function showStepUp(challenge) {
    sessionStorage.setItem(pendingKey, JSON.stringify({
      resume: challenge.pendingAction.resume,
      acrValues: challenge.acr_values,
      maxAge: challenge.max_age,
      authorizationDetails: challenge.authorization_details,
    }));
    el("step-up").hidden = false;
    // Centred, so the sticky composer at the bottom never covers the button (a long transcript
    // and the privacy panel above it make the page taller than the window).
    el("step-up").scrollIntoView({ block: "center" });
    el("step-up-verify").focus({ preventScroll: true });
  }

  // A payment (PSD2 dynamic linking): the server's authorization_details, unchanged, go to Keycloak
  // in a pushed authorization request; Keycloak shows amount and payee with the one-time code and
  // puts exactly them into the token, which the server compares with the pending payment.
  async function stepUp() {
    const pending = JSON.parse(sessionStorage.getItem(pendingKey));
    const options = { acrValues: pending.acrValues, redirectUri: window.location.href };
    if (pending.maxAge) options.maxAge = pending.maxAge;
    if (!pending.authorizationDetails) {
      keycloak.login(options);
      return;
    }
    try {
      const login = new URL(await keycloak.createLoginUrl(options)); // also keeps state and PKCE
      const request = new URLSearchParams(login.search);
      request.set("authorization_details", pending.authorizationDetails);
      const pushed = await fetch(login.href.replace(/\/auth\?.*$/, "/ext/par/request"), {
        method: "POST",
        body: request,
      });
      if (!pushed.ok) throw new Error("push " + pushed.status);
      const { request_uri: requestUri } = await pushed.json();
      window.location.assign(login.origin + login.pathname + "?client_id="
        + encodeURIComponent(request.get("client_id")) + "&request_uri=" + encodeURIComponent(requestUri));
    } catch (e) {
      setStatus("The confirmation could not be started. Please try again.");
    }
  }

  // After returning from Keycloak: perform the waiting request once (the server guarantees once,
  // even if this runs twice, e.g. after a reload).
  async function resumePending() {
    const stored = sessionStorage.getItem(pendingKey);
    if (!stored) return;
    const pending = JSON.parse(stored);
    const resume = new URL(pending.resume);
    if (resume.origin !== window.location.origin) { // only ever call our own API
      sessionStorage.removeItem(pendingKey);
      return;
    }
    try {
      const result = await call("POST", resume.pathname.replace(/^.*\/api\//, ""));
      sessionStorage.removeItem(pendingKey);
      el("step-up").hidden = true;
      result.messages.forEach(render);
    } catch (e) {
      if (e.stepUp) {
        showStepUp(e.stepUp);
      } else {
        sessionStorage.removeItem(pendingKey);
        setStatus(e.message);
      }
    }
  }

  try {
    const config = await fetch(api + "chat-config").then((r) => r.json());
    session = config;
    keycloak = new Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
    await keycloak.init({ onLoad: "login-required", pkceMethod: "S256", checkLoginIframe: false });
    lastActivity = lastRefresh = Date.now();
    watchSession();
    showConsents(await call("GET", "me/consents"));
    const conversation = await openConversation();
    applyLanguage(conversation.language);
    conversation.messages.forEach(render);
    await showInsights();
    el("language").disabled = false;
    el("composer").hidden = false;
    showState(conversation);
    if (conversation.status !== "CLOSED") listen(conversation.id);
    el("sign-out").hidden = false;
    el("data-export-start").hidden = false;
    el("message").focus();
    await resumePending();
    resumeDataExport();
  } catch (e) {
    setStatus(e.message || "Sign-in failed. Please reload the page.");
    return;
  }

  el("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = el("message").value.trim();
    if (!text) return;
    el("message").value = "";
    send(text);
  });
  el("message").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      el("composer").requestSubmit();
    }
  });
  el("ask-person").addEventListener("click", () => action("handover"));
  el("end-chat").addEventListener("click", () => action("end"));
  el("survey").addEventListener("submit", async (event) => {
    event.preventDefault();
    const choice = el("survey").querySelector("input[name=score]:checked");
    if (!choice) { setStatus(t("chooseRating")); return; }
    const comment = el("survey-comment").value.trim();
    await action("satisfaction", { score: Number(choice.value), comment: comment || undefined });
    el("survey").hidden = true;
    setStatus(t("thanks"));
  });
  el("language").addEventListener("change", async () => {
    const conversation = sessionStorage.getItem(conversationKey);
    try {
      const result = await call("PUT", "conversations/" + encodeURIComponent(conversation) + "/language", { language: el("language").value });
      applyLanguage(el("language").value);
      result.messages.forEach(render);
    } catch (e) {
      setStatus(e.message);
    }
  });
  el("new-chat").addEventListener("click", () => {
    sessionStorage.removeItem(conversationKey);
    window.location.reload();
  });
  el("step-up-verify").addEventListener("click", stepUp);
  el("consent-improve-assistant").addEventListener("change", () => changeConsent("improve-assistant"));
  el("consent-personal-insights").addEventListener("change", () => changeConsent("personal-insights"));
  el("consent-product-offers").addEventListener("change", () => changeConsent("product-offers"));
  el("sign-out").addEventListener("click", signOut);
  el("data-export-start").addEventListener("click", startDataExport);
  el("data-export-json").addEventListener("click", () => downloadDataExport("json"));
  el("data-export-pdf").addEventListener("click", () => downloadDataExport("pdf"));
  // What counts as activity: the customer's own input on the page, nothing the server sends.
  ["keydown", "pointerdown", "submit"].forEach((type) => document.addEventListener(type, noteActivity, true));
  el("stay-signed-in").addEventListener("click", noteActivity);
})();
