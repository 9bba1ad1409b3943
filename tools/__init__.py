"""Project tooling for Callback Atlas."""
