"""Long alternations rewritten as tries of their leading characters: the same places, found faster.

Python's ``re`` tries every alternative of an alternation in turn at each position of a text,
and under ``re.I`` none is skipped on its first character: a cue of sixty words ("dead",
"killed", "died", …) costs sixty attempts at every character.  :func:`word_trie` rewrites such a
pattern so that alternatives sharing a leading character share one attempt ("d(?:ead|ied|…)"),
distributing a leading non-capturing group over what follows it ("(?:a|b)c" -> "ac|bc"), behind
a look-ahead at the characters a match may open on.

The rewritten pattern matches a text at exactly the positions the pattern matches it (the same
strings, regrouped), though not always the same length there (another alternative may come
first): it serves where only whether, or where first, a pattern matches is read (a cue checked
before a costlier pattern, the place a union of rules first matches), never for the match's text.
"""

from __future__ import annotations

import re

__all__ = ["alternatives", "headed_and_headless", "leading_group", "word_trie"]

#: characters that are not a literal character of their own in a pattern
_SPECIAL = frozenset("\\[](){}?*+|.^$")
_QUANTIFIERS = frozenset("?*+{")
#: how many times longer than its pattern a trie may grow (distributing groups copies what follows them)
_MAX_GROWTH = 20
#: the word an alternative ends on (an "s" after it optional), nothing special around it: every match has it
_LAST_WORD_RE = re.compile(r"(?<![\w\\])([^\W\d_]{4,})(?:s\?)?$")


def _class_end(pattern: str, i: int) -> int:
    """The index just past the character class opened at ``pattern[i]`` ("[")."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":  # a "]" first in a class is a literal
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index just past the ")" closing the group opened at ``pattern[i]`` ("(")."""
    depth, j = 0, i
    while True:
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|(?:b|c)d" -> ["a", "(?:b|c)d"])."""
    out, start, i = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
        elif ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            i = _group_end(pattern, i)
        else:
            if ch == "|":
                out.append(pattern[start:i])
                start = i + 1
            i += 1
    out.append(pattern[start:])
    return out


def leading_group(pattern: str) -> str | None:
    """The alternation inside the non-capturing group a pattern opens on, when that group is not
    repeated (every match of the pattern opens on a match of it); else None."""
    if not pattern.startswith("(?:"):
        return None
    end = _group_end(pattern, 0)
    return None if pattern[end:end + 1] in _QUANTIFIERS else pattern[3:end - 1]


def _distributed(alternative: str) -> list[str]:
    """An alternative opening on a non-capturing group not repeated, as one alternative per
    alternative of the group, each followed by the rest ("(?:a|b)c" -> ["ac", "bc"])."""
    group = leading_group(alternative)
    if group is None:
        return [alternative]
    rest = alternative[len(group) + 4:]
    return [out for inner in alternatives(group) for out in _distributed(inner + rest)]


def _head(alternative: str) -> str | None:
    """The literal character (or escape, such as ``\\b``) an alternative opens on, when not
    repeated; else None."""
    size = 2 if alternative[:1] == "\\" else 1
    head = alternative[:size]
    if len(head) < size or (size == 1 and head in _SPECIAL) or (size == 2 and head[1].isalnum() and head[1] not in "bBdDsSwW"):
        return None  # (no head, a special character, or an escape longer than two characters)
    if alternative[size:size + 1] in _QUANTIFIERS:
        return None
    return head


def _trie(alts: list[str]) -> str:
    heads: dict[str, list[str]] = {}
    parts: list[str | tuple[str]] = []  # an alternative as it is, or (head,) for the head's branch
    for alt in (d for one in alts for d in _distributed(one)):
        head = _head(alt)
        if head is None:
            parts.append(alt)
            continue
        if head not in heads:
            heads[head] = []
            parts.append((head,))
        heads[head].append(alt[len(head):])
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        rests = heads[part[0]]
        out.append(part[0] + ("" if rests == [""] else f"(?:{_trie(rests)})"))
    return "|".join(out)


def word_trie(pattern: str) -> str:
    """A pattern matching at the same positions as ``pattern``, as a trie of its alternatives'
    leading characters (see the module); a non-capturing group.  A pattern with named groups,
    back-references, conditionals or global flags is left as it is (within the group); not for
    verbose patterns (``re.X``)."""
    if "(?P" in pattern or "(?(" in pattern or re.search(r"\\[1-9]|^\(\?[aiLmsux]+\)", pattern):
        return f"(?:{pattern})"
    alts = [d for alt in alternatives(pattern) for d in _distributed(alt)]
    trie = _trie(alts)
    if len(trie) > _MAX_GROWTH * len(pattern):  # (groups distributed over long rests: no faster)
        return f"(?:{pattern})"
    heads = {_head(alt) for alt in alts}
    if None in heads or any(len(head) > 1 for head in heads):  # (an escape, or no head)
        return f"(?:{trie})"
    # every match opens on one of the heads: a look-ahead at them is one attempt, not one a head
    return f"(?=[{''.join(re.escape(head) for head in sorted(heads))}])(?:{trie})"


def headed_and_headless(pattern: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    """The alternatives of ``pattern`` (leading groups distributed) that open on a literal character
    (a trie's), and the others, each with the word it ends on, which every match of it has (a cue
    to look for before trying it: "… raids?" has "raid"), or None."""
    alts = [d for alt in alternatives(pattern) for d in _distributed(alt)]
    headless = [(alt, m.group(1) if (m := _LAST_WORD_RE.search(alt)) else None) for alt in alts if _head(alt) is None]
    return [alt for alt in alts if _head(alt) is not None], headless
