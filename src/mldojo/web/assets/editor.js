// The code editor: CodeMirror 6 over the page's <textarea>, which it keeps in sync, so
// the form still posts the code and the page works the same without scripts.
import { indentWithTab, isolateHistory, undo } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { python } from "@codemirror/lang-python";
import { indentUnit } from "@codemirror/language";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { basicSetup } from "codemirror";

function cspNonce() {
  const meta = document.querySelector('meta[name="csp-nonce"]');
  return meta ? meta.content : "";
}

export function createEditor(textarea, { onChange, onCheck }) {
  const host = document.createElement("div");
  host.className = "editor-host";
  textarea.after(host);
  textarea.hidden = true;
  const language =
    textarea.dataset.language === "markdown" ? [markdown(), EditorView.lineWrapping] : [python()];
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        // Before basicSetup, whose Mod-Enter would insert a blank line.
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onCheck(), true) }])),
        basicSetup,
        keymap.of([indentWithTab]),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        ...language,
        // The page's CSP allows CodeMirror's <style> element only with this nonce.
        EditorView.cspNonce.of(cspNonce()),
        EditorView.contentAttributes.of({ "aria-label": textarea.getAttribute("aria-label") || "" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            textarea.value = update.state.doc.toString();
            onChange(textarea.value);
          }
        }),
      ],
    }),
  });
  return {
    view,
    get value() {
      return view.state.doc.toString();
    },
    // A step of its own in the undo history (never merged with the typing just before
    // it), so that Ctrl+Z brings back exactly the text it replaced.
    set value(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        annotations: isolateHistory.of("full"),
      });
    },
    focus() {
      view.focus();
    },
    // Ctrl+Z, for a button (a phone has no Ctrl key).
    undo() {
      return undo(view);
    },
  };
}
