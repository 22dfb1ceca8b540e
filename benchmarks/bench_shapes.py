"""Text import throughput by the shape of the text: one kind of line, repeated, in each part of a plan.

    python benchmarks/bench_shapes.py

A plan's throughput depends on what its lines hold and where they stand: the same sentence costs one
thing in the preamble, another as a numbered item. A step that is slow for one shape only (a pattern
tried at every position of every preamble line, say) shows here as one low figure in the table, where
the corpus average would hide it. Figures are MB/s, best of five reads of about 200 lines.
"""

from __future__ import annotations

from _timing import best  # benchmarks/ is on sys.path when a script runs

from govplan.text.reader import read_text

TITLE = "XX县法治政府建设实施方案"
PROSE = "今年以来,我县深入贯彻落实法治政府建设的决策部署,坚持依法行政,各项工作取得明显成效。"
TRADITIONAL = "今年以來，我縣深入貫徹落實法治政府建設的決策部署，堅持依法行政，各項工作取得明顯成效。"
LINES = {
    "prose": PROSE * 3,
    "wide prose": PROSE.replace(",", "，") * 3,  # wide punctuation, as most pages type it
    "traditional": TRADITIONAL * 3,
    "figures": "全县共办理行政复议案件53件,办结率达95%以上,2022年12月底前完成,公示率达88.59%,培训215名。" * 2,
    "notes": "加强执法监督(牵头单位:县司法局;配合单位:县政府各部门)(2023年底前完成)" * 2,
    "citations": "根据《中华人民共和国行政复议法》(国发〔2015〕36号)和《法治政府建设实施纲要》要求," * 2,
    "short": "加强组织领导",
    "menu": "首页 │ 政务公开 │ 政策文件 │ 工作动态 │ 互动交流",
}


def documents(line: str, n: int = 200) -> dict[str, str]:
    """The line repeated ``n`` times in the page header, the preamble, under a heading and as items."""
    body = "\n".join([line] * n)
    return {
        "header": f"{body}\n{TITLE}\n一、主要工作\n(一)做好工作。\n",
        "preamble": f"{TITLE}\n{body}\n一、主要工作\n(一)做好工作。\n",
        "under a heading": f"{TITLE}\n一、主要工作\n{body}\n",
        "items": f"{TITLE}\n一、主要工作\n" + "\n".join(f"({i}){line}" for i in range(1, n + 1)) + "\n",
    }


def main() -> None:
    places = list(documents("x"))
    print(f"{'MB/s':12}" + "".join(f"{p:>17}" for p in places))
    for kind, line in LINES.items():
        row = []
        for doc in documents(line).values():
            seconds = best(lambda doc=doc: read_text(doc), repeat=5)
            row.append(len(doc.encode("utf-8")) / 1e6 / seconds)
        print(f"{kind:12}" + "".join(f"{v:17.1f}" for v in row))


if __name__ == "__main__":
    main()
