// The front end's entry: typesets math everywhere, then wires the page it is on.
import "./app.css";
import { initExercise } from "./exercise.js";
import { initFilters } from "./listing.js";
import { typeset } from "./math.js";

function start() {
  typeset(document);
  const workbench = document.getElementById("workbench");
  if (workbench) initExercise(workbench);
  const filters = document.querySelector("form[data-live-filter]");
  if (filters) initFilters(filters);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
