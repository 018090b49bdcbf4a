"""Geoparsing evaluation in the EUPEG layout: parsing, the matching rule, the scores, and the
`conflictmap eval-geoparse` command on a corpus folder written here in that exact layout."""

import json
import math

import pytest

from geo.errors import InvalidInputError
from geo.evaluation import MAX_ERROR_KM, Toponym, auc, match, parse_line, read_corpus, score, select_docs

ALEPPO = (36.20124, 37.16117)
HOMS = (34.72405, 36.72559)
DOCS = [
    "Government forces shelled Aleppo on Monday, while clashes went on near Homs.",
    "Syrian troops entered the town after a week of fighting.",
]


def line(*toponyms):
    return "||".join(f"{t[0]},,{t[1]},,{t[2]},,{t[3]},,{t[4]},,{t[5]}" for t in toponyms)


def write_corpus(root, outputs):
    (root / "docs").mkdir(parents=True)
    for i, text in enumerate(DOCS):
        (root / "docs" / f"{i}.txt").write_text(text, encoding="utf-8")
    a, h = DOCS[0].index("Aleppo"), DOCS[0].index("Homs")
    s = DOCS[1].index("Syrian")
    gold = [line(("Aleppo", "Aleppo", *ALEPPO, a, a + 6), ("Homs", "Homs", *HOMS, h, h + 4)),
            line(("Syria", "Syrian", 35.0, 38.0, s, s + 6))]
    (root / "gold.txt").write_text("\n".join(gold) + "\n", encoding="utf-8")
    (root / "outputs").mkdir()
    for name, lines in outputs.items():
        (root / "outputs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_parse_line_reads_eupeg_items_and_unplaced_ones():
    items = parse_line("Turkey,,Turkish,,39,,35,,2,,9||No Gaz,,Hawaii U.N.,,,,,,5222,,5233")
    assert items[0] == Toponym("Turkish", 39.0, 35.0, 2, 9)
    assert items[1].lat is None and items[1].surface == "Hawaii U.N."
    assert parse_line("") == []
    with pytest.raises(InvalidInputError):
        parse_line("Turkey,,Turkish,,39,,35,,2")


def test_match_needs_close_midpoints_and_the_same_surface():
    gold = [Toponym("Aleppo", *ALEPPO, 26, 32)]
    assert match(gold, [Toponym("aleppo", 0, 0, 30, 36)]) == [(gold[0], Toponym("aleppo", 0, 0, 30, 36))]
    assert match(gold, [Toponym("Aleppo", 0, 0, 40, 46)]) == []  # midpoints 14 characters apart
    assert match(gold, [Toponym("Alep", 0, 0, 26, 30)]) == []
    twice = [Toponym("Aleppo", 0, 0, 26, 32), Toponym("Aleppo", 0, 0, 27, 33)]
    assert len(match(gold, twice)) == 1  # a gold toponym is matched once


def test_auc_is_zero_for_perfect_and_one_for_the_largest_error():
    assert auc([]) is None
    assert auc([0.0, 0.0, 0.0]) == 0.0
    assert math.isclose(auc([MAX_ERROR_KM - 1] * 3), 1.0)
    assert 0 < auc([0.0, 100.0, 5000.0]) < 1


def test_scores_on_a_written_corpus(tmp_path):
    a, h = DOCS[0].index("Aleppo"), DOCS[0].index("Homs")
    # finds Aleppo (placed right) and Homs (placed in Damascus, 150 km: still a hit) and a false
    # "Monday"; misses "Syrian"
    system = [line(("Aleppo", "Aleppo", *ALEPPO, a, a + 6), ("Damascus", "Homs", 33.5102, 36.29128, h, h + 4),
                   ("Monday", "Monday", 0, 0, 36, 42)), ""]
    corpus = read_corpus(write_corpus(tmp_path / "Tiny", {"Fake": system}))
    assert corpus.name == "Tiny" and len(corpus.docs) == 2
    s = score(corpus.gold, corpus.outputs["Fake"])
    assert (s.gold, s.found, s.matched, s.placed) == (3, 3, 2, 2)
    assert math.isclose(s.precision, 2 / 3) and math.isclose(s.recall, 2 / 3)
    assert s.acc161 == 1.0 and math.isclose(s.f1_161, 2 / 3)


def test_documents_split_into_odd_and_even_halves(tmp_path):
    corpus = read_corpus(write_corpus(tmp_path / "Tiny", {"Fake": ["", "x,,Syrian,,35,,38,,0,,6"]}))
    odd, even = select_docs(corpus, "odd"), select_docs(corpus, "even")
    assert odd.docs == [DOCS[1]] and even.docs == [DOCS[0]] and select_docs(corpus, "all") is corpus
    assert [t.surface for t in odd.gold[0]] == ["Syrian"] and len(even.gold[0]) == 2
    assert odd.outputs["Fake"][0][0].surface == "Syrian" and even.outputs["Fake"] == [[]]
    with pytest.raises(InvalidInputError):
        select_docs(corpus, "third")


def test_bad_corpus_folder_is_one_line(tmp_path):
    with pytest.raises(InvalidInputError, match="not an EUPEG corpus"):
        read_corpus(tmp_path)


def test_eval_geoparse_command_scores_conflictmap_beside_the_stored_systems(world, run_cli, tmp_path):
    a = DOCS[0].index("Aleppo")
    folder = write_corpus(tmp_path / "Tiny", {"OnlyAleppo": [line(("Aleppo", "Aleppo", *ALEPPO, a, a + 6)), ""]})
    result = run_cli("eval-geoparse", str(folder), "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["corpus"] == "Tiny" and report["documents"] == 2
    baseline = report["systems"]["OnlyAleppo"]
    assert (baseline["found"], baseline["matched"], baseline["placed"]) == (1, 1, 1)
    ours = report["systems"]["conflictmap"]
    # the finder reads Aleppo and Homs and places both right ("Syrian troops" opening a
    # sentence is not read as a place yet: issue 6's recall work)
    assert ours["matched"] >= 2 and ours["placed"] == ours["matched"] and ours["acc161"] == 1.0
    table = run_cli("eval-geoparse", str(folder))
    assert table.out.splitlines()[0].startswith("Tiny: 2 documents, 3 gold toponyms")
    assert "conflictmap" in table.out and "OnlyAleppo" in table.out
    assert run_cli("eval-geoparse", str(tmp_path / "nowhere")).code == 2
    half = json.loads(run_cli("eval-geoparse", str(folder), "--json", "--docs", "even").out)
    assert half["docs"] == "even" and half["documents"] == 1 and half["systems"]["conflictmap"]["gold"] == 2
