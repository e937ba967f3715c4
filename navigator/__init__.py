"""Cross-cutting pieces shared by the web server, the launcher and the actions."""
