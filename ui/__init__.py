"""ui package (filled by later issues)."""
