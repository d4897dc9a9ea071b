"""JUnit XML of a monitoring run: one test suite per site, one test case per item."""

from __future__ import annotations

from xml.etree import ElementTree

from crawler.model.results import SiteCheck


def junit_xml(results: list[SiteCheck]) -> str:
    """One test suite per site, one test case per item; a regression or a threshold failure is a
    <failure>, an item that could not be checked is <skipped>."""
    suites = ElementTree.Element("testsuites", name="oit-crawler")
    for site_id, report, changes, problems in results:
        regressed = {change.code: change for change in changes if change.kind == "regressed"}
        failing_codes = {problem.split()[0] for problem in problems if problem.startswith("O")}
        items = report.get("items", [])
        suite = ElementTree.SubElement(
            suites,
            "testsuite",
            name=site_id,
            tests=str(len(items)),
            failures=str(sum(1 for i in items if i["code"] in regressed or i["code"] in failing_codes)),
            skipped=str(sum(1 for i in items if i["status"] == "review")),
        )
        for item in items:
            case = ElementTree.SubElement(suite, "testcase", classname=site_id, name=f"{item['code']} {item['title']}")
            if item["code"] in regressed:
                change = regressed[item["code"]]
                failure = ElementTree.SubElement(
                    case, "failure", type="regression", message=f"{item['code']}: pass -> {change.after}"
                )
                failure.text = f"{change.reason}\nfix: {item['fix']}\nwas: {change.url_before or '-'}"
            elif item["code"] in failing_codes:
                failure = ElementTree.SubElement(case, "failure", type=item["status"], message=item["reason"])
                failure.text = f"fix: {item['fix']}"
            elif item["status"] == "review":
                ElementTree.SubElement(case, "skipped", message=item["reason"])
        score_problems = [p for p in problems if not p.startswith("O")]
        if score_problems:
            case = ElementTree.SubElement(suite, "testcase", classname=site_id, name="OIT score")
            ElementTree.SubElement(case, "failure", type="min-score", message="; ".join(score_problems))
    ElementTree.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n"
