"""Plausible person names for the samples, in English/German and in Chinese.

Names are drawn from given x family name pairs with a fixed seed, so a sample
always gets the same people, no two people of one sample share a name and
given names repeat as little as the lists allow.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

_GERMAN_GIVEN = [
    "Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Lena", "Paul", "Laura", "Maximilian",
    "Julia", "Leon", "Katharina", "Tobias", "Sarah", "Florian", "Hannah", "Matthias", "Johanna",
    "Stefan", "Miriam", "Andreas", "Claudia", "Markus", "Sabine", "Thomas", "Petra", "Michael",
    "Eva", "Daniel",
]
_GERMAN_FAMILY = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Koch", "Richter", "Bauer", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
    "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann",
    "Köhler", "Maier", "Huber", "Vogel",
]
_ENGLISH_GIVEN = [
    "Emma", "Oliver", "Olivia", "James", "Sophia", "William", "Grace", "Henry", "Chloe", "Daniel",
    "Emily", "Thomas", "Hannah", "Jack", "Lucy", "Samuel", "Charlotte", "Ethan", "Amelia", "Noah",
    "Isabel", "Lucas", "Megan", "Ryan", "Ruth", "David", "Alice", "Owen", "Zoe", "Adam",
]
_ENGLISH_FAMILY = [
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Roberts", "Walker",
    "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
    "Harris", "Clarke", "Jackson", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King",
    "Baker", "Parker",
]
_CHINESE_FAMILY = [
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
]
_CHINESE_GIVEN = [
    "芳", "强", "伟", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明",
    "超", "秀英", "丽", "霞", "平", "刚", "晓东", "建华", "海燕", "志强", "雪梅", "文博", "子涵",
    "欣怡", "宇航", "思远", "佳琪", "俊杰", "婷婷", "浩然", "雨桐", "国庆", "红梅", "春生", "晨曦",
]

#: Name styles: ``german`` and ``english`` for English samples, ``chinese`` for Chinese ones.
STYLES = ("german", "english", "international", "chinese")


def person_names(style: str, seed: int) -> Iterator[str]:
    """Yield distinct full names in ``style``, the same sequence for the same seed.

    Raises ValueError for an unknown style.
    """
    if style == "german":
        given, family = _GERMAN_GIVEN, _GERMAN_FAMILY
    elif style == "english":
        given, family = _ENGLISH_GIVEN, _ENGLISH_FAMILY
    elif style == "international":
        given, family = _GERMAN_GIVEN + _ENGLISH_GIVEN, _GERMAN_FAMILY + _ENGLISH_FAMILY
    elif style == "chinese":
        given, family = _CHINESE_GIVEN, _CHINESE_FAMILY
    else:
        raise ValueError(f"unknown name style {style!r}; known: {', '.join(STYLES)}")
    given, family = list(dict.fromkeys(given)), list(dict.fromkeys(family))
    rng = random.Random(seed)
    rng.shuffle(given)
    rng.shuffle(family)
    # Round r pairs given name i with family name i + r: each round uses every
    # given name once (no three Felixes among ten people) and no pair repeats.
    for r in range(len(family)):
        for i in rng.sample(range(len(given)), len(given)):
            g, f = given[i], family[(i + r) % len(family)]
            # Chinese names put the family name first, with no space.
            yield f + g if style == "chinese" else f"{g} {f}"
