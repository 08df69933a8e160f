"""rag package (filled by later issues)."""
