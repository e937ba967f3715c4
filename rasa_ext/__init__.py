"""Rasa extensions: the REST input channel with a forget route, the redacting tracker store,
and a hot-path fix for validating action-server replies (speedups).

This is the only project package besides the trained model that imports rasa.
"""
