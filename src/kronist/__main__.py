"""`python -m kronist`: the `kronist` command."""

from kronist.cli import app

app(prog_name="kronist")
