"""Place mentions in an article body: which administrative units it names, old and new.

How a mention is found (generic rules, no list of places here; the names are the gazetteer's):

1. Names are runs of capitalised words (Vietnamese capitalises every syllable of a place name:
   "Tú Sơn", "Văn Miếu - Quốc Tử Giám"); at each one the longest gazetteer name is taken, as
   written (one tone placement: "Thuỵ" = "Thụy"), then without diacritics when the text has
   none, then as a former name the package keeps for a merged commune ("Thụy Hương").
2. Its level comes from the level word before it ("xã", "phường", "thị trấn", "đặc khu",
   "huyện", "quận", "thị xã", "thành phố"/"TP", "tỉnh"; "các xã như ..." too), or from the
   list it continues ("các xã Đại Hợp, Tú Sơn và Thuận Thiên"). A name with no level word
   counts only where it cannot be much else: a province, or a unit of the site's own province
   (district) or district (commune), of two words or more; never after a person's title.
3. Resolution, narrowest first: a qualifier that follows ("xã Hồng Phong, huyện Ninh Giang,
   tỉnh Hải Dương"), the site's district, the site's province, the new province it merged
   into, the country. The article's date
   picks the era (no new commune existed before 1 July 2025; "cũ" after a name means the old
   one). What is still more than one unit is kept as ambiguous with every candidate.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import islice
from typing import Any, Final

from pipelines.places.gazetteer import Gazetteer, Unit, folded_key, name_key
from pipelines.places.sites import LEVEL_WORDS, SiteUnits
from pipelines.places.units_cache import load_gazetteer
from pipelines.text import fold

REFORM_DATE = "2025-07-01"  # Resolution 202/2025/QH15 and the commune resolutions: in force
LEVEL_RANK = {"commune": 0, "district": 1, "province": 2}

# Confidence of a resolved mention: how its level was known × where it was resolved × how its
# name matched. Ranked, not calibrated: 0.9 and above is what the sample gold always got right.
_BY_EVIDENCE = {"level word": 0.95, "list": 0.9, "named before": 0.9, "bare": 0.8}
_BY_SCOPE = {"qualified": 1.0, "site": 1.0, "province": 0.95, "new province": 0.8,
             "country": 0.6}
_BY_MATCH = {"name": 1.0, "unaccented": 0.85, "former name": 0.85}
_OTHER_TYPE = 0.85  # "xã An Lạc" when An Lạc is a phường

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What no word holds: a word is letters and digits, apostrophes only between them. A word
# starts right after such a character, so words read from just after one are the text's own.
_NOT_IN_A_WORD = re.compile(r"[^\w'’]|_")
# Letters of the first 8,192 code points (Latin, Vietnamese, Greek, Cyrillic, ...) that are
# lowercase: no name starts with one.
_LOWERCASE = "".join(ch for ch in map(chr, range(0x2000)) if ch.islower())
# A word that may start a name: a word (``_TOKEN``: not after a letter, digit, or apostrophe
# joined to one) whose first character is no known lowercase letter. Names are capitalised, and
# a body's words mostly are not: finding these directly is a third of the cost of reading every
# word, and the words around them are read only where a name was found (``_words_before``).
# Opened by a class so that the regex engine skips in C to the next candidate character; the
# first character of a match is then checked to be a capital or a digit (``_capital``).
_NAME_WORD = re.compile(rf"[^\W_{re.escape(_LOWERCASE)}](?<=(?<![^\W_])(?<![^\W_]['’]).)"
                        r"[^\W_]*(?:['’][^\W_]+)*")
_DECIMAL = re.compile(r"[,.]\d")
# What lets the next capitalised word go on a name: ``_gap_between`` would say "space" (white
# space, no line break) or "dash" (one dash in any white space); its full match, in C.
_JOINS = re.compile(r"[^\S\n]*|\s*[-–—]\s*")
# Words after which a capitalised name without a level word is a person's ("phong cách Hồ Chí
# Minh") or a street's, school's, bridge's ("tuyến đường Trần Thành Ngọ"), not a unit, even
# when a unit bears the name too (units are often named after people and places).
_NOT_A_UNIT_AFTER = {"bác", "chủ tịch", "phong cách", "tư tưởng", "đồng chí", "ông", "bà", "anh",
                     "chị", "cụ", "tấm gương", "di chúc", "lăng", "tác giả", "nhà thơ", "đường",
                     "phố", "ngõ", "ngách", "hẻm", "đại lộ", "cầu", "chợ", "trường", "bến",
                     "khu công nghiệp", "cụm công nghiệp", "công viên", "sông", "núi", "hồ",
                     "đảo", "bệnh viện", "học", "sở", "bộ",
                     # villages and the land: not units ("thôn Phù Vân Hạ", "đồi Khe Mo")
                     "thôn", "xóm", "ấp", "bản", "làng", "tổ dân phố", "khu phố", "đồi"}
_NOT_A_UNIT_AFTER_ENDINGS = tuple(_NOT_A_UNIT_AFTER)  # str.endswith tries each, in C
_FILLERS = {"như", "gồm", "là"}  # "các xã như Đại Hợp", "3 xã gồm ..."
_LIST_JOINERS = {"và", "cùng"}
_OLD_MARKERS = {"cũ", "trước đây"}


@dataclass
class PlaceMention:
    """One unit named in a text, or one name with several candidate units (``ambiguous``)."""

    text: str  # the name as written, without its level word
    start: int  # offsets of ``text`` in the body
    end: int
    level: str  # "province", "district" or "commune"
    level_word: str | None  # as written ("huyện", "Xã", "TP"), None when the level was inferred
    evidence: str  # "level word", "list", "named before" or "bare"
    matches: dict[Unit, str] = field(default_factory=dict)  # unit → "name", "unaccented",
    # "former name": how the written name matched it
    scope: str = "country"  # where it was resolved: qualified, site, province, new province
    # (the site's province after the merger), country
    confidence: float = 0.0
    other_type: bool = False  # the level word names another commune/district type

    @property
    def candidates(self) -> list[Unit]:
        return list(self.matches)

    def keep(self, units: Iterable[Unit]) -> None:
        kept = set(units)
        self.matches = {u: how for u, how in self.matches.items() if u in kept}

    @property
    def match(self) -> str:
        """The weakest way the remaining candidates matched."""
        return min(self.matches.values(), key=lambda how: _BY_MATCH[how], default="name")

    @property
    def ambiguous(self) -> bool:
        return len(self.matches) != 1

    def to_dicts(self, gazetteer: Gazetteer) -> list[dict[str, Any]]:
        """One dict per candidate (one for a resolved mention): the ``places`` JSON items."""
        return [self._candidate_dict(unit, gazetteer) for unit in self.candidates]

    def _candidate_dict(self, unit: Unit, gazetteer: Gazetteer) -> dict[str, Any]:
        now = gazetteer.default_successor(unit)
        new_provinces = sorted(gazetteer.new_province_codes(unit))
        return {
            "text": self.text, "start": self.start, "end": self.end,
            "level": unit.level, "level_word": self.level_word, "unit_id": unit.id,
            "era": unit.era, "unit_type": unit.type, "unit_name": unit.full_name,
            "old_code": unit.code if unit.era == "old" else None,
            "new_code": unit.code if unit.era == "new" else (now.code if now else None),
            "old_district_code": (unit.code if unit.era == "old" and unit.level == "district"
                                  else unit.district_code),
            "old_province_code": unit.province_code if unit.era == "old" else None,
            "new_province_code": new_provinces[0] if len(new_provinces) == 1 else None,
            "confidence": round(self.confidence, 3), "ambiguous": self.ambiguous,
            "candidates": len(self.candidates), "evidence": self.evidence, "match": self.match,
            "scope": self.scope,
        }


# A word of the body: (text, start, end, key) with key the name_key of the word. A plain tuple
# read by index (the constants below): names are a few hundred words of a long body.
_Token = tuple[str, int, int, str]
TEXT: Final = 0
START: Final = 1
END: Final = 2
KEY: Final = 3


# Words repeat: an article of 1,500 characters has some 300 words but 150 distinct ones, and
# Vietnamese has some 7,000 syllables. Bounded: a long crawl meets ever new numbers and names,
# and 100,000 entries in both caches would hold 35 MiB of the derive process; these, 3 MiB.
WORD_CACHE_SIZE = 8192


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_key(word: str) -> str:
    return name_key(word)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_folded(word: str) -> str:
    return folded_key(word)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _capital(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _token(match: re.Match[str]) -> _Token:
    word = match.group()
    return word, match.start(), match.end(), _word_key(word)


def _name_words(text: str) -> list[_Token]:
    """The words of ``text`` that start with a capital letter or a digit, in order: where a
    name may start or go on."""
    matches = list(_NAME_WORD.finditer(text))
    words = list(map(re.Match.group, matches))
    return [(word, match.start(), match.end(), _word_key(word))
            for match, word in zip(matches, words, strict=True) if _capital(word)]


def _words_before(text: str, pos: int, count: int) -> list[_Token]:
    """The last ``count`` words before the word starting at ``pos`` (fewer at the start), read
    from a window that begins after a character no word holds, widened until it holds enough:
    the words the whole text's reading would give there."""
    width = 32  # three words and their spaces, mostly
    while True:
        low = max(0, pos - width)
        start = low
        if low:
            boundary = _NOT_IN_A_WORD.search(text, low, pos)
            start = boundary.end() if boundary else pos
        words = list(_TOKEN.finditer(text, start, pos))
        if len(words) >= count or not low:
            return list(map(_token, words[max(0, len(words) - count):]))
        width *= 4


def _words_after(text: str, pos: int, count: int) -> list[_Token]:
    """The first ``count`` words after ``pos``, the end of a word."""
    return list(map(_token, islice(_TOKEN.finditer(text, pos), count)))


def _gap_between(text: str, end: int, start: int) -> str:
    """What separates a word ending at ``end`` from one starting at ``start``: "space", "dash",
    "comma", "paren", "dot" or "break"."""
    between = text[end:start]
    if not between.strip():
        return "space" if "\n" not in between else "break"
    stripped = between.strip()
    if stripped in ("-", "–", "—"):
        return "dash"
    if stripped == ",":
        return "comma"
    if stripped == "(":
        return "paren"
    if stripped == ".":
        return "dot"
    return "break"


def _gap(text: str, left: _Token, right: _Token) -> str:
    """What separates two words (``_gap_between``)."""
    return _gap_between(text, left[END], right[START])


class PlaceFinder:
    """Finds place mentions; built once per gazetteer, reused for every article."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        self.level_words = {tuple(word.split()): levels for word, levels in LEVEL_WORDS.items()}
        # Every capitalised word of a body is looked up, most of them to no unit, and the same
        # words come back article after article: a word's units are kept (bounded as the
        # word caches are), a third of what looking them up again costs.
        self._units_of_word = lru_cache(maxsize=WORD_CACHE_SIZE)(self._look_up_word)

    # -- step 1 and 2: names and their levels -------------------------------------------------

    def _lookup(self, tokens: list[_Token]) -> dict[Unit, str]:
        """Units bearing this name → how it matched. A former name counts beside a current
        one ("Thụy Hương" is a commune elsewhere and the former name of one in Kiến Thụy):
        where the article was published decides."""
        if len(tokens) == 1:  # most capitalised words stand alone: no joining, no former name
            return dict(self._units_of_word(tokens[0][TEXT]))
        g = self.gazetteer
        found = dict.fromkeys(g.named(" ".join([t[KEY] for t in tokens])), "name")
        folded = "".join([_word_folded(t[TEXT]) for t in tokens])
        if not found and all(t[TEXT].isascii() for t in tokens):  # typed without diacritics
            found = dict.fromkeys(g.unaccented(folded), "unaccented")
        for unit in g.formerly(folded):
            found.setdefault(unit, "former name")
        return found

    def _look_up_word(self, word: str) -> tuple[tuple[Unit, str], ...]:
        """(unit, how it matched) of the units one word names."""
        g = self.gazetteer
        found = dict.fromkeys(g.named(_word_key(word)), "name")
        if not found and word.isascii():  # typed without diacritics
            found = dict.fromkeys(g.unaccented(_word_folded(word)), "unaccented")
        return tuple(found.items())

    def _level_word_before(self, text: str, tokens: list[_Token]
                           ) -> tuple[tuple[str, ...], str] | None:
        """(levels, the word as written) of a level word ending right before the last of
        ``tokens`` (a name's first word after up to three words before it), allowing one filler
        word ("xã như Đại Hợp")."""
        i = len(tokens) - 1
        for skip in (0, 1):
            end = i - skip
            if skip and (end < 1 or tokens[end][KEY] not in _FILLERS):
                continue
            for size in (2, 1):
                first = end - size
                if first < 0:
                    continue
                words = tuple(t[KEY] for t in tokens[first:end])
                levels = self.level_words.get(words)
                if levels is None:
                    continue
                gaps = [_gap(text, tokens[k], tokens[k + 1]) for k in range(first, i - 1)]
                last_gap = _gap(text, tokens[i - 1], tokens[i])
                ok_last = last_gap == "space" or (words == ("tp",) and last_gap == "dot")
                if all(g == "space" for g in gaps) and ok_last:
                    return levels, text[tokens[first][START]:tokens[end - 1][END]]
        return None

    def _raw_mentions(self, text: str) -> Iterator[PlaceMention]:
        previous = None
        levelled_before: dict[str, str] = {}  # names met with a level word → that level
        # A name is a run of capitalised words: only those are read from the whole text; the
        # words around one are read where it names a unit.
        names = _name_words(text)
        count = len(names)
        max_tokens = self.gazetteer.max_tokens
        joins = _JOINS.fullmatch
        units_of_word = self._units_of_word
        i = 0
        while i < count:
            run = 1  # capitalised words from i that a name may span: the next capitalised
            # word goes on the name when only a space or a dash separates them (no other word)
            while run < max_tokens and i + run < count and joins(
                    text, names[i + run - 1][END], names[i + run][START]):
                run += 1
            if run == 1 and not units_of_word(names[i][TEXT]):
                i += 1  # most capitalised words stand alone and name no unit
                continue
            found = None
            for n in range(run, 0, -1):
                units = self._lookup(names[i:i + n])
                if units:
                    found = (n, units)
                    break
            if found is None:
                i += 1
                continue
            n, units = found
            mention = self._levelled(text, names[i:i + n], units, previous, levelled_before)
            if mention is not None:
                previous = mention
                if mention.evidence != "bare":
                    levelled_before.setdefault(name_key(mention.text), mention.level)
                yield mention
                i += n
            else:
                i += 1

    def _levelled(self, text: str, name_words: list[_Token], units: dict[Unit, str],
                  previous: PlaceMention | None, levelled_before: dict[str, str]
                  ) -> PlaceMention | None:
        start, end = name_words[0][START], name_words[-1][END]
        name = text[start:end]
        # The three words before the name: a level word of two after a filler at most.
        words_before = _words_before(text, start, 3)
        before = self._level_word_before(text, [*words_before, name_words[0]])
        if name[0].isdigit():  # "Phường 15": only with its own level word, and not "1,7 tỷ"
            decimal = _DECIMAL.match(text, end, end + 2)
            if before is None or decimal:
                return None
            exact = {u: h for u, h in units.items()
                     if u.type == " ".join(before[1].lower().split())}
            return self._with_levels(name, start, end, exact, before[0], before[1], "level word")
        if before is not None:
            levels, word = before
            return self._with_levels(name, start, end, units, levels, word, "level word")
        if previous is not None and previous.evidence != "bare" \
                and self._continues_list(text, previous.end, start):
            listed = self._with_levels(name, start, end, units, (previous.level,), None, "list")
            if listed is not None:
                return listed
        context = " ".join(t[KEY] for t in words_before)
        if words_before and _gap(text, words_before[-1], name_words[0]) == "space" \
                and context.endswith(_NOT_A_UNIT_AFTER_ENDINGS):
            return None  # even when named earlier as a unit: "xã Phù Vân ... thôn Phù Vân Hạ"
        if name_key(name) in levelled_before:  # named earlier with its level word
            return self._with_levels(name, start, end, units, (levelled_before[name_key(name)],),
                                     None, "named before")
        if len(name_words) < 2:
            return None  # a bare name of one word is too often something else
        return PlaceMention(name, start, end, "", None, "bare", dict(units))

    @staticmethod
    def _continues_list(text: str, previous_end: int, start: int) -> bool:
        """Whether a name at ``start`` continues the list of the mention ending at
        ``previous_end``: only joiners between ("và", "cùng"), and commas, spaces or dashes
        between the words, at least one comma or dash when no joiner ("Đại Hợp, Tú Sơn và
        Thuận Thiên"). The previous mention may be hundreds of words back: the words between
        are read until the first that is no joiner."""
        between: list[_Token] = []
        for match in _TOKEN.finditer(text, previous_end, start):
            word = _token(match)
            if word[KEY] not in _LIST_JOINERS:
                return False
            between.append(word)
        ends = [previous_end, *(t[END] for t in between)]
        starts = [*(t[START] for t in between), start]
        gaps = set(map(partial(_gap_between, text), ends, starts))
        return gaps <= {"comma", "space", "dash"} and bool(between or gaps & {"comma", "dash"})

    @staticmethod
    def _with_levels(name: str, start: int, end: int, units: dict[Unit, str],
                     levels: tuple[str, ...], word: str | None, evidence: str
                     ) -> PlaceMention | None:
        fitting = [u for u in units if u.level in levels]
        if not fitting:
            return None
        level = min((u.level for u in fitting), key=lambda lv: levels.index(lv))
        mention = PlaceMention(name, start, end, level, word, evidence,
                               {u: units[u] for u in fitting if u.level == level})
        if word:  # the word names a type: prefer it ("thị xã" over "huyện" of the same name)
            wanted = " ".join(word.lower().split())
            typed = [u for u in mention.candidates if u.type == wanted
                     or (wanted == "tp" and u.type == "thành phố")]
            if typed:
                mention.keep(typed)
            else:
                mention.other_type = True
        return mention

    # -- step 3: resolution -------------------------------------------------------------------

    @staticmethod
    def _era_filter(mention: PlaceMention, published: str | None, old_marker: bool) -> None:
        """No new unit existed before the reform; "xã Kiến Hưng cũ" is the old one."""
        if old_marker or (published and published[:10] < REFORM_DATE):
            mention.keep(u for u in mention.candidates if u.era == "old")

    def _era_preference(self, mention: PlaceMention, published: str | None) -> None:
        """After the reform, of an old and a new unit of one name in the same scope, the new
        one is meant; an old unit and the same-named unit it became are one candidate."""
        if published and published[:10] >= REFORM_DATE:
            new = [u for u in mention.candidates if u.era == "new"]
            if new:
                mention.keep(new)
        mention.keep(self._merge_same(mention.candidates))

    def _merge_same(self, units: list[Unit]) -> list[Unit]:
        """An old unit and the same-named new unit it became are one candidate: the old one,
        which carries both codes (a province like Hải Phòng, 31 before and after)."""
        g = self.gazetteer
        now = {u.id: g.default_successor(u) or self._sole_successor(u) for u in units}
        merged = [u for u in units if not (u.era == "new" and any(
            (successor := now[o.id]) is not None and successor.id == u.id
            and name_key(o.name) == name_key(u.name)
            for o in units if o.era == "old"))]
        return merged

    def _sole_successor(self, unit: Unit) -> Unit | None:
        links = self.gazetteer.successors_of.get(unit.id, ())
        return self.gazetteer.unit(links[0].new_id) if len(links) == 1 else None

    def _contains(self, outer: Unit, inner: Unit) -> bool:
        if outer.level == "province":
            if inner.era == outer.era:
                return inner.province_code == outer.code
            return outer.era == "new" and outer.code in self.gazetteer.new_province_codes(inner)
        if outer.level == "district":
            return inner.era == "old" and inner.district_code == outer.code
        return False

    def _qualify(self, text: str, mentions: list[PlaceMention]) -> None:
        """A unit followed by its district or province ("xã Hồng Phong, huyện Ninh Giang")
        keeps only the candidates inside it. Right to left: the province narrows the district
        first."""
        for k in range(len(mentions) - 2, -1, -1):
            inner, outer = mentions[k], mentions[k + 1]
            if not outer.level or not inner.level:
                continue
            if LEVEL_RANK[outer.level] <= LEVEL_RANK[inner.level]:
                continue
            joint = text[inner.end:outer.start].rstrip()
            if outer.level_word and joint.endswith(outer.level_word):
                joint = joint[:-len(outer.level_word)]
            if " ".join(joint.split()) not in ("", ",", "(", ", thuộc", "thuộc", "-"):
                continue
            kept = [u for u in inner.candidates
                    if any(self._contains(o, u) for o in outer.candidates)]
            if kept:
                inner.keep(kept)
                inner.scope = "qualified"

    def _in_site(self, unit: Unit, site: SiteUnits) -> bool:
        own = site.unit
        if own is None:
            return False
        if unit.id == own.id or unit in site.new_communes:
            return True
        return own.level == "district" and unit.district_code == own.code

    @staticmethod
    def _in_province(unit: Unit, site: SiteUnits) -> bool:
        """In the site's province of the unit's own era."""
        province = site.old_province if unit.era == "old" else site.new_province
        return province is not None and unit.province_code == province.code

    def _in_new_province(self, unit: Unit, site: SiteUnits) -> bool:
        """An old unit of another old province that merged into the site's new one."""
        return site.new_province is not None \
            and site.new_province.code in self.gazetteer.new_province_codes(unit)

    def _scope(self, mention: PlaceMention, site: SiteUnits) -> None:
        if mention.scope == "qualified":
            return
        for scope, inside in (("site", self._in_site), ("province", self._in_province),
                              ("new province", self._in_new_province)):
            kept = [u for u in mention.candidates if inside(u, site)]
            if kept:
                mention.keep(kept)
                mention.scope = scope
                return
        mention.scope = "country"

    def _bare_allowed(self, mention: PlaceMention, site: SiteUnits) -> None:
        """A name without a level word: the site's own unit, a commune of the site's district, a
        district of its province, a province anywhere; the first that fits."""
        own = site.unit
        for level, allowed in ((None, lambda u: own is not None and u.id == own.id),
                               ("commune", lambda u: self._in_site(u, site)),
                               ("district", lambda u: self._in_province(u, site)),
                               ("province", lambda u: True)):
            kept = [u for u in mention.candidates
                    if (level is None or u.level == level) and allowed(u)]
            if kept:
                mention.keep(kept)
                mention.level = kept[0].level
                return
        mention.keep(())

    def find(self, text: str, site: SiteUnits | None = None, published: str | None = None
             ) -> list[PlaceMention]:
        """Every unit named in ``text`` (a body_text), in order. ``published`` is the article's
        date (ISO 8601, local); ``site`` the units of the site it was published on."""
        site = site or SiteUnits()
        mentions: list[PlaceMention] = []
        for mention in self._raw_mentions(text):
            following = " ".join(t[KEY] for t in _words_after(text, mention.end, 2))
            old_marker = any(following.startswith(m) for m in _OLD_MARKERS)
            if mention.evidence == "bare":
                self._bare_allowed(mention, site)
            self._era_filter(mention, published, old_marker)
            if mention.candidates:
                mentions.append(mention)
        self._qualify(text, mentions)
        for mention in mentions:
            self._scope(mention, site)
            self._era_preference(mention, published)
            if mention.evidence == "bare" and mention.scope == "country" \
                    and mention.level != "province":
                mention.keep(())
            confidence = (_BY_EVIDENCE[mention.evidence] * _BY_SCOPE[mention.scope]
                          * _BY_MATCH[mention.match] * (_OTHER_TYPE if mention.other_type else 1))
            mention.confidence = confidence / max(1, len(mention.candidates))
        return [m for m in mentions if m.candidates]


def find_places(text: str, site: SiteUnits | None = None, published: str | None = None,
                finder: PlaceFinder | None = None) -> list[dict[str, Any]]:
    """The ``places`` items of one body: one dict per (mention, candidate unit)."""
    finder = finder or default_finder()
    return [item for mention in finder.find(text, site, published)
            for item in mention.to_dicts(finder.gazetteer)]


_FINDER: list[PlaceFinder] = []


def default_finder() -> PlaceFinder:
    """The process's finder on the packaged gazetteer, built on first use."""
    if not _FINDER:
        _FINDER.append(PlaceFinder())
    return _FINDER[0]


def folded_names(items: Iterable[dict[str, Any]]) -> list[str]:
    """The search form of each item's name (for the ``name_folded`` column)."""
    return [fold(item["text"]) for item in items]
