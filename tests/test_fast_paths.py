"""Faster ways of computing what a plain version computes: each must give exactly the plain version's result."""

from __future__ import annotations

import random

from kg.layouts.rules import rules


def _translate_then_put_back(text: str) -> str:
    """What undecorate did before: translate every decoration to a space, then put back each separator match."""
    r = rules()
    out = text.translate(r.decoration)
    if out != text:
        chars = list(out)
        for m in r.separator.finditer(text):
            chars[m.start()] = text[m.start()]
        out = "".join(chars)
    return out


def test_undecorate_equals_translate_with_separators_put_back():
    r = rules()
    alphabet = ([chr(k) for k in sorted(r.decoration)][::7] + list("·∙・·∙・") + list("巾帼建功党建带妇建阿依古丽“”《》()（） a1\n") * 2
                + ["\U0001F3C5", "\u200d", "\ufe0f", "★", "▌"])
    rnd = random.Random(13)
    texts = ["", "无装饰的一行", "巾帼建功·党建带妇建", "★市城市管理局·机关党委🏅", "·开头", "结尾·", "a·b★·c"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 40))) for _ in range(20000)]
    changed = 0
    for t in texts:
        got = r.undecorate(t)
        assert got == _translate_then_put_back(t), t
        assert len(got) == len(t)
        changed += got != t
    assert changed > 1000  # the random texts do exercise decorations, and kept separators:
    assert r.undecorate("巾帼建功·党建带妇建★") == "巾帼建功·党建带妇建 "


def test_edges_sorted_by_source_groups_equal_one_sort_with_ties_kept_in_order():
    from kg.config import BUNDLED_CORPUS
    from kg.graph import _sorted_edges
    from kg.model import Edge, Span
    from kg.pipeline import build

    edges = list(build([BUNDLED_CORPUS], jobs=1).edges)
    rnd = random.Random(7)
    rnd.shuffle(edges)
    # ties: the same key with different properties keep their input order, as a stable sort keeps them
    edges += [Edge("case/x", "doc/y", "SOURCED_FROM", (("kind", k),), Span("doc/y", 1, 2)) for k in ("b", "a", "c")]
    rnd.shuffle(edges)
    want = sorted(edges, key=lambda e: (e.source, e.type, e.target, e.span.doc_id, e.span.start, e.span.end))
    got = _sorted_edges(edges)
    assert len(got) == len(want) > 100 and all(a is b for a, b in zip(got, want))


def test_decoration_class_escapes_its_characters_and_may_be_empty():
    from kg.layouts.rules import _char_class

    assert _char_class("", []).search("★ 任何文字") is None
    rx = _char_class("-]^\\★", ["1F000-1FAFF", "FE0F"])
    assert [m.group() for m in rx.finditer("a-b]c^d\\e★🏅\ufe0fz")] == ["-", "]", "^", "\\", "★", "🏅", "\ufe0f"]
