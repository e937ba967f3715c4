"""Rasa graph components for the navigator's NLU, and the pure-Python logic they wrap.

The pure modules (needs, roles) import nothing from rasa, so the evaluation script and
tests can use them directly; the component modules adapt them to the Rasa pipeline.
"""
