"""``build --executor dask``: pages rendered on a Dask cluster (a LocalCluster of
worker processes here) are the bytes a local build writes, and the manifest
keeps a distributed build incremental."""

import shutil

import pytest

from pipeline.build.render import _failure
from pipeline.fingerprint import environment
from pipeline.jobs import RenderedPair
from tests.conftest import Project
from tests.test_incremental import built

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")


def test_a_dask_cluster_writes_the_bytes_of_a_local_build_and_only_what_changed(translated, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(translated.root, copy)
    assert translated.run("build", "--jobs", "1")[0] == 0
    other = Project(copy, translated._monkeypatch)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    ) as cluster:
        address = cluster.scheduler_address
        code, out, err = other.run("build", "--executor", "dask", "--scheduler", address)
        assert code == 0, err
        assert built(out) == {"en/demo", "ko_KR/demo"}
        code, out, _ = other.run("build", "--executor", "dask", "--scheduler", address)
        assert code == 0 and built(out) == set() and "up to date 2" in out
        other.translate("demo", {"Fever": "열"})
        code, out, _ = other.run("build", "--executor", "dask", "--scheduler", address)
        assert code == 0 and built(out) == {"ko_KR/demo"}
    # The manifest is the folder's, not the cluster's: a local build after it renders nothing more.
    code, out, _ = other.run("build", "--jobs", "1")
    assert code == 0 and built(out) == set()
    translated.translate("demo", {"Fever": "열"})
    assert translated.run("build", "--jobs", "1")[0] == 0
    pages = sorted(
        p.relative_to(translated.path("build"))
        for p in translated.path("build").rglob("*.*")
        if p.is_file() and ".cache" not in p.relative_to(translated.path("build")).parts
    )
    assert [p.suffix for p in pages].count(".pdf") == 2
    for page in pages:
        if page.name not in ("manifest.json", "status.html"):
            assert (copy / "build" / page).read_bytes() == translated.path(f"build/{page}").read_bytes(), page


@pytest.mark.parametrize(
    ("formats", "part", "named"),
    [
        (("html",), "code", "pipeline code"),
        (("html",), "libraries", "Python libraries"),
        (("html", "pdf"), "fonts", "fonts"),
        (("pdf",), "pdf_libraries", "PDF libraries"),
    ],
)
def test_a_page_from_a_worker_with_other_code_fonts_or_libraries_is_refused(formats, part, named):
    own = environment()
    theirs = own.__class__(**{**own.__dict__, part: "something else"})
    page = RenderedPair({f: b"" for f in formats}, {}, 0, theirs, "elsewhere:1", 0)
    assert _failure(page, own) == (
        f"the worker elsewhere:1 has other {named} than this machine; its page would differ from a local build"
    )
    assert _failure(RenderedPair({f: b"" for f in formats}, {}, 0, own, "here:1", 0), own) == ""


def test_fonts_and_pdf_libraries_do_not_matter_to_an_html_page():
    own = environment()
    theirs = own.__class__(**{**own.__dict__, "fonts": "other", "pdf_libraries": "other"})
    assert _failure(RenderedPair({"html": b""}, {}, 0, theirs, "elsewhere:1", 0), own) == ""
