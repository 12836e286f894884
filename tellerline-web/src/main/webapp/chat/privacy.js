// The chat's privacy notice, from the public API, in the language asked for (?lang=de) or the
// browser's. Text is inserted with textContent, never HTML.
"use strict";

(async function () {
  const el = (id) => document.getElementById(id);
  const asked = new URLSearchParams(window.location.search).get("lang")
    || (navigator.language || "en").slice(0, 2);
  const lang = asked === "de" ? "de" : "en";
  try {
    const response = await fetch(new URL("../api/privacy-notice?lang=" + lang, document.baseURI).href,
      { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error("notice " + response.status);
    const notice = await response.json();
    document.documentElement.lang = notice.language;
    el("notice-title").textContent = notice.title;
    document.title = notice.title;
    const sections = el("notice-sections");
    sections.replaceChildren();
    notice.sections.forEach((section) => {
      const heading = document.createElement("h2");
      heading.textContent = section.heading;
      sections.append(heading);
      section.paragraphs.forEach((text) => {
        const paragraph = document.createElement("p");
        paragraph.textContent = text;
        sections.append(paragraph);
      });
    });
    el("notice-version").textContent = notice.version;
  } catch (e) {
    el("notice-sections").textContent = "The privacy notice could not be loaded. Please try again.";
  }
})();
