"""Use cases of the chatbot: one message in, one reply out, both kept in the conversation."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..assessment.models import utcnow
from ..core.knowledge import Knowledge
from ..core.ruleset import Offering, Ruleset
from ..core.terms import mentioned, without_terms
from ..core.textnorm import plain
from .models import MESSAGE_LIMIT, Conversation, Message, UnansweredQuestion

UNRELATED = 0.12  # below this best score a question shares nothing with the knowledge base
STARTERS = ("pth_how_the_tool_works", "mkt_choose_first_market", "cus_customs_declarations")


@dataclass
class Reply:
    """What the bot says, with what it understood (the API shape of DESIGN.md §8, extended)."""

    text: str
    answered: bool
    intent: str | None = None
    confidence: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    offerings: list[str] = field(default_factory=list)  # offering ids to show
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, English label)
    region: str | None = None
    sectors: list[str] = field(default_factory=list)  # NACE sections the search was narrowed to
    countries: list[str] = field(default_factory=list)  # destinations named (ISO codes)


def clean_message(raw: Any) -> str:
    """The message as text: control characters removed, spaces collapsed (not yet length-checked)."""
    if not isinstance(raw, str):
        return ""
    text = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    return " ".join(text.split())


def get_or_start(session: Session, conversation_id: str | None, locale: str, region: str | None) -> Conversation:
    """The conversation with this id, or a new one."""
    conversation = session.get(Conversation, conversation_id) if conversation_id else None
    if conversation is None:
        conversation = Conversation(id=uuid.uuid4().hex, locale=locale, region=region)
        session.add(conversation)
    conversation.locale = locale
    if region:
        conversation.region = region
    return conversation


@dataclass(frozen=True)
class Spotted:
    """What a message names besides its words: sectors (NACE sections) and countries (ISO codes)."""

    sectors: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    country_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # code → folded names, any language


def understand(
    knowledge: Knowledge,
    ruleset: Ruleset,
    text: str,
    locale: str,
    region: str | None,
    vocabulary: dict[str, dict[str, list[str]]],
    spot: Callable[[str], Spotted] | None = None,
) -> Reply:
    """Decide what the message asks: a search for support, a known question, or neither.

    `spot` finds the sectors and countries the message names, in the message without the words
    of the kinds and needs it names; it runs only when it names some (it reads every sector word)."""
    regions = mentioned(text, locale, vocabulary["regions"])
    kinds = mentioned(text, locale, vocabulary["types"])
    needs = mentioned(text, locale, vocabulary["needs"])
    match = knowledge.matcher.match(text, locale)
    chosen_region = regions[0] if regions else region
    named = [t for k in kinds for t in vocabulary["types"][k]] + [t for n in needs for t in vocabulary["needs"][n]]
    spotted = spot(without_terms(text, locale, named)) if spot and (kinds or needs) else Spotted()
    if (kinds or needs) and (regions or match.item_id is None or spotted.sectors or spotted.countries):
        offerings = _search(ruleset, chosen_region, kinds, needs, spotted) if chosen_region else []
        return Reply("", True, "find_support", 1.0, offerings=offerings, region=chosen_region,
                     sectors=spotted.sectors, countries=spotted.countries)  # fmt: skip
    if match.item_id is not None:
        item = knowledge.items[match.item_id]
        offerings = _search(ruleset, chosen_region, [], list(item.needs))[:3] if chosen_region and item.needs else []
        return Reply(item.answer, True, item.id, match.confidence, offerings=offerings, links=list(item.links),
                     region=chosen_region)  # fmt: skip
    # Far from everything: offer starting points rather than three random near-misses.
    closest = [i for i, _score in match.ranked[:3]] if match.confidence >= UNRELATED else list(STARTERS)
    suggestions = [knowledge.items[i].questions.get(locale, knowledge.items[i].questions["en"])[0]
                   for i in closest if i in knowledge.items]  # fmt: skip
    return Reply("", False, None, match.confidence, suggestions=suggestions, region=chosen_region)


def _search(
    ruleset: Ruleset, region: str | None, kinds: list[str], needs: list[str], spotted: Spotted | None = None
) -> list[str]:
    """The region's offerings of those kinds and needs, open to the sectors named; those that
    name the destination first, then regional before national before EU-wide, real before sample."""
    if region is None:
        return []
    spotted = spotted or Spotted()
    found = [o for o in ruleset.offerings_for(region)
             if (not kinds or o.type in kinds) and (not needs or set(needs) & set(o.needs))
             and (not spotted.sectors or not o.eligibility.sectors
                  or set(spotted.sectors) & set(o.eligibility.sectors))]  # fmt: skip
    names = [n for code in spotted.countries for n in spotted.country_names.get(code, ())]

    def names_destination(o: Offering) -> bool:
        text = " ".join(plain(t) for t in [*o.title.values(), *o.description.values()])
        return any(f" {n} " in f" {text} " for n in names)

    order = {"regional": 0, "national": 1, "eu": 2}
    ranked = sorted(found, key=lambda o: (not names_destination(o), o.sample, order[o.scope], o.id))
    return [o.id for o in ranked][:5]


def record(session: Session, conversation: Conversation, user_text: str, reply_text: str, reply: Reply) -> None:
    """Keep both messages in the conversation and commit."""
    extra = {"offerings": reply.offerings, "suggestions": reply.suggestions, "links": reply.links,
             "region": reply.region, "answered": reply.answered}  # fmt: skip
    if not reply.answered:
        remember_unanswered(session, conversation.locale, conversation.region or reply.region, user_text)
    record_raw(session, conversation, user_text, reply_text, reply.intent, reply.confidence, extra)


def record_raw(
    session: Session, conversation: Conversation, user_text: str, reply_text: str, intent: str | None,
    confidence: float, extra: dict[str, Any],
) -> None:  # fmt: skip
    """Keep a message and its reply (text as shown, with what goes with it) and commit.

    The messages are added to the session, not to `conversation.messages`: appending would
    load the whole conversation first, a query growing with every message."""
    session.flush()  # a new conversation gets its row first
    session.add(Message(conversation_id=conversation.id, role="user", text=user_text[:MESSAGE_LIMIT]))
    session.add(Message(conversation_id=conversation.id, role="bot", text=reply_text[:4000], intent=intent,
                        confidence=confidence, extra=extra))  # fmt: skip
    conversation.updated_at = utcnow()
    session.commit()


def purge_conversations(session: Session, days: int) -> int:
    """Delete conversations untouched for `days` days (their messages go with them); return how many."""
    cutoff = utcnow() - timedelta(days=days)
    old = session.scalars(select(Conversation).where(Conversation.updated_at < cutoff)).all()
    for conversation in old:
        session.delete(conversation)
    session.commit()
    return len(old)


EMAIL = re.compile(r"\S+@\S+")
DIGITS = re.compile(r"\+?\d[\d\s./-]{2,}\d|\d+")
URL = re.compile(r"https?://\S+|www\.\S+")
UNANSWERED_DAYS = 90


def scrub(text: str) -> str:
    """The question without personal data: e-mail addresses, web addresses and numbers are masked."""
    text = URL.sub("[url]", EMAIL.sub("[email]", text))
    return " ".join(DIGITS.sub("[n]", text).split())[:300]


def remember_unanswered(session: Session, locale: str, region: str | None, text: str) -> None:
    """Count a question the bot could not answer (same scrubbed text, language and region: one row)."""
    cleaned = scrub(text).lower()
    row = session.scalar(select(UnansweredQuestion).where(UnansweredQuestion.locale == locale,
                                                          UnansweredQuestion.region.is_(None) if region is None
                                                          else UnansweredQuestion.region == region,
                                                          UnansweredQuestion.text == cleaned))  # fmt: skip
    if row is None:
        session.add(UnansweredQuestion(locale=locale, region=region, text=cleaned))
    else:
        row.count += 1
        row.last_seen = utcnow()


def unanswered(session: Session, locale: str | None = None, limit: int = 100) -> list[UnansweredQuestion]:
    """The questions of the last 90 days the bot could not answer, in every region, most frequent first."""
    query = select(UnansweredQuestion).where(UnansweredQuestion.last_seen >= _unanswered_cutoff())
    if locale:
        query = query.where(UnansweredQuestion.locale == locale)
    order = (UnansweredQuestion.count.desc(), UnansweredQuestion.last_seen.desc(), UnansweredQuestion.id)
    return list(session.scalars(query.order_by(*order).limit(limit)))


@dataclass(frozen=True)
class Unanswered:
    """One question as a region manager sees it: its asks in the region's and region-less chats together."""

    locale: str
    text: str
    count: int
    last_seen: datetime


def unanswered_in_region(
    session: Session, region: str, locale: str | None = None, limit: int = 100
) -> list[Unanswered]:
    """The questions of the last 90 days asked in `region`'s chats or in chats without a region, most frequent first."""
    q = UnansweredQuestion
    total, last = func.sum(q.count).label("total"), func.max(q.last_seen).label("last")
    query = (
        select(q.locale, q.text, total, last)
        .where(q.last_seen >= _unanswered_cutoff(), or_(q.region == region, q.region.is_(None)))
        .group_by(q.locale, q.text)
        .order_by(total.desc(), last.desc(), q.locale, q.text)
        .limit(limit)
    )
    if locale:
        query = query.where(q.locale == locale)
    return [Unanswered(row.locale, row.text, int(row.total), row.last) for row in session.execute(query)]


def _unanswered_cutoff() -> datetime:
    return utcnow() - timedelta(days=UNANSWERED_DAYS)


def purge_unanswered(session: Session, days: int = UNANSWERED_DAYS) -> int:
    """Forget unanswered questions not seen for `days` days (at most 90 by design)."""
    cutoff = utcnow() - timedelta(days=min(days, UNANSWERED_DAYS))
    old = session.scalars(select(UnansweredQuestion).where(UnansweredQuestion.last_seen < cutoff)).all()
    for row in old:
        session.delete(row)
    session.commit()
    return len(old)
