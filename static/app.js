// Optional help on top of pages that work without it: offline use and reading aloud.
"use strict";

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {});
}

// The read-aloud button stays hidden unless the browser has a voice for the text's language.
(() => {
  const button = document.querySelector("button.read-aloud");
  if (!button || !("speechSynthesis" in window)) return;
  const lang = button.dataset.lang;
  const voiceFor = () => speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
  const offer = () => {
    const voice = voiceFor();
    if (voice) button.hidden = false;
    return voice;
  };
  offer();
  speechSynthesis.addEventListener("voiceschanged", offer);
  button.addEventListener("click", () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      return;
    }
    const parts = document.querySelectorAll("article.offer h1, article.offer .summary, article.offer .description .text");
    const utterance = new SpeechSynthesisUtterance(Array.from(parts, (p) => p.innerText).join("\n\n"));
    utterance.lang = lang;
    utterance.voice = voiceFor() || null;
    speechSynthesis.speak(utterance);
  });
})();
