"""Long alternations as tries of their leading characters: the same places as the patterns."""

from __future__ import annotations

import re

import pytest

from geo.extract.actors import _ACTOR_RE, _NAMES, _POSSESSIVE_LOOKING_RE, find_actors
from geo.extract.event_types import RULES, _first_rule, _first_rule_start
from geo.extract.toll_words import DEAD, KILL_VERBS
from geo.extract.word_tries import alternatives, headed_and_headless, leading_group, word_trie

SENTENCES = [
    "Government forces shelled the eastern suburbs overnight, killing four civilians, a monitor said.",
    "Two soldiers died when their patrol was ambushed near the border on Tuesday.",
    "The undead rose in the novel's last chapter.",
    "TWELVE PEOPLE WERE KILLED IN THE BLAST.",
    "Trois civils ont été tués et cinq autres blessés dans un bombardement mardi.",
    "Les rebelles se sont emparés de la colline après des combats qui ont fait douze morts.",
    "Un drone a frappé un véhicule près de la ville, selon une ONG.",
    "Nothing happened here.",
    "",
    # the rules' words no trie can open (read behind the word they end on): "raids", "frappes", "rapt"
    "L'aviation a mené de nouveaux raids sur la ville, faisant six morts.",
    "Trois frappes ont touché le marché.",
    "Le rapt de deux journalistes a été revendiqué.",
    "A bomb attack hit the checkpoint.",
    "The raids continued; nothing else was said.",
]


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    return [i for i in range(len(text) + 1) if pattern.match(text, i)]


def test_alternatives_split_at_the_top_level_only():
    assert alternatives(r"a|(?:b|c)d|[|]e|\|f") == ["a", "(?:b|c)d", "[|]e", r"\|f"]


@pytest.mark.parametrize("words", [DEAD, KILL_VERBS, r"\bsince\s+(?:the|its)\b|\bso far\b|^\W*depuis\b",
                                   r"(?:un|une) (?:raid|frappe)s?|(?<![\w-])tu(?:é|ée)s?"])
def test_a_trie_matches_where_its_pattern_does(words):
    plain, trie = re.compile(words, re.I), re.compile(word_trie(words), re.I)
    assert len(trie.pattern) > len(words)  # (rewritten)
    for text in SENTENCES:
        assert _starts(trie, text) == _starts(plain, text)


def test_named_groups_and_back_references_are_left_as_they_are():
    for words in (r"(?P<n>a|b)c", r"(a)\1|b", r"(?i)ab|ac", r"(a)?(?(1)b|c)"):
        assert word_trie(words) == f"(?:{words})"


def test_the_rules_union_finds_the_first_rule_as_the_rules_one_by_one():
    for text in SENTENCES:
        found = next(((rule, m.group(0)) for rule in RULES if (m := rule.pattern.search(text))), None)
        assert _first_rule(text) == found
        assert (_first_rule_start(text) is None) == (found is None)


def test_the_group_a_pattern_opens_on():
    assert leading_group(r"(?:killed|slain)\s+\d") == "killed|slain"
    assert leading_group(r"(?:the )?toll") is None
    assert leading_group(r"(?<!x)a") is None


def test_actors_are_found_as_by_their_pattern_alone():
    for text in SENTENCES + ["ISIS and Islamic State fighters clashed with the SDF; is this the IS?",
                             "L'EI et l'État islamique ont attaqué les FDS."]:
        expected = [(m.start(), m.end(), m.lastgroup) for m in _ACTOR_RE.finditer(text)]
        assert [(a.start, a.end, f"a{_NAMES.index(a.name)}") for a in find_actors(text)] == [
            e for e in expected if not _POSSESSIVE_LOOKING_RE.fullmatch(text[e[0]:e[1]])]


def test_the_words_no_trie_can_open_are_read_behind_the_word_they_end_on():
    headed, headless = headed_and_headless(r"tués?|(?=\w+\s+raids?)(?:des|les) raids?|(?<=le\s)rapts?|(?<!x)dead(?=\s)")
    assert headed == ["tués?"]
    assert headless == [(r"(?=\w+\s+raids?)(?:des|les) raids?", "raid"), (r"(?<=le\s)rapts?", "rapt"),
                        (r"(?<!x)dead(?=\s)", None)]


def test_the_rules_union_starts_where_the_rules_first_match():
    for text in SENTENCES:
        starts = [m.start() for rule in RULES if (m := rule.pattern.search(text))]
        assert _first_rule_start(text) == min(starts, default=None)
