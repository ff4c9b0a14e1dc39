"""Reference data shipped with cschub (see README.md in this folder for where each came from)."""
