"""Web-page furniture: navigation, breadcrumbs, page tools, copyright and ICP lines.

>>> is_furniture(fold("首 页 │ 县委领导 │ 工作动态"))
True
>>> is_furniture(fold("一、总体目标"))
False
"""

from __future__ import annotations

import re

from govplan.text.fold import fold as fold  # re-exported for the doctest above
from govplan.text.numbering import ATTACHMENT_WORDS, parse_label, table_row

# Chinese has no case: without re.IGNORECASE the engine can skip to the next possible first character.
# Words a plan's own text may hold too (a 访问量 target, a note naming its 主办单位) count only where a
# page puts them: a counter before its number, a footer's key at the start of its line.
_COUNTERS = (
    *("浏览次数", "点击数", "阅读次数", "访问量", "浏览量", "点击量", "访问次数", "点击次数"),
    *("浏览", "阅读", "点击"),  # 阅读:56次, after the longer ones
)
# The headings a page sets over a list of links to its other pages (each alone on its line below).
LINK_LISTS = (
    *("猜你喜欢", "热门推荐", "相关推荐", "推荐阅读", "热门文章", "最新文章", "相关阅读"),
    *("往期推荐", "往期回顾", "往期精彩", "精彩推荐"),  # a public account's (公众号) article
)
_KEYWORDS = re.compile(
    r"当前位置|您的位置|你的位置|您现在的位置|所在位置|版权所有|版权为|版权声明|新网备|公网安备|©"
    r"|网站标识码|设为首页|加入收藏|返回顶部|返回首页|上一篇|下一篇|分享到|扫一扫"
    r"|责任编辑|欢迎(?:阅读|访问|浏览)|整理的\d+篇|本文来源"
    r"|【\s*(?:打印|关闭|收藏|字体|字号|大|中|小|我要纠错|纠错)|\[\s*(?:打印|关闭)"
    r"|视力保护色|上一条|下一条|分享\s*:|扫码关注|扫码查看|扫码阅读|位访客|字[号体]\s*:|二维码分享|分享至好友"
    r"|邮编\s*:\s*\d"
    # the sites that copy documents: their lead-in, their notices, the lists of their other pages
    + r"|【导语】|以下是小编|小编整理|本文由|如有侵权|免责声明|来源于网络|展开全文|阅读全文|下载本文|收藏本文"
    + r"|本站为你|精心整理了|客服老师|来源于网友|不代表本站"
    # a site sharing documents: its pages' thumbnails (某某方案_第1页), counters and notices
    + r"|_第\s*\d+\s*页$|还剩\d+页未读|继续免费阅读|下载本文档|本文档由|文档简介$"
    + r"|更多[^。]{0,16}请关注|"
    # a public account's article (公众号): its lead-in, its byline and the calls under it
    + r"点击上方|点击蓝字|长按识别|识别二维码|长按二维码|阅读原文$|点个[“\"]?在看|发表于[^\s,;。]{0,8}$"
)
# Words of a page's tools, links and counters that a plan may use too (推进政府网站适老化和无障碍浏览改造,
# 办理“我为政府网站找错”平台留言, 推进政府网站支持IPv6, 开展法治书籍推荐阅读, a report's 网站全年访问量
# 1200万次): the page's only in a line that holds no sentence, nor opens with a label.
_PAGE_WORDS = re.compile(
    r"网站地图|联系我们|相关链接|相关文章|附件下载|下载附件|文件下载|网站找错|分辨率|无障碍浏览|适老化"
    r"|网站支持\s*[Ii][Pp][Vv]6|www\.[0-9A-Za-z-]+\.|"  # a credit line with the site's address
    + "|".join(LINK_LISTS)
    + "".join(rf"|{word}\s*:?\s*\d" for word in _COUNTERS)
)
# One search for the signs that can stand anywhere in a furniture line: the keywords, two navigation
# separators or two ">" of a breadcrumb. Every branch opens with one literal character, so the engine
# skips ahead to the next place one of them stands (a branch opening with a set would make it try every
# position).
_SEPARATORS = "│┃|｜»"
_ANYWHERE = re.compile(
    _KEYWORDS.pattern + "".join(f"|{re.escape(c)}[^{_SEPARATORS}]*[{_SEPARATORS}]" for c in _SEPARATORS) + "|>[^>]*>"
)
_TOOLS = re.compile(
    r"^(?:打印|关闭|收藏|打印本页|关闭窗口|字体|字号|大|中|小|分享|返回|首页|手机版|移动版|长者模式|关怀版|朗读|无障碍"
    r"|繁体|简体|繁體|English|ENGLISH|登录|注册|搜索|全文|基本介绍|\s|[:|│┃【】\[\]])+$"
)
# A page's foot naming who runs the site: 某市人民政府办公室主办 (某市大数据中心承办)
_SPONSOR = re.compile(r"[^\s,;。:]{2,30}主办(?:\s+[^\s,;。:]{2,30}(?:承办|维护|技术支持))*$")
# Links a page sets under its document, each alone on its line.
_LINKS = frozenset(
    (
        *("相关文件", "相关附件", "政策解读", "相关解读", "文字解读", "图片解读", "图解", "下载文件"),
        *("相关稿件", "相关新闻", "相关信息", "相关政策", "延伸阅读", "相关专题"),
    )
)
# Such a line heads the list of the links it names (相关文件: / 某市2022年工作要点 / …), as 相关链接 and
# 相关文章 standing alone do.
_LINK_HEADS = _LINKS | {"相关链接", "相关文章"}
_LINK_LIST = re.compile("|".join(LINK_LISTS))
_FILE_TYPES = (".doc", ".docx", ".xls", ".xlsx", ".pdf", ".wps", ".ofd", ".zip", ".rar")
_BYLINE_WORDS = (
    "作者",
    "来源",
    "信息来源",
    "文章来源",
    "本文来源",
    "发布者",
    "编辑",
    "主办单位",
    "主办",
    "技术支持",
    "地址",
    *("审核", "初审", "复审", "终审", "责编", "校对", "排版", "供稿", "撰稿", "摄影", "监制"),
    *("文字", "图片", "记者", "通讯员"),  # a news page's credits: 文字:张三 图片:李四
)
_BYLINE = re.compile(rf"^(?:{'|'.join(_BYLINE_WORDS)})\s*:")
# A site that collects documents heads each of a page's pieces: 篇一:街道依法行政工作计划, 【篇二】
_PIECE_HEAD = re.compile(r"【?篇[一二三四五六七八九十0-9]{1,3}】?(?:$|\s|:)")
_HOME_WORDS = ("首页", "主页")
_HOME = re.compile(rf"(?:{'|'.join(_HOME_WORDS)})\s*>")
# The first characters of the anchored patterns: a line is tried against them only if it opens so.
_BYLINE_FIRST = {w[0] for w in _BYLINE_WORDS}
_HOME_FIRST = {w[0] for w in _HOME_WORDS}
# A printed document's page numbers, on lines of their own (text taken from a PDF, or from a page that
# copied it): - 3 -, — 12 —, -2-, ·3·, 第3页, 第 1 页 共 3 页
PAGE_NUMBER = re.compile(r"[-—–·]+\s*[0-9]{1,3}\s*[-—–·]+|第\s*[0-9]{1,3}\s*页(?:\s*共\s*[0-9]{1,3}\s*页)?")
SENTENCE_MARKS = re.compile(r"[。,;:!?]")  # (folded) a line of words holds one, a menu none


_SPACED_DATE = re.compile(r" *([0-9]{1,4}) *(?=[年月日])")


def is_furniture(folded: str, extra: re.Pattern[str] | None = None) -> bool:
    """True when a (folded) line belongs to the web page rather than the document.

    ``extra`` holds the furniture patterns of jurisdiction profiles (a region's own web sites).
    """
    if extra is not None and extra.search(folded):
        return True
    if len(folded) > 100 and "。" in folded:
        return False  # a paragraph of prose: page furniture is short, and checking it costs the most
    first = folded[:1]  # the anchored patterns are tried only where their first character stands
    if first == "|" and table_row(folded):
        return False  # a table's row between pipes, whatever its columns hold: the document's
    if (
        _ANYWHERE.search(folded)
        or (first in _BYLINE_FIRST and _BYLINE.match(folded))
        or (first in _HOME_FIRST and _HOME.match(folded))
        or (first in "篇【" and _PIECE_HEAD.match(folded))
    ):
        return True
    if "p" in folded or "P" in folded:  # ICP备, Copyright in any case
        lower = folded.lower()
        if "icp备" in lower or "icp证" in lower or "copyright" in lower:
            return True
    if "。" in folded:
        return False  # a sentence: neither a row of page tools nor one of menu items
    if first in "-—–·第" and PAGE_NUMBER.fullmatch(folded):
        return True
    if _TOOLS.match(folded) or folded.rstrip(": ") in _LINKS:
        return True
    if _PAGE_WORDS.search(folded) and "," not in folded and parse_label(folded) is None:
        return True
    if "办" in folded and "主办" in folded and _SPONSOR.match(folded):  # 办 alone is looked for faster
        return True
    # a link to one of the page's files (1.某市工作方案.docx); an 附件 line names the document's own
    if "." in folded and folded[-5:].lower().endswith(_FILE_TYPES) and not folded.startswith(ATTACHMENT_WORDS):
        return True
    # A row of menu items: several short names side by side, no sentence punctuation; not a heading
    # whose words are spaced out (第一章 总 则), nor a table's row (a number or 序号 first), which is
    # the document's whatever its columns hold; nor a title or date whose numbers are spaced from their
    # words (某县 2024 年工作要点, 2024 年 3 月 1 日).
    return (
        _menu_row(folded.split())
        and not SENTENCE_MARKS.search(folded)
        and parse_label(folded) is None
        and not table_row(folded)
        and ("年" not in folded or _menu_row(_SPACED_DATE.sub(r"\1", folded).split()))
    )


def _menu_row(tokens: list[str]) -> bool:
    return len(tokens) >= 3 and max(map(len, tokens)) <= 12


def heads_link_list(folded: str) -> bool:
    """Whether a furniture line heads a list of links to other pages, each alone on its line below
    (猜你喜欢, 相关推荐, or 相关文件: standing alone)."""
    return _LINK_LIST.search(folded) is not None or folded.rstrip(": ") in _LINK_HEADS


def link_line(folded: str) -> bool:
    """Whether a (folded) line may be a link to another page in a list of them: a short title with no
    sentence and no label, perhaps after the kind of page it leads to (图解:某市工作要点, 政策解读:…)."""
    kind, colon, title = folded.partition(":")
    if colon and (kind in _LINKS or kind.endswith("解读")):
        folded = title
    return len(folded) <= 40 and not SENTENCE_MARKS.search(folded) and parse_label(folded) is None
