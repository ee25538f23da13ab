"""Sample app for dockerdsl's real-build tests (standard library only)."""
