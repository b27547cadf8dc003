"""The public API: what ``articlekit`` exports, and that it is typed and documented."""

from __future__ import annotations

import inspect

import articlekit


def test_all_is_sorted_and_complete() -> None:
    assert list(articlekit.__all__) == sorted(articlekit.__all__)
    for name in articlekit.__all__:
        assert hasattr(articlekit, name), name


def test_core_functions_are_exported() -> None:
    for name in ("extract", "extract_html", "extract_text", "Article", "InputError"):
        assert name in articlekit.__all__


def test_public_callables_have_docstrings_and_annotations() -> None:
    for name in articlekit.__all__:
        member = getattr(articlekit, name)
        assert inspect.getdoc(member), f"{name} has no docstring"
        if inspect.isfunction(member):
            signature = inspect.signature(member)
            assert signature.return_annotation is not inspect.Signature.empty, name
            for parameter in signature.parameters.values():
                assert parameter.annotation is not inspect.Parameter.empty, (name, parameter)


def test_error_tree() -> None:
    assert issubclass(articlekit.InputError, articlekit.ArticlekitError)
    assert issubclass(articlekit.InputError, ValueError)
    assert issubclass(articlekit.DecodeError, articlekit.InputError)
    assert issubclass(articlekit.LexiconError, articlekit.ArticlekitError)
    assert issubclass(articlekit.LexiconError, LookupError)


def test_package_is_typed() -> None:
    from importlib import resources

    assert resources.files("articlekit").joinpath("py.typed").is_file()
