"""Which of the confident hits a question quotes first, by the kind of answer it asks for.

BM25 and the evidence (`evidence.py`) rank sentences; the dialogue then asks, of the few that
are confident enough to quote, which one gives what the question wants:

* `by_date`: of a question that prefers the newest or oldest release ("who is the chairman
  now?", "who was the first chairman?"), the release by its date, among those whose sentence
  holds the kind of answer asked for (a number, "the number of companies", a handover, an
  earlier career, a founding), and within it the best ranked such sentence;
* `totals_of`: of a "how many ... now" question, every sentence that gives "the number of"
  what it counts, as a candidate however few of the question's words it shares;
* `within_first`: of a question whose year names something ("the 2016 annual review"), a
  release of that year that answers nearly as well as the best, from whatever year;
* `amounts_first`: of a "how many"/"how much" question, the sentences that state an amount,
  and of those a near one that gives a total ("a total of seven") over one that gives parts;
* `dates_first`: of a "when" question, a sentence that tells a time over a near one that does
  not, and of those that tell one, the surest ("Launched in 2019, the programme ..." over a
  lead that dates only its own news);
* `sited_first`: of a "where" question, a sentence that says where something is located or
  based over a near one that only mentions a place;
* `spans_first`: of a "when" question that asks both ends ("start and end"), a sentence that
  tells a span by both its ends over a near one that tells one time;
* `kinds_first`: of a "what N"/"which N" question, a sentence that names the kind of thing
  asked for over a near one that does not;
* `named_first`: of a "what N"/"which N" question, a sentence that names a thing of that kind
  by its name ("the Pathfinder programme") over a near one that points back to it ("this
  programme");
* `introduced_first`: of a "what is X?" question, the best sentence of the oldest release
  among the near ones, which announced X, over later ones that take it as known;
* `beyond_lead`: of a question of none of these kinds, a sentence of the best release that
  holds a word of the question its lead lacks over the lead (or a heading), when as confident;
* `background_first`: of a question about someone's earlier career, a sentence that tells
  a career over a near one that does not;
* `conditions_first`: of a question that asks what happens if something comes about, a
  sentence that states a condition ("in the event of", "if") over a near one that does not;
* `persons_first`: of a "who" question, a sentence that names a person by a title over a near
  one that names none;
* `measures_first`: of a "how tall"/"how long"/"how big" question, a sentence that gives the
  measure asked for, or runs on to one that does (see `completed`), over a near one that
  does not;
* `completed`: a quote runs on to the next sentence of its paragraph when that one gives the
  count, measure, time or place asked for and the quoted one does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import partial
from itertools import pairwise

from ...text.patterns import Pattern
from ..kinds.conditions import tells_condition
from ..kinds.cues import SMALL_NUMBERS, gives_amount, gives_number_of_things, holds, names_person
from ..kinds.descriptions import describes
from ..kinds.measures import measures, without_shares
from ..kinds.periods import TimeFrame
from ..kinds.places import sites
from ..kinds.succession import tells_background, tells_origin, tells_previous_post, tells_succession
from ..kinds.targets import tells_target
from ..kinds.times import tells_span, tells_time
from ..question.query import Query
from ..words.specific import presence_words
from .evidence import SUREST, Evidence
from .retrieval import Hit, Retriever
from .timeline import NEAR_CONFIDENCE, prefer

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime

    from ..kinds.periods import Order

# A "when" question's timed sentence from another release than the best (timeless) one is
# quoted first when its confidence is at least this share of the best.
OTHER_RELEASE_SHARE = 0.85
# The most sentences holding what a "how many ... now" question counts that are read for a
# total (the last ones of the corpus: a press room's files are mostly read oldest first).
_TOTALS_READ = 5000
# A "when" question's sentence that tells a time, of the release of the best (timeless) one,
# is quoted first, as confidently, when its own confidence is at least this share of the best:
# the release answers, and a sentence of it that shares fewer of the words tells when
# ("... are expected to be made available by 2021" below a lead that dates nothing).
TIMED_SHARE = 0.4
# A "how many" answer without a number keeps this share of its confidence.
AMOUNTLESS_SHARE = 0.35


def by_date(
    retriever: Retriever,
    query: Query,
    order: Order,
    confident: list[Hit],
    confidence_of: dict[Hit, float],
    hits: list[Hit],
) -> list[Hit]:
    """Return `hits` with the one to quote first for a question that prefers the newest (or
    oldest) release put first: see the module docstring."""
    # By confidence, not score: the score counts title words, which favour whichever
    # release's title happens to repeat the question, often an older one.
    by_confidence = sorted(confident, key=lambda h: -confidence_of[h])
    if query.wanted:
        # A newer release must hold the kind of answer asked for (a number for "how
        # many"), not just the question's words.
        asked, term = set(query.terms), retriever.reader.term
        cued = [
            h for h in by_confidence if holds(query.wanted, retriever.text(h.sentence), asked, term)
        ]
        by_confidence = cued or by_confidence
        evidence = Evidence(query, retriever.config, term)
        if evidence.sharp:
            # "How many companies": when releases tell "the number of companies", the
            # newest of those, not one that merely counts some companies ("45 companies
            # showed their products"), which answers only as a last resort.
            # A total must answer nearly as surely as the best, or be about all the question
            # names: "the number of Park companies" of a release that never names the trip
            # asked about does not tell how many companies went.
            near = NEAR_CONFIDENCE * confidence_of[by_confidence[0]]
            surest = [
                h
                for h in by_confidence
                if (confidence_of[h] >= near or _about_all(retriever, query, h))
                and evidence.gives_what_is_asked(retriever.text(h.sentence)) == SUREST
            ]
            by_confidence = surest or by_confidence
    tells = _told(query)
    if tells is not None:
        told = [h for h in by_confidence if tells(retriever.text(h.sentence))]
        if query.background:
            # What someone did before joining is the post held just before, when told.
            told = [h for h in told if tells_previous_post(retriever.text(h.sentence))] or told
        by_confidence = told or by_confidence
    dates = [retriever.passage(h).date for h in by_confidence]
    confidences = [confidence_of[h] for h in by_confidence]
    preferred = by_confidence[prefer(by_confidence, confidences, dates, order)]
    # Within the release chosen, the best ranked of its sentences that give the kind of
    # answer asked for answers.
    document, answering = retriever.document_of(preferred), set(by_confidence)
    chosen = next(h for h in confident if retriever.document_of(h) == document and h in answering)
    if query.wanted == "who":
        # "Who joined the board in 2021?" is told by the sentence of that release that names
        # a person ("Dr Sunniva Achterberg has been appointed"), not by the one that
        # announces the appointment ("the Secretary had appointed a new member").
        same = [h for h in confident if retriever.document_of(h) == document and h != chosen]
        chosen = _told_first(retriever, [chosen, *same], confidence_of, 0.0, names_person)[0]
    return [chosen] + [h for h in hits if h != chosen]


def _about_all(retriever: Retriever, query: Query, hit: Hit) -> bool:
    """Return whether a hit mentions (`Retriever.mentions`: in its sentence, its paragraph or
    its release's headings) every term of `query`, or an alternative of each group."""
    grouped = {t for group in query.alternatives for alternative in group for t in alternative}
    return all(retriever.mentions(hit, t) for t in query.terms if t not in grouped) and all(
        any(all(retriever.mentions(hit, t) for t in alternative) for alternative in group)
        for group in query.alternatives
    )


def totals_of(
    retriever: Retriever,
    query: Query,
    order: Order,
    hits: list[Hit],
    documents: Container[int] | None,
) -> list[Hit]:
    """Return the sentences (of `documents`, None: all) not among `hits` that tell "the
    number of" what a "how many" question counts (`Evidence.gives_what_is_asked`: SUREST),
    from releases newer (for `order` "newest"; older, for "oldest") than any such sentence
    among `hits`: a later total the search missed, not another earlier one."""
    counted = query.counted
    if counted is None:
        return []
    evidence = Evidence(query, retriever.config, retriever.reader.term)

    def total(hit: Hit) -> bool:
        return evidence.gives_what_is_asked(retriever.text(hit.sentence)) == SUREST

    def date(hit: Hit) -> datetime.date | None:
        return retriever.passage(hit).date

    known = [d for h in hits if total(h) and (d := date(h)) is not None]
    held, found = set(hits), []
    holding = sorted({s for t in query.counting for s in retriever.sentences_holding(t)})
    for sentence in holding[-_TOTALS_READ:]:
        hit = Hit(sentence, 0.0)
        if hit in held or (documents is not None and retriever.document_of(hit) not in documents):
            continue
        when = date(hit)
        if known and (
            when is None or (when <= max(known) if order == "newest" else when >= min(known))
        ):
            continue
        if total(hit):
            found.append(hit)
    return found


def within_first(
    retriever: Retriever,
    frame: TimeFrame,
    confident: list[Hit],
    confidence_of: dict[Hit, float],
    hits: list[Hit],
) -> list[Hit]:
    """Return `hits` with the best ranked confident hit from a release dated within `frame`
    first, when its confidence is at least `NEAR_CONFIDENCE` of the best: "the 2016 annual
    review" is best told by a release of 2016, but a later one that quotes it answers too."""
    if not confident:
        return hits
    best = max(confidence_of[h] for h in confident)
    dated = (
        h
        for h in confident
        if confidence_of[h] >= NEAR_CONFIDENCE * best and frame.holds(retriever.passage(h).date)
    )
    chosen = next(dated, None)
    if chosen is None:
        return hits
    return [chosen] + [h for h in hits if h != chosen]


def _told(query: Query) -> Callable[[str], bool] | None:
    """Return what a sentence must tell to answer a question about posts over time: the
    handover for "who was chairman before Dr Wexford?", an earlier career for "what did
    Mr Sethi-Blake do before KBIP?", the founding for "who was the first chairman?"; None for
    others."""
    if query.succession:
        return tells_succession
    if query.background:
        return tells_background
    if query.origin:
        return tells_origin
    if query.target:
        return tells_target
    return None


def amounts_first(
    retriever: Retriever,
    query: Query,
    hits: list[Hit],
    confidence_of: dict[Hit, float],
    threshold: float,
) -> tuple[list[Hit], dict[Hit, float]]:
    """Return the hits of a "how many"/"how much" question with those that state an amount
    (not a date or a year; not a percentage either when it counts something,
    `Query.counted`, unless no hit as confident as `threshold` gives what is asked,
    `Evidence.gives_what_is_asked`: "120 startup desks" count no graduates) first, and the
    confidence of the others cut by `AMOUNTLESS_SHARE`: a sentence with every word of the
    question but no number does not tell how many. When the question names no thing it
    counts ("how many attended?"), only a number of some things ("over 300 engineers")
    states an amount; when it asks how much money ("how much funding ...?"), only a sum of
    money does ("KB$2 billion"), not a count ("120 startup desks")."""
    counted, term = query.counted, retriever.reader.term
    evidence = Evidence(query, retriever.config, term)

    def text(sentence: int) -> str:
        said = retriever.text(sentence)
        return without_shares(said) if counted else said

    # "How many attended?" counts no thing it names: the number must be of some.
    things = any(term(word) in query.counting for word in presence_words(query.words))
    gives = gives_number_of_things if things else gives_amount
    if query.measure in ("money", "currency"):
        gives = partial(measures, "money")
    stated = [h for h in hits if gives(text(h.sentence))]
    if counted and not any(
        confidence_of[h] >= threshold and evidence.gives_what_is_asked(text(h.sentence)) > 0
        for h in stated
    ):
        # No sentence that answers counts it ("120 startup desks" do not count graduates): a
        # share ("78 per cent of the graduates are still in business") is the nearest answer
        # there is.
        stated = [h for h in hits if gives(retriever.text(h.sentence))]
    if not stated:
        return hits, {h: AMOUNTLESS_SHARE * c for h, c in confidence_of.items()}
    held = set(stated)
    rest = [h for h in hits if h not in held]
    cut = {h: AMOUNTLESS_SHARE * confidence_of[h] for h in rest}
    return _total_first(retriever, stated, confidence_of) + rest, {**confidence_of, **cut}


# "A total of seven partnerships", "30 in total": the whole count, not a part of it.
_A_TOTAL = Pattern(
    r"\btotal\s+of\s+(?:(?:over|more\s+than|nearly|almost|about|around|some)\s+)?"
    rf"(?:\d|(?:one|{'|'.join(SMALL_NUMBERS)}|dozens?|hundreds?|thousands?)\b)|\bin\s+total\b",
    re.IGNORECASE,
)


def _total_first(
    retriever: Retriever, stated: list[Hit], confidence_of: dict[Hit, float]
) -> list[Hit]:
    """Return `stated` with the first that gives a total ("a total of seven partnerships")
    first, when the first does not and it is nearly as confident (`NEAR_CONFIDENCE`): "two
    partnerships, while another five deals" gives the parts of the count asked for."""
    text = retriever.text
    if not stated or _A_TOTAL.search(text(stated[0].sentence)):
        return stated
    near = NEAR_CONFIDENCE * confidence_of[stated[0]]
    told = next(
        (h for h in stated if confidence_of[h] >= near and _A_TOTAL.search(text(h.sentence))),
        None,
    )
    return _first(told, stated)


def dates_first(
    retriever: Retriever, hits: list[Hit], confidence_of: dict[Hit, float]
) -> tuple[list[Hit], dict[Hit, float]]:
    """Return the hits of a "when" question with the first that tells a time
    (`times.tells_time`: a date, a year, "six months later") first, when the best does not
    and it is confident enough (`TIMED_SHARE` of the best, from the same release; as
    confident, `OTHER_RELEASE_SHARE`, from another): "Welcoming the appointment, Ms
    Tollefsen, CEO, said ..." holds every word of "when did Ms Tollefsen become CEO?" but does
    not tell when. The same release's timed sentence is quoted as confidently as the best
    (the release answers; it tells when); another's keeps its own confidence, and a sentence
    without a time may still answer, by its release's date ("Acme opened a laboratory")."""
    text = retriever.text
    if not hits:
        return hits, confidence_of
    if tells_time(text(hits[0].sentence)):
        return _surer_timed(retriever, hits, confidence_of), confidence_of
    # Another release's sentence must answer as surely: "when did Ingrid Tollefsen become CEO?"
    # is not answered by when Nils Tollefsen was "appointed CEO six months later". Of those,
    # the one that answers best: "Launched in 2020, the PLT programme ..." over the lead of a
    # later release that only dates its own news ("confirmed the 2021 cohort").
    near = _near(retriever, hits, confidence_of, TIMED_SHARE)
    timed = max(
        (h for h in near if tells_time(text(h.sentence))),
        key=lambda h: confidence_of[h],
        default=None,
    )
    if timed is None:
        return hits, confidence_of
    best = confidence_of[hits[0]]
    if retriever.document_of(timed) == retriever.document_of(hits[0]):
        # The release answers as surely as its best sentence did; this one tells when.
        confidence_of = {**confidence_of, timed: max(confidence_of[timed], best)}
    return [timed] + [h for h in hits if h != timed], confidence_of


def _surer_timed(
    retriever: Retriever, hits: list[Hit], confidence_of: dict[Hit, float]
) -> list[Hit]:
    """Return `hits`, whose first tells a time, with the timed hit of the highest confidence
    first when the first is not near it (`NEAR_CONFIDENCE`): "Larchmont confirmed the 2023
    cohort of its Makers of Tomorrow programme" dates its own news, while "Launched in 2019,
    the programme ..." tells when it started."""
    first = hits[0]
    surest = max(
        (h for h in hits if tells_time(retriever.text(h.sentence))),
        key=lambda h: confidence_of[h],
    )
    if confidence_of[first] >= NEAR_CONFIDENCE * confidence_of[surest]:
        return hits
    return [surest] + [h for h in hits if h != surest]


def spans_first(
    retriever: Retriever, hits: list[Hit], confidence_of: dict[Hit, float], threshold: float
) -> list[Hit]:
    """Return the hits of a question that asks when something began and ended with the first
    confident one that tells a span of time by both its ends (`times.tells_span`) first, when
    the first confident one does not and it is nearly as confident (`_told_first`): "their
    lease will expire at the end of 2021" tells only its end."""
    return _told_first(retriever, hits, confidence_of, threshold, tells_span)


def introduced_first(
    retriever: Retriever, hits: list[Hit], confidence_of: dict[Hit, float], threshold: float
) -> list[Hit]:
    """Return the hits of a "what is X?" question with the best of the oldest release among
    the nearly as confident (`NEAR_CONFIDENCE`) first: a release says what a thing is when it
    announces it, and later ones take it as known ("officially joined the Harbour Angels
    network as a strategic partner"). A first that says what the thing is
    (`descriptions.describes`) stays first, whatever its release."""
    confident = [h for h in hits if confidence_of[h] >= threshold]
    if not confident or describes(retriever.text(confident[0].sentence)):
        return hits
    best = confidence_of[confident[0]]
    near = [h for h in confident if confidence_of[h] >= NEAR_CONFIDENCE * best]
    dated = [(d, at) for at, h in enumerate(near) if (d := retriever.passage(h).date) is not None]
    if not dated:
        return hits
    return _first(near[min(dated)[1]], hits)


def sited_first(
    retriever: Retriever,
    query: Query,
    hits: list[Hit],
    confidence_of: dict[Hit, float],
    threshold: float,
) -> list[Hit]:
    """Return the hits of a "where" question with the first confident one (`threshold`) that
    says where the thing asked about is sited (`places.sites`: "the service, located at",
    "the Innovation Park in Kestrel Bay") first, when the first confident one does not and it
    is nearly as confident (`_told_first`): "The facility, located at the Saltmarsh
    campus ..." tells where the computing service is, while the lead that announces the
    service "at Tidewater Tower, including ..." only mentions where its news
    happened."""
    asked, term = set(query.terms), retriever.reader.term
    return _told_first(
        retriever, hits, confidence_of, threshold, lambda text: sites(text, asked, term)
    )


def beyond_lead(
    retriever: Retriever,
    query: Query,
    hits: list[Hit],
    confidence_of: dict[Hit, float],
    threshold: float,
) -> list[Hit]:
    """Return `hits` with a confident sentence of the first confident one's release first,
    when the first opens its release (its lead, or a heading or deck above it) and the other
    holds a word of the question the first lacks, and is as confident: a lead repeats the
    names the whole release is about ("the speech by the Mayor at the Harbour Forum"), while
    the sentence below tells what is asked of them ("I visited the Tarrant museum")."""
    confident = [h for h in hits if confidence_of[h] >= threshold]
    if not confident:
        return hits
    first = confident[0]
    document = retriever.document_of(first)
    if not retriever.opens(first):
        return hits
    missing = [t for t in query.terms if not retriever.says(first, t)]
    if not missing:
        return hits
    best = confidence_of[first]
    told = next(
        (
            h
            for h in confident[1:]
            if retriever.document_of(h) == document
            and confidence_of[h] >= best
            and any(retriever.says(h, t) for t in missing)
        ),
        None,
    )
    return _first(told, hits)


def kinds_first(
    retriever: Retriever,
    query: Query,
    hits: list[Hit],
    confidence_of: dict[Hit, float],
    threshold: float,
) -> list[Hit]:
    """Return the hits of a "what N"/"which N" question (`Query.kind`) with the surest
    confident one (`threshold`) that names the kind of thing asked for first, when the first
    confident one does not and it is nearly as confident (`_near`): "The two sides discussed
    the work plan" holds "two" and "plan" of "which two campuses did the board plan?" but
    names no campus, where "The two new campuses focusing on ..." does."""
    kind = query.kind
    confident = [h for h in hits if confidence_of[h] >= threshold]
    if kind is None or not confident or retriever.says(confident[0], kind):
        return hits
    told = max(
        (h for h in _near(retriever, confident, confidence_of) if retriever.says(h, kind)),
        key=lambda h: confidence_of[h],
        default=None,
    )
    return _first(told, hits)


def named_first(
    retriever: Retriever,
    query: Query,
    hits: list[Hit],
    confidence_of: dict[Hit, float],
    threshold: float,
) -> list[Hit]:
    """Return the hits of a "what N"/"which N" question (`Query.kind`) with the first confident
    one (`threshold`) that names a thing of that kind by its name (`names_one`) first, when
    the first confident one does not and it is nearly as confident (`_told_first`):
    "programmes for students" asks which ones, and "the Pathfinder programme aims to ..."
    names one, where "this programme gives them a head start" only points back to it."""
    kind = query.kind
    if kind is None:
        return hits
    asked, term = set(query.terms), retriever.reader.term
    return _told_first(
        retriever, hits, confidence_of, threshold, partial(names_one, kind, asked, term)
    )


# A word, with the closing quote of a name that ends with it.
_TOKEN = Pattern(r"[\w&'’+-]+[”\"]?")


def names_one(kind: str, asked: set[str], term: Callable[[str], str], sentence: str) -> bool:
    """Return whether `sentence` names a thing of the term `kind` by a name the question (of
    terms `asked`) lacks: a capitalised word, not the first nor a possessive, right before the
    kind's word ("the Pathfinder programme", "the Mentoring Programme")."""
    words = [match.group(0).rstrip('”"') for match in _TOKEN.finditer(sentence)]
    return any(
        term(word.lower()) == kind
        and before[:1].isupper()
        and not before.endswith(("'s", "’s"))  # "the Council's programme": whose, not which
        and at > 0
        and term(before.lower()) not in asked
        for at, (before, word) in enumerate(pairwise(words))
    )


def background_first(
    retriever: Retriever, hits: list[Hit], confidence_of: dict[Hit, float], threshold: float
) -> list[Hit]:
    """Return the hits of a question about someone's earlier career ("what is her
    background?") with the first confident one that tells a career (`succession.
    tells_background`: "previously", "has held", "with rich experience in") first, when the
    first confident one tells none and it is nearly as confident (`_told_first`)."""
    return _told_first(retriever, hits, confidence_of, threshold, tells_background)


def conditions_first(
    retriever: Retriever, hits: list[Hit], confidence_of: dict[Hit, float], threshold: float
) -> list[Hit]:
    """Return the hits of a question that asks what follows from a condition ("what happens if
    ...?") with the first confident one that states a condition (`conditions.
    tells_condition`: "in the event of", "if") first, when the first confident one states none
    and it is nearly as confident (`_told_first`)."""
    return _told_first(retriever, hits, confidence_of, threshold, tells_condition)


def persons_first(
    retriever: Retriever, hits: list[Hit], confidence_of: dict[Hit, float], threshold: float
) -> list[Hit]:
    """Return the hits of a "who" question with the first confident one (`threshold`) that
    names a person by a title (`cues.names_person`: "Ms Leona Muthoni-Greaves") first, when the
    first confident one names none and it is nearly as confident (`_told_first`): "the
    Secretary had appointed a new member" does not tell who joined the board."""
    return _told_first(retriever, hits, confidence_of, threshold, names_person)


def _told_first(
    retriever: Retriever,
    hits: list[Hit],
    confidence_of: dict[Hit, float],
    threshold: float,
    tells: Callable[[str], bool],
) -> list[Hit]:
    """Return `hits` with the first confident one (`threshold`) whose sentence `tells` what is
    asked first, when the first confident one does not and it is nearly as confident
    (`NEAR_CONFIDENCE`; from another release, `OTHER_RELEASE_SHARE`)."""
    confident = [h for h in hits if confidence_of[h] >= threshold]
    text = retriever.text
    if not confident or tells(text(confident[0].sentence)):
        return hits
    near = _near(retriever, confident, confidence_of)
    told = next((h for h in near if tells(text(h.sentence))), None)
    return _first(told, hits)


def _first(told: Hit | None, hits: list[Hit]) -> list[Hit]:
    """Return `hits` with `told` moved to the front (`hits` itself when `told` is None)."""
    return hits if told is None else [told] + [h for h in hits if h != told]


def _near(
    retriever: Retriever,
    hits: list[Hit],
    confidence_of: dict[Hit, float],
    same_share: float = NEAR_CONFIDENCE,
) -> list[Hit]:
    """Return those of `hits` nearly as confident as the first: at least `same_share` of its
    confidence from its release, and `OTHER_RELEASE_SHARE` from another, which must answer
    as surely."""
    best, release = confidence_of[hits[0]], retriever.document_of(hits[0])
    return [
        h
        for h in hits
        if confidence_of[h]
        >= (same_share if retriever.document_of(h) == release else OTHER_RELEASE_SHARE) * best
    ]


def measures_first(
    retriever: Retriever,
    hits: list[Hit],
    confidence_of: dict[Hit, float],
    query: Query,
    threshold: float,
) -> list[Hit]:
    """Return the hits of a question asking for a measure with the first confident one
    (`threshold`) that gives it, itself or in the next sentence of its paragraph, first, when
    the first confident one does neither and it is nearly as confident (`NEAR_CONFIDENCE`):
    "Acme opened a lab on three floors of the tower" holds every word of "how tall is the
    tower?", while "Acme topped out the tower today. The 22-storey building ..." answers it."""
    confident = [h for h in hits if confidence_of[h] >= threshold]
    if not confident:
        return hits
    evidence = Evidence(query, retriever.config, retriever.reader.term)

    def gives(hit: Hit) -> bool:
        after = retriever.next_sentence(hit.sentence)
        return any(
            evidence.gives_what_is_asked(retriever.text(sentence)) > 0
            for sentence in (hit.sentence, after)
            if sentence is not None
        )

    if gives(confident[0]):
        return hits
    best = confidence_of[confident[0]]
    near = (h for h in confident if confidence_of[h] >= NEAR_CONFIDENCE * best)
    measured = next((h for h in near if gives(h)), None)
    if measured is None:
        return hits
    return [measured] + [h for h in hits if h != measured]


def completed(
    retriever: Retriever, spans: list[tuple[int, Hit]], query: Query, covered: frozenset[int]
) -> list[tuple[int, Hit]]:
    """Return `spans` with the first one carried on to the next sentence of its paragraph
    when the question asks for a number, a measure, a time or a place that the span lacks
    and the next sentence gives: "KBIP held a topping-out ceremony for Tidewater Tower
    today. The 22-storey building will add ..." answers "how tall is Tidewater Tower?" only
    whole."""
    if not spans or not (query.counted or query.measure or query.wanted == "when" or query.place):
        return spans
    evidence = Evidence(query, retriever.config, retriever.reader.term)

    def gives(sentence: int) -> bool:
        text = retriever.text(sentence)
        if query.counted or query.measure:
            return evidence.gives_what_is_asked(text) > 0
        if query.place:
            return evidence.tells_place(text)
        return tells_time(text)

    first, hit = spans[0]
    after = retriever.next_sentence(hit.sentence)
    taken = covered.union(s for f, h in spans for s in range(f, h.sentence + 1))
    if after is None or after in taken or gives(hit.sentence) or not gives(after):
        return spans
    return [(first, hit._replace(sentence=after)), *spans[1:]]
