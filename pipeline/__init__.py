"""leaflets: English Markdown patient leaflets to translated, checked HTML and PDF.

The public API is what this package exposes; every other module is internal::

    from pipeline import BuildOptions, build, check_project, load_project

    project = load_project()              # reads leaflets.toml here or above
    reports = check_project(project)      # findings per catalog
    result = build(project, BuildOptions(release=True))
"""

from pipeline import installed
from pipeline.build import BuildOptions, build
from pipeline.checks import check_project
from pipeline.config import load_project
from pipeline.findings import Finding
from pipeline.outcome import Outcome

# pyproject.toml is the one place it is written; "0+unknown" run from a checkout never installed
__version__ = installed.version("leaflets") or "0+unknown"
__all__ = ["BuildOptions", "Finding", "Outcome", "build", "check_project", "load_project"]
