"""newsarchive: a search engine for archives of German news articles.

Pipeline: :mod:`newsarchive.parse` → :mod:`newsarchive.entities` →
:mod:`newsarchive.archive` → :mod:`newsarchive.index` → search / :mod:`newsarchive.site`.
"""

__version__ = "0.1.0"
