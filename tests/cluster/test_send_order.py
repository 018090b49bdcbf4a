"""The order partitions are sent to the workers in: longest texts first within each group of
partitions (so a run ends on its shortest ones), each partition once."""

from __future__ import annotations

from geo.articles.model import Article
from geo.cluster.ingest import ORDER_WINDOW, TAIL_ARTICLES, partitions, send_order
from tests.cluster.articles import TEXTS


def items_of(texts: list[str]) -> list:
    return [(f"doc {i}", Article(title=f"doc {i}", text=text, lang="en")) for i, text in enumerate(texts)]


def test_the_longest_partitions_go_first_and_each_once():
    texts = list(TEXTS.values())
    parts = partitions(items_of(texts), 1)
    order = send_order(parts)
    assert sorted(order) == list(range(len(texts)))
    lengths = [len(texts[n]) for n in order]
    assert lengths == sorted(lengths, reverse=True)
    assert order != list(range(len(texts)))  # the texts are not already longest first


def test_a_partition_weighs_the_texts_of_its_articles_and_reading_errors_weigh_nothing():
    short, long_fr = "Shelling hit Aleppo on Thursday.", TEXTS["fr_tombouctou.txt"] * 3
    items = [*items_of([short, short]), ("bad.txt", OSError("unreadable")), *items_of([long_fr])]
    assert send_order([items[:2], items[2:]]) == [1, 0]


def test_groups_are_sent_one_after_the_other_and_ties_keep_file_order():
    texts = [TEXTS["en_gao.txt"]] * 3 + [TEXTS["en_homs.txt"] + " More."] * (ORDER_WINDOW + 2)
    order = send_order(partitions(items_of(texts), 1))
    first, rest = order[:ORDER_WINDOW], order[ORDER_WINDOW:]
    assert sorted(first) == list(range(ORDER_WINDOW)) and sorted(rest) == list(range(ORDER_WINDOW, len(texts)))
    assert first == [*range(3, ORDER_WINDOW), 0, 1, 2]  # longer Homs texts first, in file order
    assert send_order(partitions(items_of(texts), 1), window=2) == [0, 1, 3, 2, *range(4, len(texts))]


def test_partitions_keep_every_item_in_order_and_end_one_by_one():
    texts = [text for _ in range(5) for text in TEXTS.values()]  # 40 articles
    items = items_of(texts)
    for size in (1, 3, 4, 7):
        parts = partitions(items, size)
        assert [item for part in parts for item in part] == items
        assert [len(part) for part in parts[-TAIL_ARTICLES:]] == [1] * TAIL_ARTICLES
        assert all(len(part) == size for part in parts[:-TAIL_ARTICLES - 1])
    assert partitions(items[:3], 4) == [[item] for item in items[:3]]
    assert partitions([], 4) == []
