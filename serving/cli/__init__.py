"""The `reallabor` command line: a client of the running server, plus `up`."""
