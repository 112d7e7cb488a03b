// Math: the server leaves TeX in <span class="math"> (or .math-display); KaTeX typesets it.
import katex from "katex";

export function typeset(root) {
  for (const element of root.querySelectorAll(".math:not([data-tex])")) {
    const tex = element.textContent;
    try {
      katex.render(tex, element, {
        displayMode: element.classList.contains("math-display"),
        throwOnError: false,
      });
      element.dataset.tex = tex;
    } catch {
      // a formula KaTeX cannot read stays as its TeX source, which still reads
    }
  }
}
