"""A release is made only from a checkout whose history includes the one ``dist/`` was released from.

Much of what a page shows has no review of its own to compare: a region's emergency number and
language-help line in leaflets.toml, a font, a stylesheet. A release from ``git checkout HEAD~1``,
or from a branch forked before a correction, would put back the language-help line corrected since,
and nothing would stop it: every page made from the old settings passes every gate. So a release
whose commit does not include the commit ``dist/manifest.json`` says ``dist/`` was released from
(``commit``; a manifest an earlier leaflets wrote: every page's ``commit``) publishes nothing, and
``dist/`` stays as it is, unless ``--allow-older-checkout`` says it is meant (a rollback on purpose).

Released as before: the same commit (a release made again, with uncommitted changes or not), a
later one (a ``git revert`` too: a new commit), one that merged it, and a project not in git.
Refused: an older commit, a branch that does not include it, and a checkout whose git does not
know that commit (a shallow clone: fetch the history). A working tree with uncommitted changes is
judged by its commit: what it changes is not known to be the correction.

:func:`refusal` is pure (git is asked through ``includes``); :func:`release_commit` and
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


def refusal(head: str, previous: Manifest, includes: Callable[[str, str], bool | None], dist: str) -> list[str]:
    """Why a release from ``head`` (its commit, DIRTY added for uncommitted changes; "": not in git)
    publishes nothing: its history does not include the commit ``dist/`` was released from
    (``includes(commit, head)``: True, False, or None when git does not know that commit). Empty:
    it may go on."""
    here = head.removesuffix(DIRTY)
    if not here:
        return []
    for commit in released_from(previous):
        found = includes(commit, here)
        if found:
            continue
        dirty = " (with uncommitted changes)" if head.endswith(DIRTY) else ""
        this = f"this checkout (commit {here[:12]}{dirty})"
        if found is None:
            why = (
                f"{this} cannot tell whether it comes after it: git here does not know that commit (a shallow "
                f"clone: git fetch --unshallow, and release again; or history rewritten since it was released, "
                f"a force-push: compare what dist/ shows before publishing this)"
            )
        elif includes(here, commit):
            why = f"{this} is older, an ancestor of it. Release from {commit[:12]} or a later commit"
        else:
            why = (
                f"{this} does not include it: a branch forked before it (merge {commit[:12]} into it, or release "
                f"from a commit that includes it), or history rewritten since it was released (git commit "
                f"--amend, a rebase: git diff {commit[:12]} HEAD shows what this would change)"
            )
        return [
            f"{dist}/manifest.json: {dist}/ was released from commit {commit[:12]}, and {why}; releasing "
            f"what does not include that release would put back whatever changed before it, a corrected phone "
            f"number in leaflets.toml or a template, with nothing to say so. To publish this checkout on "
            f"purpose: leaflets build --release {ALLOW}",
            f"release refused: no page is published from a checkout whose history does not include the "
            f"release {dist}/ was made from; {dist}/ is left exactly as the last release made it",
        ]
    return []


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
        lambda commit, head: review_history.includes(project.root, commit, head),
        project.relative(project.dist_dir),
    )
