// Talking to the app: JSON POSTs carrying the CSRF token, errors in the app's one shape.

function token() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

const OFFLINE =
  "mldojo did not answer (its server may have stopped): your code is still here; " +
  "try again in a moment, and once mldojo runs again, reload this page.";

export class RequestFailed extends Error {
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

export async function postJSON(url, body, { keepalive = false } = {}) {
  let response;
  try {
    response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive,
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRF-Token": token(),
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new RequestFailed("Offline", OFFLINE, 0);
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (data && data.error) || {
      kind: "HTTPError",
      message: `mldojo answered with status ${response.status}: reload the page.`,
    };
    throw new RequestFailed(error.kind, error.message, response.status);
  }
  answered();
  return data;
}

export async function getJSON(url) {
  let response;
  try {
    response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  } catch {
    throw new RequestFailed("Offline", OFFLINE, 0);
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data && data.error) || { kind: "HTTPError", message: `mldojo answered ${response.status}.` };
    throw new RequestFailed(error.kind, error.message, response.status);
  }
  answered();
  return data;
}

let hideLater = null;

// mldojo answers again: a message that said it did not is no longer true.
function answered() {
  const box = document.getElementById("flash");
  if (box && !box.hidden && box.textContent === OFFLINE) {
    box.hidden = true;
    clearTimeout(hideLater);
  }
}

export function flash(message) {
  const box = document.getElementById("flash");
  if (!box) return;
  box.textContent = message;
  box.hidden = false;
  clearTimeout(hideLater);
  hideLater = setTimeout(() => {
    box.hidden = true;
  }, 10000);
}
