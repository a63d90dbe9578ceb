"""Document references: "Kế hoạch số 27/KH-HĐTĐKT ngày 29/8/2017 của Hội đồng ...".

State style numbers carry a slash and a symbol ("1234/QĐ-UBND", "100/2019/NĐ-CP"); Party
style put a hyphen after the number ("24-CT/HU", "03-QĐi/HU"; Hướng dẫn 36-HD/VPTW) and
often hyphenated dates ("ngày 05-01-2016"). A bare number counts when "số" introduces it
("Nghị quyết số 52"), or after a strong type with a capital ("Nghị quyết 68"). An abbreviated
type ("QĐ số 861/QĐ-TTg", "KH 45/KH-UBND") counts only before a symbol number and is reported
with its full name. Text from legal documents wraps lines inside a reference ("Nghị định
số\n69/2008/NĐ-CP ngày 30 tháng\n5 năm 2008"): one line break may stand wherever a space may.

The span is type + optional "số" + number + optional (", ")"ngày <date>" (corpus README 3);
a law's name may stand before "số" ("Luật Đầu tư công số 49/2014/QH13"). Type and number are
copied as written (the type's white space made single, the number's stray spaces dropped:
"100 - KL/TW" gives "100-KL/TW"), the date becomes ISO, and the issuer is the body the same
sentence names:
"của X" / "do X ban hành" / "giữa X và Y" after the reference; X in "X đã ban hành", "X có",
"X đã ký", "được X phê duyệt ... tại", "đề nghị của X tại" before it; or, for the next item of
a list, the issuer of the item before. A dateline that opens the sentence ("TTĐT - UBND tỉnh
vừa ban hành ...", "(HPĐT) - Ban Thường vụ ...") is not part of the issuer.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from operator import itemgetter

from .lexicon import LEXICON, WRAP, key, phrase_alternation
from .lexicon import SPACE as S
from .numbers import digit_positions
from .sentences import Sentences
from .traps import DOC_NUMBER_PARTY, DOC_NUMBER_STATE


def _either_case_first(phrase: str) -> str:
    """"Quyết định" -> "[Qq]uyết định": running text writes types in either case."""
    head, tail = phrase[0], phrase[1:]
    return (f"[{head.upper()}{head.lower()}]"
            + f"{WRAP}+".join(re.escape(p) for p in tail.split(" ")))


_TYPES = "|".join(_either_case_first(t) for t in
                  sorted(LEXICON.document_types, key=lambda t: (-len(t), t)))
# Case as written, whole words: "QĐ", "KH", "TTr".
_ABBREVIATIONS = "|".join(re.escape(a) for a in sorted(LEXICON.document_type_abbreviations,
                                                       key=lambda a: (-len(a), a)))
_BARE = r"[0-9]{1,5}(?![0-9/]|[.,][0-9]|-[^\W_]|[^\W\d_])"
_DATE = (rf"(?P<d>[0-9]{{1,2}}){S}*(?P<sep>[/.-]){S}*(?P<m>[0-9]{{1,2}}){S}*(?P=sep){S}*"
         rf"(?P<y>[0-9]{{4}})"
         rf"|(?P<d2>[0-9]{{1,2}}){WRAP}+tháng{WRAP}+(?P<m2>[0-9]{{1,2}}){WRAP}+năm{WRAP}+"
         rf"(?P<y2>[0-9]{{4}})")
_DATE_TAIL = rf"(?:{S}*,{S}*|{WRAP}+)ngày{WRAP}+(?:{_DATE})(?![0-9])"

# A name may stand between the type and "số" ("Luật Đầu tư công số 49/2014/QH13"); it is
# accepted only before "số" and a symbol number (see _acceptable).
_UPPER = "[" + "".join(ch for ch in map(chr, range(0x41, 0x2000))
                       if ch.isupper() and "LATIN" in unicodedata.name(ch, "")) + "]"
_NAME_WORD = rf"(?![Ss]ố(?![^\W\d_])|(?:{_TYPES})(?![^\W\d_]))[^\W\d_]+"
DOCUMENT = re.compile(
    rf"(?<![^\W\d_])(?P<type>{_TYPES}|(?P<abbr>{_ABBREVIATIONS}))"
    rf"(?P<name>{S}+(?={_UPPER}){_NAME_WORD}(?:,?{S}+{_NAME_WORD}){{0,7}}?)?"
    rf"{WRAP}+(?:(?P<so>[Ss]ố){WRAP}*:?{WRAP}*)?"
    rf"(?P<number>{DOC_NUMBER_PARTY}|{DOC_NUMBER_STATE}|{_BARE})"
    rf"(?P<date>{_DATE_TAIL})?")

# "Quyết định số 12/QĐ-UBND và số 15/QĐ-UBND": a second number of the same type.
CONTINUATION = re.compile(
    rf"(?:{S}*[,;]{S}*|{S}+và{S}+)(?P<so>[Ss]ố{WRAP}+)?"
    rf"(?P<number>{DOC_NUMBER_PARTY}|{DOC_NUMBER_STATE})(?![^\W_])"
    rf"(?P<date>{_DATE_TAIL})?")

_CANONICAL_TYPE = {key(t): t for t in LEXICON.document_types}
_UNIT_AFTER_BARE = re.compile(rf"{S}+(?:%|{phrase_alternation(LEXICON.counted_nouns)})(?![^\W\d_])",
                              re.IGNORECASE)


@dataclass(frozen=True)
class DocumentRef:
    start: int
    end: int
    doc_type: str
    number: str
    issued: str | None
    issuer: str | None = None
    issuer_from_verb: bool = False    # the issuer was the subject of "ban hành": a list
                                      # after that reference shares it (_with_issuer)


# Every reference opens with the first word of a type (either case of its first letter, as
# _either_case_first writes it) or with an abbreviation.
_OPENING_WORDS = sorted(
    {letter + first[1:] for t in LEXICON.document_types for first in (t.split(" ")[0],)
     for letter in first[0].upper() + first[0].lower()}
    | set(LEXICON.document_type_abbreviations))


# Every opening word's first letter, then its rest as a look-ahead: each match is that one
# letter, so ``finditer`` goes on at the next character and finds every position where some
# opening word starts (overlapping ones too), and the engine skips in C to the next first
# letter. One scan instead of one ``str.find`` scan of the text per word (55 of them).
_OPENING = re.compile("|".join(
    re.escape(first) + "(?=" + "|".join(re.escape(word[1:]) for word in words) + ")"
    for first, words in itertools.groupby(_OPENING_WORDS, key=itemgetter(0))))


_SHORTEST_OPENING = min(map(len, _OPENING_WORDS))


def reference_openings(text: str) -> list[int]:
    """Where a reference may start, in order. DOCUMENT opens with a look-behind and some fifty
    alternatives, which the regex engine tries at every position of the text (1.5 ms on a
    10,000-character body); ``_OPENING`` finds where one of their opening words is. A body has
    a hundred such words of its prose ("kế hoạch", "thông báo", "chỉ đạo"), where DOCUMENT
    fails only after trying its types and a name (a few µs each). A reference's number follows
    its first letter with only letters, spaces, single line breaks, commas and colons between:
    so an opening counts only where a digit comes before the next full stop or blank line.
    That is, it lies between the last digit, full stop or blank line before a digit and that
    digit: ``_OPENING`` scans only those stretches (a body's digits are few; its opening
    letters, a fifth of its characters: 0.24 -> 0.1 ms). No opening word holds a digit, so
    none is cut short by a stretch ending at one."""
    openings: list[int] = []
    after_digit = 0  # just after the last digit seen: where the next stretch may begin
    for digit in digit_positions(text):
        if digit - after_digit >= _SHORTEST_OPENING:  # room for a word: not "15/3/2023"
            low = max(after_digit, text.rfind(".", after_digit, digit) + 1,
                      text.rfind("\n\n", after_digit, digit) + 1)
            openings.extend(map(re.Match.start, _OPENING.finditer(text, low, digit)))
        after_digit = digit + 1
    return openings


def _search(text: str, openings: list[int], pos: int) -> re.Match[str] | None:
    """``DOCUMENT.search(text, pos)``, trying DOCUMENT only where a reference may open."""
    for at in openings[bisect_left(openings, pos):]:
        if (m := DOCUMENT.match(text, at)) is not None:
            return m
    return None


def find_documents(text: str, sentences: Sentences) -> list[DocumentRef]:
    refs: list[DocumentRef] = []
    pos = 0
    openings = reference_openings(text)
    while (m := _search(text, openings, pos)) is not None:
        if not _acceptable(text, m):
            pos = m.start() + 1          # a rejected match must not hide a reference inside it
            continue
        abbreviation = m.group("abbr")
        doc_type = (LEXICON.document_type_abbreviations[abbreviation] if abbreviation
                    else " ".join(m.group("type").split()))
        refs.append(_ref(m, doc_type))
        pos = refs[-1].end
        while (more := CONTINUATION.match(text, pos)) is not None:
            refs.append(_ref(more, doc_type))
            pos = more.end()
    done: list[DocumentRef] = []
    for ref in refs:                      # in order: a list item may inherit its issuer
        done.append(_with_issuer(text, sentences, ref, done[-1] if done else None))
    return done


def _acceptable(text: str, m: re.Match[str]) -> bool:
    number, doc_type = m.group("number"), key(m.group("type"))
    if m.group("abbr"):
        return not m.group("name") and not number.isdigit()   # "KH 2024" is no reference
    if m.group("name"):
        return bool(m.group("so")) and not number.isdigit()
    if not number.isdigit():
        return True                                   # a symbol number is always a reference
    canonical = _CANONICAL_TYPE[doc_type]
    if canonical in LEXICON.document_types_symbol_only:
        return False                                  # "Chương trình 135", "Đề án 06"
    if m.group("so"):
        return True                                   # "Nghị quyết số 52"
    return (canonical in LEXICON.document_types_bare_without_so
            and m.group("type")[0].isupper()
            and not re.fullmatch(r"(?:19|20)[0-9]{2}", number)      # "Luật 2013" is a year
            and not _UNIT_AFTER_BARE.match(text, m.end("number")))  # "quyết định 5 hộ"


def _ref(m: re.Match[str], doc_type: str) -> DocumentRef:
    issued = _iso_date(m)
    end = m.end() if issued else m.end("number")      # an impossible date stays out of the span
    if "type" in m.re.groupindex:
        start = m.start()
    else:                                             # a continuation: "số 15/QĐ-UBND"
        start = m.start("so") if m.group("so") else m.start("number")
    return DocumentRef(start, end, doc_type, _without_stray_spaces(m.group("number")), issued)


def _without_stray_spaces(number: str) -> str:
    """"100 - KL/TW" -> "100-KL/TW", "2345 / QĐ-UBND" -> "2345/QĐ-UBND": one identifier."""
    return "".join(number.split()).replace("–", "-")


def _iso_date(m: re.Match[str]) -> str | None:
    if not m.group("date"):
        return None
    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (
        m.group("d2"), m.group("m2"), m.group("y2"))
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


# --- issuer --------------------------------------------------------------------------------

# "của X", "do X ban hành", and joint documents "giữa X và Y".
_AFTER = re.compile(rf"{S}*,?{S}*(?P<word>của|do|giữa){S}+")
# "Theo đề nghị của X tại Tờ trình số ...": X wrote the document.
_OF_BEFORE = re.compile(rf"(?<![^\W\d_])của{S}+")
_AT_BEFORE = re.compile(rf"{S}+(?:tại|theo){S}+")
# The verbs by which a body issues a document: "ban hành", "phê duyệt", "thông qua" (a
# People's Council passes its resolutions), "ký ban hành".
_VERB_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?P<verb>(?:ký{S}+)?ban{S}+hành|phê{S}+duyệt|thông{S}+qua|ký|có)"
    rf"(?:{S}+(?:[^,;.:\n]{{0,60}}?{S})?(?:tại|theo|bằng))?{S}*$")
_AUXILIARIES = re.compile(rf"(?:{S}+(?:đã|vừa|mới|chính{S}+thức|sẽ|đồng{S}+thời))+{S}*$")
_CLAUSE_START = re.compile(rf"[,;:(“\"]{S}*|(?<![^\W\d_])(?:được|do){S}+")
_LIST_JOIN = re.compile(rf"(?:[,;]|{S}và){S}*$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_DASH_JOIN = re.compile(rf"{S}+[-–]{S}+(?=[^\W\d_])")
_COMMA_PHRASE = re.compile(phrase_alternation(LEXICON.issuer_comma_phrases).replace(",", f",{S}*"))
_GAP = re.compile(rf"{S}+")
_STOP = re.compile(rf"(?:{phrase_alternation(LEXICON.issuer_stop_words)})(?![^\W\d_])")
_COMMITTEE = re.compile(phrase_alternation(LEXICON.issuer_committee_heads))
_TYPE_AHEAD = re.compile(rf"(?:{_TYPES})(?![^\W\d_])")
# A dateline before the subject: "TTĐT - ", "(HPĐT) - ", "KIẾN THỤY – " (capitals only, so
# that "Bộ Lao động - Thương binh và Xã hội" stays whole).
_DATELINE = re.compile(rf"^\(?(?:{_UPPER}|[0-9.])+(?:{S}+(?:{_UPPER}|[0-9.])+){{0,3}}\)?"
                       rf"{S}*[-–—]{S}*")
MAX_ISSUER_WORDS = 14
LOOKBACK = 240          # characters before a reference searched for "X đã ban hành"


def _with_issuer(text: str, sentences: Sentences, ref: DocumentRef,
                 previous: DocumentRef | None) -> DocumentRef:
    sent_start, _ = sentences.around(ref.start)
    # A line break inside the reference ends a "sentence" (Sentences splits lines): the issuer
    # after it is looked for in the sentence where the reference ends.
    _, sent_end = sentences.around(ref.end - 1)
    after = _AFTER.match(text, ref.end, sent_end)
    if after:
        issuer, stopped_by = _copy_issuer(text, after.end(), sent_end)
        # "do" also means "because": only "do X ban hành/ký" names an issuer.
        if issuer and (after.group("word") != "do" or stopped_by in ("ban hành", "ký", "kí")):
            return replace(ref, issuer=issuer)
    # Look back a bounded window only: a sentence may be a megabyte without punctuation.
    subject = _subject_of_verb(text, max(sent_start, ref.start - LOOKBACK), ref.start)
    if subject:
        return replace(ref, issuer=subject, issuer_from_verb=True)
    author = _author_before(text, max(sent_start, ref.start - LOOKBACK), ref.start)
    if author:
        return replace(ref, issuer=author)
    if (previous is not None and previous.issuer_from_verb and previous.start >= sent_start
            and _LIST_JOIN.search(text, max(previous.end, ref.start - 8), ref.start)):
        # "Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 24-CT/HU ...; Quy định số 03-QĐi/HU"
        return replace(ref, issuer=previous.issuer, issuer_from_verb=True)
    return ref


def _subject_of_verb(text: str, start: int, ref_start: int) -> str | None:
    """X in "X đã ban hành <ref>" or "được X phê duyệt ... tại <ref>", from ``start`` on."""
    verb = _VERB_BEFORE.search(text, start, ref_start)
    if verb is None:
        return None
    head = text[start:verb.start()]
    aux = _AUXILIARIES.search(head)
    if aux:
        head = head[:aux.start()]
    clause = 0
    for m in _CLAUSE_START.finditer(head):
        clause = m.end()
    subject = _DATELINE.sub("", head[clause:].strip(), count=1)
    if not subject or not subject[0].isupper() or len(subject.split()) > MAX_ISSUER_WORDS:
        return None
    if any(ch.isdigit() for ch in subject):
        return None
    return subject


def _author_before(text: str, start: int, ref_start: int) -> str | None:
    """X in "(đề nghị) của X tại <ref>"."""
    ofs = list(_OF_BEFORE.finditer(text, start, ref_start))
    if not ofs:
        return None
    of = ofs[-1]
    issuer, _ = _copy_issuer(text, of.end(), ref_start)
    if issuer is None:
        return None
    at = _AT_BEFORE.match(text, of.end() + len(issuer), ref_start)
    return issuer if at is not None and at.end() == ref_start else None


def _copy_issuer(text: str, pos: int, limit: int) -> tuple[str | None, str | None]:
    """The organisation named from ``pos``, copied as written, and the word that ended it.

    Capitalised words always continue the name; a lowercase word continues it unless it is a
    stop word ("về", "ban hành", "với", ...). "và" joins two capitalised halves ("Bộ Giáo dục
    và Đào tạo"). A committee's own subject stays in its name ("Ban Chỉ đạo liên ngành về an
    toàn thực phẩm tỉnh").
    """
    first = _WORD.match(text, pos, limit)
    if first is None or not first.group()[0].isupper():
        return None, None
    committee = _COMMITTEE.match(text, pos, limit)
    end = cursor = pos
    if committee:
        end = committee.end()
        gap = _GAP.match(text, end, limit)
        cursor = gap.end() if gap else limit
    words = 0
    stopped_by: str | None = None
    while cursor < limit and words < MAX_ISSUER_WORDS:
        word = _WORD.match(text, cursor, limit)
        if word is None or any(ch.isdigit() for ch in word.group()):
            break
        stop = _STOP.match(text, cursor, limit) if word.group()[0].islower() else None
        if stop and not _name_goes_on(text, stop, committee is not None, limit):
            stopped_by = " ".join(stop.group().split())
            break
        phrase = _COMMA_PHRASE.match(text, word.start(), limit)
        end = phrase.end() if phrase else word.end()
        words += 1
        gap = _DASH_JOIN.match(text, end, limit) or _GAP.match(text, end, limit)
        if gap is None:
            break
        cursor = gap.end()
    issuer = text[pos:end].strip()
    return (issuer or None), stopped_by


def _name_goes_on(text: str, stop: re.Match[str], committee: bool, limit: int) -> bool:
    """A stop word that is still part of the name: a committee's subject ("Ban Chỉ đạo ... về
    an toàn thực phẩm"), or "và" between two capitalised halves ("Bộ Giáo dục và Đào tạo")
    that do not start another reference ("... và Quyết định số ...")."""
    if committee and stop.group() in ("về", "chỉ đạo"):
        return True
    if stop.group() != "và":
        return False
    gap = _GAP.match(text, stop.end(), limit)
    if gap is None:
        return False
    nxt = _WORD.match(text, gap.end(), limit)
    return bool(nxt and nxt.group()[0].isupper() and not _TYPE_AHEAD.match(text, gap.end(), limit))
