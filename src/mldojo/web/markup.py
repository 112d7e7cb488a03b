"""Markdown with math, and highlighted code, rendered once on the server.

Statements, hints and notes are Markdown with `$math$` (CommonMark with tables;
raw HTML is escaped, never passed through). Math is left as TeX in
`<span class="math">` for KaTeX to typeset in the browser; code blocks and
sources are highlighted by Pygments, so a page reads well before any script runs.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup
from mdit_py_plugins.dollarmath import dollarmath_plugin
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import MarkdownLexer, PythonLexer, get_lexer_by_name
from pygments.util import ClassNotFound


def _math_rule(tag: str, display: bool) -> Any:
    """TeX kept as text for KaTeX: `<span class="math">` inline, `math-display` for display."""
    css = "math math-display" if display else "math"

    def render(self: Any, tokens: Any, idx: int, *_: Any) -> str:
        html = f'<{tag} class="{css}">{escape(tokens[idx].content.strip())}</{tag}>'
        return html + "\n" if tag == "div" else html

    return render


_CODE = HtmlFormatter(nowrap=True)


def _fence(source: str, language: str, _attrs: Any) -> str:
    try:
        lexer = get_lexer_by_name(language or "text")
    except ClassNotFound:
        return ""  # markdown-it escapes it as plain code
    return f'<pre class="highlight"><code>{highlight(source, lexer, _CODE)}</code></pre>'


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "highlight": _fence}).enable("table")
    md.use(dollarmath_plugin, allow_digits=False, double_inline=True)
    md.add_render_rule("math_inline", _math_rule("span", display=False))
    md.add_render_rule("math_inline_double", _math_rule("span", display=True))
    md.add_render_rule("math_block", _math_rule("div", display=True))
    md.add_render_rule("math_block_label", _math_rule("div", display=True))
    return md


_MD = _parser()


@lru_cache(maxsize=2048)
def markdown(text: str) -> Markup:
    """Statement, hint or note text as safe HTML (cached: content does not change)."""
    return Markup(_MD.render(text))


@lru_cache(maxsize=256)
def statement(text: str) -> Markup:
    """A statement without its leading `# Title`, which the page shows above it."""
    lines = text.lstrip().splitlines(keepends=True)
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return markdown("".join(lines))


# Highlighting wraps every token in a <span>, about seven times the bytes of the source:
# a source longer than this (data pasted in, up to the 1 MB a submission may hold) is
# shown plain, so that a page listing a few such attempts stays light, and is not kept
# in the cache of highlighted sources.
HIGHLIGHT_MAX_CHARS = 50_000


def code(source: str, language: str = "python") -> Markup:
    """A source highlighted as Python (or Markdown for a written report); a long one
    plain."""
    if len(source) > HIGHLIGHT_MAX_CHARS:
        return Markup(f'<pre class="highlight"><code>{escape(source)}</code></pre>')
    return _highlighted(source, language)


@lru_cache(maxsize=512)
def _highlighted(source: str, language: str) -> Markup:
    lexer = MarkdownLexer() if language == "markdown" else PythonLexer()
    return Markup(f'<pre class="highlight"><code>{highlight(source, lexer, _CODE)}</code></pre>')


def pygments_css() -> str:
    """The highlighting colours (`assets/pygments.css` is made from this)."""
    return str(HtmlFormatter().get_style_defs(".highlight"))
