"""Tests of batch conversion (a package, so its conftest does not shadow tests/conftest.py)."""
