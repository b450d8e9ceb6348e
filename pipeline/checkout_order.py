"""A release is not made from a checkout older than the one ``dist/`` was released from.

Much of what a page shows has no review of its own to compare: a region's emergency number and
language-help line in leaflets.toml, a font, a stylesheet. A release from ``git checkout HEAD~1``
would put back the language-help line corrected since, and nothing would stop it: every page
made from the old settings passes every gate. So a release whose commit is a **strict ancestor**
of the commit ``dist/manifest.json`` says ``dist/`` was released from (``commit``; a manifest an
earlier leaflets wrote: any page's ``commit``) publishes nothing, and ``dist/`` stays as it is,
unless ``--allow-older-checkout`` says it is meant (a rollback on purpose).

Not refused: the same commit (a release made again, with uncommitted changes or not), a later one,
one that is not an ancestor (another branch, a commit git does not know: a shallow clone; the other
rules judge what it publishes), and a project not in git. A working tree with uncommitted changes
on an older commit is judged by its commit: what it changes is not known to be the correction.

:func:`refusal` is pure (git is asked through ``comes_before``); :func:`release_commit` and
:func:`project_refusal` ask git, for ``build --release`` and ``status``.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import review_history
from pipeline.config import Project
from pipeline.manifest import DIRTY, Manifest

ALLOW = "--allow-older-checkout"


def released_from(previous: Manifest) -> tuple[str, ...]:
    """The commits ``dist/`` says it was released from, without the dirty mark: the manifest's own,
    or (written by an earlier leaflets, which did not record it) every page's."""
    said = (previous.commit,) if previous.commit else tuple(f.commit for f in previous.files().values())
    return tuple(sorted({commit.removesuffix(DIRTY) for commit in said if commit}))


def refusal(head: str, previous: Manifest, comes_before: Callable[[str, str], bool], dist: str) -> list[str]:
    """Why a release from ``head`` (its commit, DIRTY added for uncommitted changes; "": not in git)
    publishes nothing: it is older than the release that made ``dist/``. Empty: it may go on."""
    here = head.removesuffix(DIRTY)
    later = [commit for commit in released_from(previous) if comes_before(here, commit)]
    if not here or not later:
        return []
    dirty = " (with uncommitted changes)" if head.endswith(DIRTY) else ""
    return [
        f"{dist}/manifest.json: {dist}/ was released from commit {later[0][:12]}, which comes after this "
        f"checkout (commit {here[:12]}{dirty}, an ancestor of it): releasing it would put back whatever changed "
        f"since, a corrected phone number in leaflets.toml or a template, with nothing to say so. Release from "
        f"{later[0][:12]} or a later commit (check out the branch it is on), or, to publish this older checkout on purpose, "
        f"leaflets build --release {ALLOW}",
        f"release refused: no page is published from an older checkout than {dist}/ was released from; "
        f"{dist}/ is left exactly as the last release made it",
    ]


def release_commit(project: Project) -> str:
    """The commit a release is made from, DIRTY added for uncommitted changes ("": not in git): what
    a release writes (dist/, build/, the new release made beside dist/) does not make the tree dirty."""
    written = (project.relative(project.dist_dir), project.relative(project.build_dir), ".dist.*")
    # a folder set outside the project is not in its working tree (and a pathspec there is an error)
    inside = tuple(path for path in written if not path.startswith(("/", "../")))
    return review_history.head_commit(project.root, inside)


def project_refusal(project: Project, head: str, previous: Manifest) -> list[str]:
    """:func:`refusal` of a release from ``head`` in ``project``, its git asked."""
    return refusal(
        head,
        previous,
        lambda older, newer: review_history.comes_before(project.root, older, newer),
        project.relative(project.dist_dir),
    )
