// The exercise page: the editor, drafts saved as the learner types, Check (button and
// Ctrl+Enter) with the result shown in place, hints and the solution without a reload.
import { createEditor } from "./editor.js";
import { flash, getJSON, postJSON } from "./http.js";
import { typeset } from "./math.js";

const SAVE_AFTER_MS = 600;
// Browsers refuse a keepalive fetch (and sendBeacon) whose body, added to those of the
// page's other keepalive requests still in flight, passes 64 KiB. Only such a request
// outlives a closing tab, so a draft of that size or less is sent that way when the
// tab goes; a bigger one cannot be (and splitting it would not help: the cap is on the
// sum), so it is kept another way, see `leaving` below.
const KEEPALIVE_MAX_BYTES = 60 * 1024;

export function initExercise(root) {
  const form = document.getElementById("code-form");
  const textarea = document.getElementById("code");
  const saveState = document.getElementById("save-state");
  const checkButton = document.getElementById("check-button");
  const checkState = document.getElementById("check-state");
  const wordCount = document.getElementById("word-count");
  const isChoice = root.dataset.kind === "choice";
  let editor = null;

  function payload() {
    if (isChoice) {
      const chosen = [...form.querySelectorAll('input[name="choice"]:checked')];
      return { choice: chosen.map((input) => input.value) };
    }
    return { source: editor ? editor.value : textarea.value };
  }

  // Drafts: saved a moment after the last keystroke, and at once when the tab is left.
  let timer = null;
  let saved = JSON.stringify(payload());
  let inFlight = null;
  let sending = null; // the draft (as JSON) of the save in flight

  function say(text) {
    if (saveState) saveState.textContent = text;
  }

  function changed() {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_AFTER_MS);
    say("editing…");
    countWords();
  }

  async function saveNow({ keepalive = false } = {}) {
    clearTimeout(timer);
    timer = null;
    const body = payload();
    const key = JSON.stringify(body);
    if (key === saved) {
      say("saved");
      return;
    }
    say("saving…");
    const request = postJSON(form.dataset.draftUrl, body, { keepalive });
    inFlight = request;
    sending = key;
    try {
      await request;
      saved = key;
      if (inFlight === request) say("saved");
    } catch (error) {
      say("not saved");
      flash(error.message);
    } finally {
      if (inFlight === request) sending = null;
    }
  }

  function unsaved() {
    const key = JSON.stringify(payload());
    return key === saved ? null : key;
  }

  function fitsKeepalive(key) {
    return new Blob([key]).size <= KEEPALIVE_MAX_BYTES; // the UTF-8 bytes sent
  }

  // The tab is hidden (another tab, a minimised window: the page still runs, so even a
  // big draft's ordinary fetch finishes) or being closed (only a keepalive fetch
  // finishes). A draft too big for keepalive is also saved when the tab starts to close
  // (beforeunload), and while it is not saved yet the browser asks the learner to stay:
  // staying lets its save finish. Saves 600 ms after each pause in typing keep that
  // window short, so the question is rare.
  function leaving() {
    const key = unsaved();
    if (key === null) return;
    if (fitsKeepalive(key)) saveNow({ keepalive: true });
    else if (key !== sending) saveNow();
  }
  window.addEventListener("pagehide", leaving);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") leaving();
  });
  window.addEventListener("beforeunload", (event) => {
    const key = unsaved();
    if (key === null || fitsKeepalive(key)) return; // pagehide's keepalive save suffices
    if (key !== sending) saveNow();
    event.preventDefault();
    event.returnValue = ""; // older browsers ask only when this is set
  });

  function countWords() {
    if (!wordCount) return;
    const words = (editor ? editor.value : textarea.value).split(/\s+/).filter(Boolean).length;
    const { min, max } = wordCount.dataset;
    const within = words >= Number(min) && words <= Number(max);
    wordCount.textContent = `${words} words (${min} to ${max})`;
    wordCount.classList.toggle("warn", !within);
  }

  function swap(parts) {
    for (const [slot, html] of Object.entries(parts || {})) {
      const target = document.getElementById(slot);
      if (target) {
        target.innerHTML = html;
        typeset(target);
      }
    }
  }

  let checking = false;
  async function check() {
    if (checking || !checkButton || checkButton.disabled) return;
    checking = true;
    clearTimeout(timer);
    checkButton.classList.add("busy");
    checkButton.textContent = "Checking…";
    checkState.textContent = "";
    const body = payload();
    try {
      const data = await postJSON(form.dataset.checkUrl, body);
      saved = JSON.stringify(body); // a check saves the code it checked as the draft
      say("saved");
      swap(data.html);
      checkState.textContent = data.result.passed ? "Passed" : "Not yet";
      document.getElementById("result").scrollIntoView({ block: "nearest", behavior: "smooth" });
      // The history, status and next step follow, once the result is on screen.
      getJSON(form.dataset.partsUrl)
        .then((parts) => swap(parts.html))
        .catch((error) => flash(error.message));
    } catch (error) {
      flash(error.message);
    } finally {
      checking = false;
      checkButton.classList.remove("busy");
      checkButton.textContent = "Check";
    }
  }

  if (textarea) {
    editor = createEditor(textarea, { onChange: changed, onCheck: check });
    window.mldojoEditor = editor; // for the browser's console and end-to-end tests
    countWords();
  } else {
    form.addEventListener("change", changed);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (event.submitter && event.submitter.id === "save-button") saveNow();
    else check();
  });

  // Ctrl+Enter anywhere on the page (the editor handles its own and stops it).
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && !event.defaultPrevented) {
      event.preventDefault();
      check();
    }
  });

  // Hints and the solution: their forms post in place and swap their panel.
  root.addEventListener("submit", async (event) => {
    const swapping = event.target.closest("form[data-swap]");
    if (!swapping) return;
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(swapping));
    delete fields.csrf_token;
    const button = swapping.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    try {
      const data = await postJSON(swapping.action, fields);
      swap(data.html);
    } catch (error) {
      flash(error.message);
      if (button) button.disabled = false;
    }
  });

  // An attempt's code back in the editor.
  root.addEventListener("click", (event) => {
    const button = event.target.closest("[data-restore]");
    if (!button || !editor) return;
    const source = button.parentElement.querySelector(".attempt-source");
    editor.value = source.textContent;
    editor.focus();
    textarea.closest("form").scrollIntoView({ block: "nearest", behavior: "smooth" });
  });
}
