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
// A reload sends its request for the page before the old page is gone, so the save
// sent when the tab is left can reach the server after the new page was made from the
// older draft. What was unsaved is therefore also kept in this tab's sessionStorage
// (with the drafts the server may have: the one saved, and any still being sent) and
// put back by the next page of this exercise in the same tab, unless the server has
// it, or another tab saved since.
const RESCUE_PREFIX = "mldojo-unsaved:";
// Tabs of one exercise tell each other what they saved: a tab with nothing unsaved
// takes the other's draft, so its next keystroke does not save its older text over it.
const DRAFTS_CHANNEL = "mldojo-drafts";

export function initExercise(root) {
  const form = document.getElementById("code-form");
  // Drafts are saved as the learner types, so the page is made from the newest: a
  // browser must not fill the fields, on Back, with what they held when it was left.
  // (Without this script it should: that text is then saved nowhere else.)
  form.setAttribute("autocomplete", "off");
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
    countWords();
    // "... is in the editor; Ctrl+Z brings back what you had" holds until the next edit.
    if (checkState.dataset.putBack) {
      checkState.textContent = "";
      delete checkState.dataset.putBack;
    }
    if (unsaved() === null) {
      // back to what is saved (an undo, or another tab's draft taken): nothing to send
      timer = null;
      say("saved");
      return;
    }
    timer = setTimeout(saveNow, SAVE_AFTER_MS);
    say("editing…");
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
      announce(key);
      if (inFlight === request) say("saved");
      if (unsaved() === null) forgetRescue();
    } catch (error) {
      say("not saved");
      flash(error.message);
    } finally {
      if (inFlight === request) sending = null;
    }
  }

  const rescueKey = RESCUE_PREFIX + root.dataset.exercise;

  function rescue(key) {
    // The draft the server has when the next page is made: the one saved, or the one
    // whose save is still in flight (it may land first, or be cut off by the unload).
    const bases = sending === null ? [saved] : [saved, sending];
    try {
      sessionStorage.setItem(rescueKey, JSON.stringify({ key, bases }));
    } catch {
      // storage full or refused: the save sent when leaving is all there is
    }
  }

  function forgetRescue() {
    try {
      sessionStorage.removeItem(rescueKey);
    } catch {
      // nothing kept
    }
  }

  // The answer as the page shows it: the editor's text, or the options ticked.
  function show(body) {
    if (isChoice) {
      const chosen = Array.isArray(body.choice) ? body.choice : [];
      for (const input of form.querySelectorAll('input[name="choice"]')) {
        input.checked = chosen.includes(input.value);
      }
    } else if (editor && typeof body.source === "string") {
      editor.value = body.source;
    } else {
      return false;
    }
    return true;
  }

  function restoreRescued() {
    let entry = null;
    try {
      entry = JSON.parse(sessionStorage.getItem(rescueKey) || "null");
    } catch {
      entry = null;
    }
    forgetRescue();
    if (!entry || typeof entry.key !== "string" || !Array.isArray(entry.bases)) return;
    const current = JSON.stringify(payload());
    // The server has it already, or the draft changed elsewhere since: nothing to put back.
    if (entry.key === current || !entry.bases.includes(current)) return;
    let body = null;
    try {
      body = JSON.parse(entry.key);
    } catch {
      return;
    }
    if (show(body)) saveNow();
  }

  const exerciseId = root.dataset.exercise;
  const channel = "BroadcastChannel" in window ? new BroadcastChannel(DRAFTS_CHANNEL) : null;

  function announce(key) {
    if (channel) channel.postMessage({ exercise: exerciseId, key });
  }

  if (channel) {
    channel.addEventListener("message", ({ data }) => {
      if (!data || data.exercise !== exerciseId || typeof data.key !== "string") return;
      if (data.key === saved) return;
      if (unsaved() !== null) {
        flash(
          "This exercise was also saved from another tab: the changes you are making here " +
            "will be saved over that tab's version (its earlier checks keep their code).",
        );
        return;
      }
      let body = null;
      try {
        body = JSON.parse(data.key);
      } catch {
        return;
      }
      saved = data.key;
      if (!show(body)) return;
      say("updated from another tab");
      // What this tab had (saved, then saved over by the other) is one Undo away.
      if (editor) offerUndo("The other tab's draft is in the editor.");
    });
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
    rescue(key);
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
    // As the grader counts: words, not the Markdown marks between them (#, -, |).
    const { min, max, word } = wordCount.dataset;
    const words = ((editor ? editor.value : textarea.value).match(new RegExp(word, "g")) || [])
      .length;
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
    checkButton.classList.add("busy");
    checkButton.textContent = "Checking…";
    // The verdict on screen is the last check's until this one answers: dimmed, not taken
    // for this one's.
    const result = document.getElementById("result");
    result.classList.add("stale");
    result.setAttribute("aria-busy", "true");
    checkState.textContent = "";
    delete checkState.dataset.putBack;
    const body = payload();
    try {
      const data = await postJSON(form.dataset.checkUrl, body);
      // The server keeps the code checked as the draft unless a newer draft was saved
      // while it ran (typed since, here or in another tab), so this tab does not take
      // it for saved: its own saves, due as the learner types, keep the draft current.
      if (unsaved() !== null && timer === null) saveNow();
      swap(data.html);
      checkState.textContent = data.result.passed ? "Passed" : "Not yet";
      document.getElementById("result").scrollIntoView({ block: "nearest", behavior: "smooth" });
      // The history, status and next step follow, once the result is on screen.
      getJSON(form.dataset.partsUrl)
        .then((parts) => swap(parts.html))
        .catch((error) => flash(error.message));
    } catch (error) {
      flash(error.message);
      // The check did not save the code: what is unsaved is due to be.
      if (unsaved() !== null && timer === null) timer = setTimeout(saveNow, SAVE_AFTER_MS);
    } finally {
      checking = false;
      result.classList.remove("stale");
      result.removeAttribute("aria-busy");
      checkButton.classList.remove("busy");
      checkButton.textContent = "Check";
    }
  }

  if (textarea) {
    editor = createEditor(textarea, { onChange: changed, onCheck: check });
    window.mldojoEditor = editor; // for the browser's console and end-to-end tests
    // Tab indents in the editor; say how a keyboard leaves it (CodeMirror's Esc, Tab).
    const keys = document.getElementById("editor-keys");
    if (keys) keys.hidden = false;
    countWords();
  } else {
    form.addEventListener("change", changed);
  }
  restoreRescued();

  // A page the browser kept whole (Back or Forward) shows the draft as it was when the
  // page was left, which a check or another tab may have changed since: make it afresh
  // (what was unsaved went with the leaving, and is kept for the page as a reload's is).
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) window.location.reload();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (event.submitter && event.submitter.id === "save-button") saveNow();
    else check();
  });

  // Escape closes an open confirmation (the solution's) that holds the focus, as it
  // would a dialog, and gives the focus back to the button that opened it.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const open = [...document.querySelectorAll("details.confirm[open]")].find((question) =>
      question.contains(document.activeElement),
    );
    if (!open) return;
    open.open = false;
    open.querySelector("summary").focus();
  });

  // Ctrl+Enter anywhere on the page (the editor handles its own and stops it), but not
  // in another form's field, such as the search box.
  document.addEventListener("keydown", (event) => {
    const elsewhere = event.target.closest && event.target.closest("form") !== form &&
      event.target.closest("input, textarea, select");
    if (elsewhere) return;
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
      // The button pressed is gone with the old panel: a keyboard (or a screen reader)
      // goes on from what it brought, the newest hint or the solution.
      const panel = document.getElementById(swapping.dataset.swap);
      const shown = panel && panel.querySelector("[data-focus]");
      if (shown) shown.focus({ preventScroll: true });
    } catch (error) {
      flash(error.message);
      if (button) button.disabled = false;
    }
  });

  // After code was put in the editor (one edit, which Ctrl+Z undoes): the status line
  // says what it is, with an Undo button, until the next edit.
  function offerUndo(said) {
    checkState.textContent = `${said} `;
    const undoButton = document.createElement("button");
    undoButton.type = "button";
    undoButton.className = "button small secondary";
    undoButton.id = "undo-put";
    undoButton.textContent = "Undo";
    checkState.append(undoButton);
    checkState.dataset.putBack = "yes"; // set after the edit, which it outlives
  }

  // Code from mldojo put in the editor as one edit that Ctrl+Z undoes, the status line
  // saying what it is, with an Undo button, until the next edit: `ask` (on a click of a
  // button matching `selector`) answers with the code and what to say.
  function putInEditorOn(selector, ask) {
    root.addEventListener("click", async (event) => {
      const button = event.target.closest(selector);
      if (!button || !editor) return;
      event.preventDefault(); // Start over is a form's button too, for a page without scripts
      button.disabled = true;
      try {
        const { source, said } = await ask(button);
        editor.value = source;
        offerUndo(said);
        editor.focus();
        textarea.closest("form").scrollIntoView({ block: "nearest", behavior: "smooth" });
      } catch (error) {
        flash(error.message);
      } finally {
        button.disabled = false;
      }
    });
  }

  // Undo, beside what was put in the editor: the edit is undone (which clears the line).
  root.addEventListener("click", (event) => {
    if (!event.target.closest("#undo-put") || !editor) return;
    editor.undo();
    editor.focus();
  });

  // Start over, as `mldojo start --fresh`: the server keeps the code (the editor's too,
  // saved or not) beside the workspace file and answers with the starter.
  putInEditorOn("[data-start-over]", async (button) => {
    const answer = await postJSON(button.dataset.startOver, { source: editor.value });
    button.closest("details").open = false;
    const said = answer.kept.length
      ? `The starter is in the editor; your code is kept in ${answer.kept.join(", ")}.`
      : "The starter is in the editor.";
    return { source: answer.source, said };
  });

  // An attempt's code, byte for byte as it was checked (asked for on demand: the page
  // shows it highlighted, and a second copy of every attempt would make the page
  // heavier with each check).
  putInEditorOn("[data-restore]", async (button) => {
    const { source } = await getJSON(button.dataset.restore);
    return { source, said: button.dataset.said || "" };
  });
}
