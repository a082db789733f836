"""Running the quality queries through the public search and scoring the answers."""

import math
import time
from dataclasses import dataclass, field

from django.utils import translation
from wagtail.models import Locale

from search import service
from search.views import MAX_QUERY_LENGTH, clean_query

from .queries import KINDS, QUERIES

FAILED_BEYOND = 5  # a query whose right guide is not in the first five counts as failed


@dataclass
class QueryResult:
    query: object  # queries.Query
    rank: int | None  # 1-based position of the right guide among the hits, None if absent
    top: list = field(default_factory=list)  # (slug, title, kind) of the first hits
    hit_count: int = 0
    suggestion: str = ""
    engine: str = ""
    degraded: bool = False
    seconds: float = 0.0

    @property
    def reciprocal_rank(self):
        return 1 / self.rank if self.rank else 0.0

    @property
    def failed(self):
        return self.rank is None or self.rank > FAILED_BEYOND


def run_query(quality_site, query):
    """One query through search.service.search, exactly as the search page calls it."""
    text = clean_query(query.text)[:MAX_QUERY_LENGTH]
    request = quality_site.request(q=text)
    started = time.perf_counter()
    outcome = service.search(request, text)
    seconds = time.perf_counter() - started
    slugs = [quality_site.slugs.get(entry.page_id, f"#{entry.page_id}") for entry in outcome.hits]
    rank = slugs.index(query.slug) + 1 if query.slug in slugs else None
    top = [(slug, entry.title, entry.kind) for slug, entry in zip(slugs[:3], outcome.hits[:3], strict=True)]
    return QueryResult(
        query=query,
        rank=rank,
        top=top,
        hit_count=len(outcome.hits),
        suggestion=outcome.suggestion,
        engine=outcome.engine,
        degraded=outcome.degraded,
        seconds=seconds,
    )


def run_queries(quality_site, queries=QUERIES):
    missing = {query.slug for query in queries} - set(quality_site.slugs.values())
    if missing:
        raise ValueError(f"queries name guides that are not loaded: {', '.join(sorted(missing))}")
    with translation.override(Locale.get_default().language_code):
        return [run_query(quality_site, query) for query in queries]


def percentile(values, p):
    """Nearest-rank percentile: the smallest value with at least p% of values at or below it."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


@dataclass
class Score:
    count: int
    recall_at_1: float
    recall_at_5: float
    mrr: float


def score(results):
    count = len(results)
    if not count:
        return Score(0, 0.0, 0.0, 0.0)
    return Score(
        count=count,
        recall_at_1=sum(1 for r in results if r.rank == 1) / count,
        recall_at_5=sum(1 for r in results if r.rank and r.rank <= 5) / count,
        mrr=sum(r.reciprocal_rank for r in results) / count,
    )


def scores_by_kind(results):
    """{kind: Score} in the order of KINDS (unknown kinds after), plus "overall"."""
    kinds = [kind for kind in KINDS if any(r.query.kind == kind for r in results)]
    kinds += sorted({r.query.kind for r in results} - set(kinds))
    table = {kind: score([r for r in results if r.query.kind == kind]) for kind in kinds}
    table["overall"] = score(results)
    return table


def format_table(results, title=""):
    lines = [title] if title else []
    lines.append(f"{'kind':<18}{'count':>6}{'recall@1':>10}{'recall@5':>10}{'MRR':>8}")
    lines.append("-" * 52)
    for kind, s in scores_by_kind(results).items():
        if kind == "overall":
            lines.append("-" * 52)
        lines.append(f"{kind:<18}{s.count:>6}{s.recall_at_1:>10.3f}{s.recall_at_5:>10.3f}{s.mrr:>8.3f}")
    return "\n".join(lines)


def format_failures(results):
    failed = [r for r in results if r.failed]
    lines = [f"Failed queries (right guide not in the first {FAILED_BEYOND}): {len(failed)}"]
    for r in failed:
        where = f"rank {r.rank}" if r.rank else f"not found ({r.hit_count} hits)"
        first = f"{r.top[0][1]} [{r.top[0][2]}: {r.top[0][0]}]" if r.top else "nothing"
        lines.append(f"  [{r.query.kind}] “{r.query.text}” → want {r.query.slug}: {where}; first: {first}")
        if r.suggestion:
            lines.append(f"      (suggested: “{r.suggestion}”)")
    return "\n".join(lines)


def format_notes(results):
    """Warnings that change how the figures must be read (answers from the fallback engine)."""
    degraded = [r for r in results if r.degraded]
    engines = sorted({r.engine for r in results if r.engine})
    lines = [f"Engine(s) that answered: {', '.join(engines) or 'none'}"]
    if degraded:
        lines.append(
            f"WARNING: {len(degraded)} of {len(results)} queries were answered by the fallback "
            "database backend because the configured engine failed."
        )
    timings = [r.seconds for r in results]
    if timings:
        p50, p95 = percentile(timings, 50) * 1000, percentile(timings, 95) * 1000
        lines.append(f"search.service.search time per query: p50 {p50:.1f} ms, p95 {p95:.1f} ms (no HTTP)")
    return "\n".join(lines)


def report(results, title=""):
    return "\n\n".join([format_table(results, title), format_failures(results), format_notes(results)])
