"""The readiness report: the seven areas with their scores, intervals and evidence, the
report's plots, the strongest and weakest skills, the week's plan, and the PDF."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, Response

from mldojo.learning.dojo import Dojo, activity, readiness_report, report_pdf_bytes
from mldojo.learning.report import ReadinessReport
from mldojo.web.figures import svg_uri
from mldojo.web.memo import this_minute
from mldojo.web.pages import PagesDep
from mldojo.web.runtime import DojoDep, FreshDep

router = APIRouter()


@dataclass(frozen=True)
class ReportPage:
    report: ReadinessReport
    plots: list[tuple[str, str]]  # (title, SVG data URI)


def _report_page(dojo: Dojo) -> ReportPage:
    from mldojo.learning.charts import figures

    report = readiness_report(dojo)
    return ReportPage(report, [(title, svg_uri(figure)) for title, figure in figures(report)])


@router.api_route("/report", methods=["GET", "HEAD"], response_class=HTMLResponse)
def report_page(request: Request, dojo: DojoDep, pages: PagesDep, fresh: FreshDep) -> HTMLResponse:
    data = fresh.get("report", (activity(dojo), this_minute()), lambda: _report_page(dojo))
    return pages.render(request, "report.html", {"report": data.report, "plots": data.plots})


@router.api_route("/report.pdf", methods=["GET", "HEAD"])
def report_pdf(dojo: DojoDep, fresh: FreshDep) -> Response:
    data = fresh.get("report", (activity(dojo), this_minute()), lambda: _report_page(dojo))
    day = data.report.generated_at.strftime("%Y-%m-%d")
    return Response(
        report_pdf_bytes(data.report),
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="mldojo-report-{day}.pdf"'},
    )
