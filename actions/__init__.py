"""Custom actions: thin adapters between the Rasa tracker and services_db (no SQL here)."""
