"""The service directory: YAML source of truth, validation, loading, search and plans."""
