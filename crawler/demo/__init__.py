"""The bundled sample municipality website for `oit demo` and the small HTTP server that serves it."""
