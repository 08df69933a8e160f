"""The UI's screens, one module each."""
