"""Stages shared by both front ends: chrome, selection and the enrichers."""
