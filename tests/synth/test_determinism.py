from pathlib import Path

from cschub.synth import generate


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_writes_identical_files(tmp_path):
    a = generate(tmp_path / "a", 3000, (2023, 2025), "E09000027", seed=11, error_rate=0.1)
    b = generate(tmp_path / "b", 3000, (2023, 2025), "E09000027", seed=11, error_rate=0.1)
    assert a == b
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_another_seed_writes_other_children(tmp_path):
    generate(tmp_path / "a", 3000, (2023, 2025), "E09000027", seed=1)
    generate(tmp_path / "b", 3000, (2023, 2025), "E09000027", seed=2)
    episodes = "E09000027/ssda903/2024-25/episodes.csv"
    assert (tmp_path / "a" / episodes).read_bytes() != (tmp_path / "b" / episodes).read_bytes()


def test_manifest_lists_every_file_written(tmp_path):
    m = generate(tmp_path, 2000, (2023, 2025), "E09000027", seed=5)
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert written == set(m["files"]) | {"manifest.json"}
    assert m["years"] == ["2023-24", "2024-25"]
    assert m["la"] == "E09000027" and m["population"] == 2000 and m["injected"] == []
