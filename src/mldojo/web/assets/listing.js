// Filtering a listing as the learner types. The server renders every row of the area or
// skill and hides those the filters leave out, so this can widen a filter as well as narrow it.

export function initFilters(form) {
  const rows = [...document.querySelectorAll("#exercise-table tbody tr")];
  const noMatch = document.getElementById("no-match");
  const query = form.elements.namedItem("q");
  const kind = form.elements.namedItem("kind");
  const status = form.elements.namedItem("status");

  function apply() {
    // Folded as the server folds a row's text: lower case, accents aside ("naïve").
    const folded = query.value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    const words = folded.split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const keep =
        (!kind.value || row.dataset.kind === kind.value) &&
        (!status.value || row.dataset.status === status.value) &&
        words.every((word) => row.dataset.text.includes(word));
      row.hidden = !keep;
      if (keep) shown += 1;
    }
    if (noMatch) noMatch.hidden = shown > 0;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) params.set(name, value);
    const search = params.toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname);
  }

  query.addEventListener("input", apply);
  kind.addEventListener("change", apply);
  status.addEventListener("change", apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
}
