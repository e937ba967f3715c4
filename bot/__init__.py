"""The web side and the launcher: serves the widget and worker page, forwards chat
to Rasa's REST channel on the same origin, and starts the whole stack.

Nothing here imports rasa: the dialogue engine runs in its own processes.
"""
