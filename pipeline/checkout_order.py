"""A release is made only from a checkout whose history includes the one ``dist/`` was released from.

Much of what a page shows has no review of its own to compare: a region's emergency number and
language-help line in leaflets.toml, a font, a stylesheet. A release from ``git checkout HEAD~1``,
or from a branch forked before a correction, would put back the language-help line corrected since,
and nothing would stop it: every page made from the old settings passes every gate. So a release
whose commit does not include the commit ``dist/manifest.json`` says ``dist/`` was released from
(``commit``; a manifest an earlier leaflets wrote: every page's ``commit``) publishes nothing, and
``dist/`` stays as it is, unless ``--allow-older-checkout`` says it is meant (a rollback on purpose).

Released as before: the same commit (a release made again), a later one (a ``git revert`` too: a
new commit), one that merged it, and a project not in git. Refused: an older commit, a branch that
does not include it, and a checkout whose git does not know that commit (a shallow clone: fetch the
history). A working tree with uncommitted changes is judged by its commit: what it changes is not
known to be the correction.

Uncommitted changes a release was made with are a correction no commit holds: ``dist/`` released
from commit X with ``leaflets.toml``'s emergency number corrected but not committed, then ``git
stash`` (or ``git checkout -- .``) and a release of X again would put the wrong number back, the
same commit on both sides. So a release from a working tree with uncommitted changes records their
digest (``uncommitted``: :func:`uncommitted`), and a release of the same commit is refused as well
when ``dist/`` was released with uncommitted changes and this checkout has none, or has other ones
(another digest). The same changes again are released as before. Limits: a later commit that
includes X is released as before, whether or not it holds the changes ``dist/`` was released with
(they were presumably committed; if they were not, the rule above cannot tell, as it cannot for an
edit of a clean X released and then undone: it compares commits, not files). A manifest an earlier
leaflets wrote, or one whose release could not list its changes, records no digest: what its
changes were is unknown, and it is not refused for that alone (only by its commit, as before).

:func:`refusal` is pure (git is asked through ``includes`` and ``uncommitted``); :func:`release_commit`,
:func:`uncommitted` and :func:`project_refusal` ask git, for ``build --release`` and ``status``.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import review_history
from pipeline.config import Project
from pipeline.manifest import DIRTY, Manifest
from pipeline.review_history import NO_CHANGES, WorkingChanges

ALLOW = "--allow-older-checkout"


def released_from(previous: Manifest) -> tuple[str, ...]:
    """The commits ``dist/`` says it was released from, without the dirty mark: the manifest's own,
    or (written by an earlier leaflets, which did not record it) every page's."""
    said = (previous.commit,) if previous.commit else tuple(f.commit for f in previous.files().values())
    return tuple(sorted({commit.removesuffix(DIRTY) for commit in said if commit}))


def refusal(
    head: str,
    previous: Manifest,
    includes: Callable[[str, str], bool | None],
    dist: str,
    uncommitted: Callable[[], WorkingChanges] = WorkingChanges,
) -> list[str]:
    """Why a release from ``head`` (its commit, DIRTY added for uncommitted changes; "": not in git)
    publishes nothing: its history does not include the commit ``dist/`` was released from
    (``includes(commit, head)``: True, False, or None when git does not know that commit), or it is
    that commit without the uncommitted changes ``dist/`` was released with (``uncommitted()``: this
    checkout's, asked only then; their digest "": git could not list them). Empty: it may go on."""
    here = head.removesuffix(DIRTY)
    if not here:
        return []
    for commit in released_from(previous):
        if commit == here:  # included; but the changes it was released with may not be
            without = _without_changes_released(head, previous, uncommitted, dist)
            if without:
                return without
            continue
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


def _without_changes_released(
    head: str, previous: Manifest, uncommitted: Callable[[], WorkingChanges], dist: str
) -> list[str]:
    """Why a release from ``head``, the commit ``dist/`` was released from, publishes nothing: ``dist/``
    was released with uncommitted changes (their digest recorded) and this checkout has none, or
    other ones. Empty: the same changes, or ``dist/`` released without any, or their digest unknown."""
    recorded = previous.uncommitted
    if not previous.commit.endswith(DIRTY) or not recorded:
        return []  # committed, or written by an earlier leaflets: nothing known to compare
    here = head.removesuffix(DIRTY)
    now = uncommitted() if head.endswith(DIRTY) else NO_CHANGES
    if now.digest == recorded:
        return []
    if not head.endswith(DIRTY):
        has = "none of them: a clean working tree (after git stash or git checkout -- ., say)"
    elif now.digest:
        has = "other uncommitted changes than those"
    else:
        has = "uncommitted changes git could not list, not known to be those"
    return [
        f"{dist}/manifest.json: {dist}/ was released from commit {here[:12]} with uncommitted changes, and this "
        f"checkout (commit {here[:12]}) has {has}{_paths_apart(previous.uncommitted_paths, now)}; releasing it "
        f"would take back whatever those changes corrected, a phone number in leaflets.toml or a template, with "
        f"nothing to say so. Commit the changes {dist}/ was released with (git stash pop, if they were stashed) "
        f"and release that commit; to publish this checkout on purpose: leaflets build --release {ALLOW}",
        f"release refused: no page is published from the commit {dist}/ was released from without the "
        f"uncommitted changes it was released with; {dist}/ is left exactly as the last release made it",
    ]


_MOST_PATHS_NAMED = 8  # a message names this many paths of uncommitted changes, and counts the rest


def listed(paths: list[str], noun: str = "") -> str:
    """``paths`` as a message names them: the first few, and how many more ("a, b and 3 more paths")."""
    more = len(paths) - _MOST_PATHS_NAMED
    return ", ".join(paths[:_MOST_PATHS_NAMED]) + (f" and {more} more{noun}" if more > 0 else "")


def _paths_apart(released: dict[str, str], now: WorkingChanges) -> str:
    """The paths where the changes ``dist/`` was released with (``released``: each path's short digest,
    as the manifest records them) and this checkout's differ, for the refusal to name: "" when the
    manifest names no path (an earlier leaflets) or git could not list this checkout's changes."""
    if not released or not now.digest:
        return ""
    apart = [
        f"{path} ({_how_apart(path, released, now.paths)})"
        for path in sorted(released.keys() | now.paths.keys())
        if released.get(path) != now.paths.get(path)
    ]
    return f"; they differ in {listed(apart, ' paths')}"


def _how_apart(path: str, released: dict[str, str], here: dict[str, str]) -> str:
    if path not in released:
        return "changed here only"
    return "changed otherwise here" if path in here else "not changed here"


def release_commit(project: Project) -> str:
    """The commit a release is made from, DIRTY added for uncommitted changes ("": not in git): what
    a release writes (dist/, build/, the new release made beside dist/) does not make the tree dirty."""
    return review_history.head_commit(project.root, _written(project))


def uncommitted(project: Project) -> WorkingChanges:
    """The working tree's uncommitted changes, judged as :func:`release_commit` judges them (what a
    release writes aside); their digest "": git cannot list them."""
    return review_history.working_changes(project.root, _written(project))


def _written(project: Project) -> tuple[str, ...]:
    """What a release writes (dist/, build/, the new release made beside dist/), as pathspecs."""
    written = (project.relative(project.dist_dir), project.relative(project.build_dir), ".dist.*")
    # a folder set outside the project is not in its working tree (and a pathspec there is an error)
    return tuple(path for path in written if not path.startswith(("/", "../")))


def project_refusal(
    project: Project, head: str, previous: Manifest, changes: WorkingChanges | None = None
) -> list[str]:
    """:func:`refusal` of a release from ``head`` in ``project``, its git asked; ``changes``: its
    uncommitted changes when already known (None: git is asked, if need be)."""
    return refusal(
        head,
        previous,
        lambda commit, head: review_history.includes(project.root, commit, head),
        project.relative(project.dist_dir),
        (lambda: changes) if changes is not None else (lambda: uncommitted(project)),
    )
