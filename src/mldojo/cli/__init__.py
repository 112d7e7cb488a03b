"""The command-line interface: Typer commands that parse, call one function, and render."""
