"""Events from an article: sentence-level detection, then document-level joining.

For each sentence: a trigger (``event_types``), its actors, fatalities, date expressions and
the places named in it.  Then, across the document:

* a sentence with no date and no place of its own that follows an event sentence continues that event
  ("According to the channel, … destroyed fifty-six terrorists."): its fatalities, actors, a more specific
  sub-type or a more precise place are added to it, unless it says it tells a further act and counts no
  dead ("Barrel bombs also hit a mosque": :mod:`geo.extract.further_acts`);
* a toll told in a sentence that makes no event (no act, place or day to make one of) and continues none
  is the toll of the act told nearest it, when that act has none ("The Observatory said the attack
  killed 58 people": :mod:`geo.extract.stray_tolls`);
* "the base", "la prison", "the city" refer back to the last place named with that noun; "the same day" /
  "le même jour" take the date of the last dated sentence;
* an event with no actor of its own takes the attacker of an earlier one at the same date and place;
* an act at places a list names ("the towns of A, B and C in rural Aleppo") is an event per place, one the
  gazetteer lacks at the list's holder (:mod:`geo.extract.listed_parts`), an act of its own after an event,
  as is one named alone (:mod:`geo.extract.unlisted_places`); a headline's day total over acts at several
  places is no act (:mod:`geo.extract.headline_totals`);
* statements, sanctions, threats, hypotheticals, a sentence only speaking of an act (a stance, a plan, a
  state: :mod:`geo.extract.act_mood`) or with no date, continuation or background cue are not events;
* an event is *reported* (news) or *background* (history, a running toll: "since 2011", "an attack in
  2013"), by the one rule of :mod:`geo.extract.background`; a background event is kept with its sentence,
  flagged, and never continued by a reported sentence or continues one.

The event place is the most precise place the sentence locates something at (after a locative preposition,
past the words that qualify the place: "on Syria's rebel-held Idlib province", "in the northern
countryside of X"; or as what an attack hits: "warplanes struck X"), never a reference point ("east of
Homs"; but one inside the only area the sentence gives, "south of the town of X in Y province", is nearer
the act than that area: :mod:`geo.extract.reference_places`), a demonym ("Syrian"), a country named only
as an actor's nationality, a place standing for its government, agency or media ("Moscow said",
"Damascus-based", "selon l'Observatoire"), a gloss in parentheses, or a small place found only by the
gazetteer scan in another country than the one the sentence locates the act in.  An event whose sentence
names no such place takes the place of its paragraph, else of the lead, else of the headline or dateline,
else the document's country: ``place_source`` says which, and its confidence is lower
(:mod:`geo.extract.confidence`).  A sentence dated after publication speaks of the future and reports no
act (:mod:`geo.extract.reported_dates`).  The event places are :mod:`geo.extract.event_places`', the
facility nouns :mod:`geo.extract.facility_nouns`'.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial

from geo.events import near
from geo.extract import area_details, attachment
from geo.extract.act_date import narrows_a_period, sentence_date
from geo.extract.act_mood import tells_no_act
from geo.extract.actors import find_actors, inherited_actors, unique_names
from geo.extract.area_tolls import area_tolls_shared_out, summaries_on_their_parts, sums_told_first
from geo.extract.aside_dates import act_dates
from geo.extract.back_references import refers_back
from geo.extract.background import is_background_sentence, is_reported
from geo.extract.background_hint import background_hint
from geo.extract.clause_acts import clause_sentences, second_clause
from geo.extract.confidence import CONTEXT_SOURCES, PART_SOURCE, date_source, event_confidence
from geo.extract.continuations import continue_event
from geo.extract.country_parts import country_part, in_part
from geo.extract.dateline_dates import own_dates, written_on
from geo.extract.dateline_leads import dated_by_retellings
from geo.extract.dates import DateMention, find_dates
from geo.extract.earlier_acts import dated_earlier, earlier_act
from geo.extract.event_places import (
    context_place_finder,
    mention_precision,
    parsed_sentences,
    sentence_event_places,
)
from geo.extract.event_types import is_non_event, type_sentence
from geo.extract.facility_nouns import facility_nouns, named_at, refers_to_place, remember_facilities
from geo.extract.headline_totals import day_totals_dropped
from geo.extract.inserted_adverbs import without_inserted_adverbs
from geo.extract.listed_parts import PlaceList, holder_of, listed_names
from geo.extract.nearby_acts import tells_another
from geo.extract.numbers import find_fatalities
from geo.extract.offset_places import offset_place
from geo.extract.other_act_openings import opens_on_another_act
from geo.extract.other_estimates import marked_estimates
from geo.extract.other_headlines import FIRST_BODY_SENTENCES, in_another_headline
from geo.extract.other_places import at_other_places
from geo.extract.other_towns import at_another_town
from geo.extract.paragraph_context import ParagraphContext
from geo.extract.part_tolls import own_dead_of_a_part
from geo.extract.period_tolls import told_over_a_period
from geo.extract.place_tolls import distributed_tolls, shared_out_events, told_place_by_place, tolls_of_place
from geo.extract.places import PlaceMention
from geo.extract.reference_places import continuing_place, own_place, reference_place, within_country
from geo.extract.reported_dates import bounded_by_publication
from geo.extract.retellings import join_retellings, one_place, toll_of_another_act
from geo.extract.same_day import dated_by_publication, is_same_day_reporting, publication_day, story_day
from geo.extract.sentences import is_caption, split_sentences
from geo.extract.speech_dates import speech_date
from geo.extract.stray_tolls import StrayToll, give_stray_tolls, stray_toll
from geo.extract.tallies import Tally
from geo.extract.territory import territory_typing
from geo.extract.toll_only import toll_typing, undated_toll_place, with_undated_tolls
from geo.extract.unlisted_places import placed_at_part, starts_another_part, unlisted_place
from geo.models import AREA_PRECISIONS, Place


@dataclass
class SourceSpan:
    sentence: str
    start: int
    end: int


@dataclass
class ArticleEvent:
    """An event found in one article (before merging with other articles)."""

    event_type: str
    sub_event_type: str | None
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    actors: list[str]
    fatalities: int | None
    place: Place | None
    place_precision: str | None
    confidence: float
    spans: list[SourceSpan] = field(default_factory=list)
    trigger: str = ""
    #: where the place comes from: "sentence" (its own), "facility" (a noun referring back to a place), "part"
    #: (a listed place the gazetteer lacks, at the place holding the list), or inferred from context:
    #: "opening" (an earlier sentence of its short paragraph), "paragraph", "lead", "headline"
    place_source: str | None = None
    #: how the date and the type were found (see geo.extract.confidence)
    date_source: str = "undated"
    type_source: str = "lexicon"
    #: news (True) or background (False): see :mod:`geo.extract.background`
    reported: bool = True
    #: a hint of history in its sentence, "background" or "near" (geo.extract.background_hint)
    background_hint: str | None = None
    #: how its toll adds up over its sentences (:class:`geo.extract.tallies.Tally`)
    tally: Tally = field(default_factory=Tally, repr=False, compare=False)
    #: a listed place the gazetteer lacks, inside ``place`` ("the villages of A and B in rural Aleppo": A): its own act (listed_parts)
    part: str | None = None
    #: the part of the country ("n", "se") an event known only by its country is in (country_parts)
    compass: str | None = None

    @property
    def has_date_expression(self) -> bool:
        return self.date_precision is not None


def extract_events(
    text: str, lang: str, published: date | None, mentions: Sequence[PlaceMention]
) -> list[ArticleEvent]:
    """Events reported in an article, with the sentences they come from (its days counted from the day it was written)."""
    return with_undated_tolls(partial(_extract_events, text, lang, written_on(text, lang, published), mentions))


def _extract_events(text: str, lang: str, published: date | None, mentions: Sequence[PlaceMention], *,
                    undated_tolls: bool) -> tuple[list[ArticleEvent], bool]:
    """The events, and whether a toll undated at a place of its own was told (made an event only
    when ``undated_tolls``: :func:`geo.extract.toll_only.with_undated_tolls`)."""
    undated = False
    events: list[ArticleEvent] = []
    facilities: dict[str, tuple[Place, str]] = {}
    last_dated: DateMention | None = None
    dated_at, news = -1, None  # the sentence that told last_dated; the last day no backdrop told
    last_event: ArticleEvent | None = None
    last_event_sentence = -2
    mentions = sorted(mentions, key=lambda m: m.start)  # stable: same-start mentions keep their order
    starts = [m.start for m in mentions]
    sentences = clause_sentences(split_sentences(text), mentions, starts, lang)  # two acts at two places: two
    how = attachment.mode()
    parsed = parsed_sentences(sentences, mentions, starts, lang) if how != "words" else None
    own_places, told_apart = sentence_event_places(text, sentences, mentions, starts, parsed, how)
    context_place = context_place_finder(text, sentences, own_places, mentions, starts)
    paragraph = ParagraphContext(text, sentences, own_places)  # a short paragraph's place and day
    # the dateline's date dates the article, not the act of the sentence it is glued to when
    # that sentence has a date of its own (geo.extract.dateline_dates)
    sentence_dates = own_dates(text, sentences, [find_dates(s.text, lang, published) for s in sentences])
    # a verb of speech's date dates the report, an aside's the subject's history, not the act (aside_dates)
    sentence_dates = [act_dates(s.text, ds) for s, ds in zip(sentences, sentence_dates, strict=True)]
    # an undated act of same-day reporting is dated the publication day (geo.extract.same_day)
    same_day = is_same_day_reporting((d for ds in sentence_dates for d in ds), published)
    # ... or of the day a story filed after the fact reports, its first dated act's
    story = None if same_day else story_day((d for ds in sentence_dates for d in ds), published)
    strays: list[StrayToll | None] = []  # tolls no event of their own holds (geo.extract.stray_tolls)
    for index, sentence in enumerate(sentences):
        s_text = sentence.text
        dates = sentence_dates[index]
        own_date, future = bounded_by_publication(sentence_date(dates, last_dated, published), published)
        since = next((d for d in dates if d.kind == "background"), None)
        background = (is_background_sentence(s_text, since=since is not None, dated=own_date is not None)
                      or told_over_a_period(sentences, index, dated=bool(dates)))  # (period_tolls)
        actor_mentions = find_actors(s_text)
        actors = unique_names(actor_mentions)
        plain = without_inserted_adverbs(s_text)  # "ont par ailleurs pris le contrôle": "ont pris le contrôle"
        typing = territory_typing(plain, type_sentence(plain, actors))
        if typing is not None and refers_back(plain, typing):
            typing = None  # "cette attaque": the act told already
        # "trois jours après le pilonnage de X": an earlier act; the sentence's own is typed without it
        # another source's estimate of the dead already counted is no more dead (other_estimates)
        fatalities = marked_estimates(s_text, find_fatalities(s_text, lang, one_day=narrows_a_period(dates)))
        fatalities = list(area_details.area_detail(s_text, fatalities, lang))  # ", dont 12 dans des raids sur X"
        if index >= FIRST_BODY_SENTENCES:  # past the headline and its repeat: another story's (other_headlines)
            fatalities = [f for f in fatalities if not in_another_headline(s_text, f.start, f.end)]
        earlier = earlier_act(s_text, lang, told_apart[index], dates) if typing is not None else None
        own_act, earlier_dead = None, []
        if earlier is not None:
            rest = s_text[:earlier.start] + s_text[earlier.end:]
            own_act = territory_typing(rest, type_sentence(rest, actors))
            typing = own_act or typing
            # the dead the phrase counts are the earlier act's ("a day after strikes killed 26")
            earlier_dead = [f for f in fatalities if earlier.start <= f.start < earlier.clause_end(s_text)]
            fatalities = [f for f in fatalities if f not in earlier_dead]
        places, earlier = earlier.places_apart(s_text, sentence.start, own_places[index]) if own_act else (own_places[index], earlier)
        nouns = facility_nouns(s_text, partial(named_at, mentions, starts, sentence.start), facilities, lang)
        listed = listed_names(text, sentence.start, sentence.end) if typing is not None else None
        adjacent = (last_event is not None and last_event_sentence == index - 1 and not dates
                    and not is_caption(sentences[index - 1].text))  # (a photo's caption is not continued)
        # A following sentence without a date continues the event, unless it names a place (or only a
        # reference point: "… pounded X valley northwest of Damascus") far from the event's (a new event on
        # the same date: "Shelling also hit X"), or it says "the prison", "the town" of the event's place,
        # told before ("In Homs, forces are shelling the old city" after an act in Daraa: a new act)
        told_at = (places or told_apart[index] or [None])[0] or reference_place(sentence, mentions, starts)
        continues = adjacent and (told_at is None or last_event.place is None
                                  or last_event.place_source in CONTEXT_SOURCES
                                  or near(told_at.place, last_event.place)
                                  or within_country(told_at.place, last_event)
                                  or any(definite and refers_to_place(facilities.get(noun), last_event.place)
                                         for noun, definite in nouns))
        # an act at several listed places is an event per place, not more of the event before
        said_here = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        continues = continues and not (listed is not None and holder_of(text, listed, said_here) is not None)
        # ... and so is an act at another place the gazetteer lacks (geo.extract.unlisted_places)
        unlisted = unlisted_place(text, sentence.start, sentence.end, said_here) if typing and not listed else None
        continues = continues and not starts_another_part(unlisted, last_event) and not second_clause(s_text)
        # "Barrel bombs also hit a mosque", "In X a barrel bomb killed 3", dead at another town: other acts (nearby_acts, other_towns)
        other_town = continues and at_another_town(s_text, sentence.start, places, last_event, fatalities, typing and typing.trigger)
        continues = continues and not other_town and not (typing is not None and tells_another(
            s_text, typing, fatalities, last_event, bool(places or unlisted or nouns)))
        span = SourceSpan(s_text, sentence.start, sentence.end)
        # what a continuing sentence tells of the event's place: its own place, or a reference
        # point when the event is known only by its country or its context ("… in northern Syria.
        # Most were killed west of Aleppo")
        refinement = (continuing_place(text, last_event, sentence, places, mentions, starts) if continues
                      else (None, None))
        non_event = is_non_event(s_text, [p.start - sentence.start for p in places], any(f.count > 0 for f in fatalities))
        # "un à Homs, trois à Idleb": one act per place, each with its own dead
        shares = distributed_tolls(text, sentence.start, places, lang) if fatalities or typing else []
        if shares and adjacent and not background and not future and not non_event:
            events.extend(shared_out_events(last_event, span, shares, actors))
            last_event, last_event_sentence = events[-1], index
            remember_facilities(facilities, nouns, places, last_event)
            continue

        # people killed at a place on a day of their own (or undated: toll_only), no act named: an event
        # (or near a reference point only: "12 morts mardi à X, au nord d'Alep", X a place the gazetteer lacks)
        if typing is None and not continues and told_at is not None and not background and not future and not non_event:
            typing = toll_typing(fatalities, told_at.place, events, more=other_town)
            if not dates and not other_town and typing is not None and undated_toll_place(told_at.place, published, index):
                undated, typing = True, typing if undated_tolls else None
            elif not dates and not other_town:  # (dead at another town right after an act: its day's)
                typing = None
        # a stance on an act, a plan or an ongoing state names an act without telling one
        spoken_of = typing is not None and tells_no_act(s_text, lang, toll=any(f.count > 0 for f in fatalities))
        # "Meanwhile three civilians were killed …": another act's dead (geo.extract.other_act_openings)
        own_tolls = [] if opens_on_another_act(s_text, fatalities, typing and typing.trigger) else fatalities
        if typing is None or non_event or future or spoken_of:
            # a toll at a place of its own, far from the event's, is another act's
            if continues and fatalities and not non_event and not background and not future:
                own_part_toll(last_event, refinement[0], places, own_tolls)
                continue_event(last_event, span, actors, own_tolls, None, *refinement)
                last_event_sentence = index
            elif not (continues or non_event or background or future) and (typing is None or spoken_of):
                strays.append(stray_toll(span, own_tolls, own_date, act=typing is not None,
                                            place=places[0].place if places else None))
            remember_facilities(facilities, nouns, places, last_event if continues else None)
            if own_date is not None and own_date.date_start is not None:
                last_dated, dated_at, news = own_date, index, paragraph.news_day(own_date, index, news)
            continue
        if continues and not background and not toll_of_another_act(last_event, typing, fatalities):
            own_part_toll(last_event, refinement[0], places, own_tolls)
            continue_event(last_event, span, actors, own_tolls, typing if earlier is None else own_act, *refinement)
            if earlier is not None and last_event.date_start is not None and last_event.date_precision == "day":
                events.append(dated_earlier(last_event, earlier, Tally().told(earlier_dead), published))
                events[-1].spans = [span]
            last_event_sentence = index
            remember_facilities(facilities, nouns, places, last_event)
            continue
        # the day of the act just told, not of history told just before ("… fighting last year.
        # The Observatory also reported clashes at X": today's clashes)
        followed = paragraph.followed_day(index, last_dated, dated_at, news)  # (not a pluperfect's eve)
        inherited = (own_date is None and adjacent and followed is not None and not background
                     and last_event.reported)
        if inherited:
            own_date = followed  # a new place on the day just reported
        counted = any(f.count > 0 for f in fatalities)
        opening = None if places else paragraph.place_before(index)  # "À Damas, … . De violents combats …"
        on_publication_day = own_date is None and not background and dated_by_publication(s_text, lang, published,
            same_day=same_day or story is not None, toll=counted,  # ("à 30 km au nord d'Alep": placed)
            placed=bool(places or told_apart[index]) or opening is not None or offset_place(text, told_at) is not None)
        # an undated toll keeps the publication day (geo.extract.publication_retellings); another
        # undated act of a story filed after the fact is of the story's day
        by_story = story if on_publication_day and not counted else None
        # ... or the day its paragraph told ("Samedi, … . Dix civils ont été tués à X")
        by_story = (paragraph.paragraph_day(index, followed, dated_at) if on_publication_day else None) or by_story
        if own_date is None and not background and not on_publication_day:
            remember_facilities(facilities, nouns, places, None)  # no date, nothing to continue, no history
            strays.append(stray_toll(span, [] if continues else own_tolls, None, act=True,
                                        place=places[0].place if places else None))
            continue
        # a background sentence without a date of its own is dated by its "since" (2011 to
        # publication), or not at all
        dated = own_date or since or ((by_story or publication_day(published)) if on_publication_day else None)
        place_mention, source = own_place(text, places, sentence, mentions, starts)
        place = place_mention.place if place_mention else None
        precision = mention_precision(place_mention) if place_mention else None
        # "in (northern) Syria" and no reference point inside it (own_place takes one: "east of
        # Homs", reference_places.inner_reference): the context's place in that part
        compass = country_part(text, place_mention.start) if place_mention is not None and precision == "country" else None
        if place_mention is not None and precision == "country":
            inferred = context_place(index, partial(in_part, country=place, part=compass or ""))
            if inferred is not None:
                place_mention, source = inferred
                place, precision = place_mention.place, mention_precision(place_mention)
        if place is None:
            for noun, definite in nouns:
                if definite and noun in facilities:
                    place, precision = facilities[noun]
                    source = "facility"
                    break
        if place is None:
            reference = reference_place(sentence, mentions, starts)
            if reference is not None:
                place_mention, source = reference, "reference"  # ("30 km au nord d'Alep": offset_places)
                place, precision = offset_place(text, reference) or reference.place, mention_precision(reference)
        if place is None:
            inferred = opening or context_place(index)
            if inferred is not None:
                place_mention, source = inferred
                place, precision = place_mention.place, mention_precision(place_mention)
        place, precision, source, part = placed_at_part(text, unlisted, said_here, place, precision, source,
                                                        mention_precision)
        if not actors and dated is not None:
            actors = inherited_actors(events, dated.date_start, place)
        start, end = (dated.date_start, dated.date_end) if dated is not None else (None, None)
        found_date = date_source(dated, inherited=inherited or (by_story is not None and dated is by_story),
                                 spoken=dated in dates and speech_date(s_text, dated))  # (publication_retellings)
        reported = not background and is_reported(s_text, start, end, published)
        hint = background_hint(s_text, reported=reported, since=since is not None)
        # a sentence telling its tolls place by place gives the event its own place's (place_tolls)
        said = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        by_place = told_place_by_place(fatalities, said, sentence.start)
        at_place = place_mention if source == "sentence" else None
        tally = Tally().told(tolls_of_place(fatalities, said, sentence.start, at_place) if by_place else fatalities)
        event = ArticleEvent(
            event_type=typing.event_type, sub_event_type=typing.sub_event_type, date_start=start, date_end=end,
            date_precision=dated.precision if start is not None else None,
            actors=list(actors),
            fatalities=tally.toll,
            tally=tally,
            place=place,
            place_precision=precision,
            confidence=event_confidence(source, found_date, typing.how, hint),
            spans=[span],
            trigger=typing.trigger,
            place_source=source,
            date_source=found_date,
            type_source=typing.how,
            reported=reported,
            background_hint=hint,
            part=part, compass=compass if precision == "country" else None,
        )
        extra: list[ArticleEvent] = []
        if earlier is not None and start is not None and event.date_precision == "day":
            # the earlier act beside the sentence's own, or alone when the sentence tells no other
            shifted = dated_earlier(event, earlier, Tally().told(earlier_dead if own_act else [*earlier_dead, *fatalities]), published)
            extra, event = ([shifted], event) if own_act is not None else ([], shifted)
        if shares and source == "sentence":
            events.extend(shared_out_events(event, span, shares, actors, first=True, days=(text, dates, published)))
        else:
            events.append(event)
            toll_of = partial(tolls_of_place, fatalities, said, sentence.start) if by_place else None
            others = at_other_places(text, event, at_place, places, toll_of, dates, published)
            events.extend(others)
            events.extend(_at_listed_parts(text, event, listed, said, [place_mention, *others]))
        events.extend(extra)
        last_event, last_event_sentence = event, index
        # the day just told, by the sentence or by the publication: what "the same day", "la
        # veille" and the next sentence's new place are dated by
        told = own_date or (dated if on_publication_day else None)
        if told is not None and told.date_start is not None:
            last_dated, dated_at, news = told, index, paragraph.news_day(told, index, news)
        remember_facilities(facilities, nouns, places, event)
    # a lead dated only by its dateline, by the day a later sentence gives its act (dateline_leads)
    events = give_stray_tolls(dated_by_retellings(text, sentences, sentence_dates, events), strays)
    events = day_totals_dropped(summaries_on_their_parts(sums_told_first(events, lang, mentions)))  # area_tolls, headline_totals
    return area_tolls_shared_out(join_retellings(events, published), lang), undated


def own_part_toll(event: ArticleEvent, told_at: PlaceMention | None, places: Sequence[PlaceMention],
                  fatalities: Sequence) -> None:
    """A place of a list told its own dead: its toll is counted afresh (:mod:`geo.extract.part_tolls`)."""
    if fatalities and own_dead_of_a_part(event, told_at, places):
        event.tally = Tally()


def _at_listed_parts(text: str, event: ArticleEvent, listed: PlaceList | None, said: Sequence[PlaceMention],
                     placed: Sequence[PlaceMention | ArticleEvent | None]) -> list[ArticleEvent]:
    """The same act at each place of a list under a plural place noun (:mod:`geo.extract.listed_parts`)
    that ``placed`` (the event's own place mention, the events of its place list) has no event
    for: at a place of the list the gazetteer knows in the event's country, or, for a name it
    does not know, at the place the sentence says holds the list, as its ``part``.  An event
    at that holding place becomes the first part; the list's toll is no one place's."""
    if listed is None or event.place is None:
        return []
    holder = holder_of(text, listed, said)
    covered = [p for p in placed if isinstance(p, PlaceMention)]
    covered_places = [p.place for p in placed if isinstance(p, ArticleEvent) and p.place is not None]
    new: list[tuple[Place, str | None, str | None]] = []
    for item in listed.names:
        m = next((m for m in said if m.start < item.end and item.start < m.end and m.method != "demonym"), None)
        if m is not None and any(m is c or (m.start, m.end) == (c.start, c.end) for c in covered if c is not None):
            continue
        if (m is not None and m.place.country_code == event.place.country_code
                and m.place.precision not in AREA_PRECISIONS):
            if not any(one_place(m.place, p) for p in [event.place, *covered_places]):
                new.append((m.place, mention_precision(m), None))
        elif holder is not None:
            new.append((holder.place, mention_precision(holder), item.text))
    if not new:
        return []
    event.fatalities, event.tally = None, Tally(shared=True)
    out = []
    for place, precision, part in new:
        named = replace(place, name=f"{part} ({place.name})") if part is not None else place
        source = PART_SOURCE if part is not None else event.place_source
        out.append(replace(event, place=named, place_precision=precision, part=part, spans=list(event.spans),
                           actors=list(event.actors), tally=Tally(shared=True), place_source=source,
                           confidence=event_confidence(source, event.date_source, event.type_source,
                                                       event.background_hint)))
    if holder is not None and one_place(holder.place, event.place) and out[0].part is not None:
        first = out.pop(0)  # the event told at the holding place is the act at the first listed place
        event.place, event.place_precision, event.part = first.place, first.place_precision, first.part
        event.place_source, event.confidence = first.place_source, first.confidence
    return out


__all__ = ["ArticleEvent", "SourceSpan", "extract_events"]
