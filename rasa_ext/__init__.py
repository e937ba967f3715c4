"""Rasa extensions: the REST input channel with a forget route, and the redacting tracker store.

This is the only project package besides the trained model that imports rasa.
"""
