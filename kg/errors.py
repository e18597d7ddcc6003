"""Errors that the CLI turns into one clear line and a non-zero exit."""


class KgError(Exception):
    """A problem with the user's input or settings, explained in one line."""


class SkipArticle(KgError):
    """This article cannot be used; the build warns and goes on (or fails with --strict)."""
