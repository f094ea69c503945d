"""Demilge: local-initiative and state social order competitions, offline first."""

__version__ = "0.1.0"
APP_NAME = "Demilge"
APP_AUTHOR = "Demilge"
