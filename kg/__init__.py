"""kg: knowledge graphs of grassroots party-building innovation award cases."""
__version__ = "0.1.0"
