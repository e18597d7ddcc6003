"""Stage 4, structure: the title, the role and its aliases, the numbered duties.

Duty headings come in many styles (`职责一、…`, `一、…`, `1. …`, `(一)…`, `职责(一):…`,
`…之一:…`, `第一,…。` paragraph openers, `①…`); each style is a regex below.  The duties are the
longest run 1, 2, 3 … of one style, so a numbered sub-list inside a duty does not compete
with the duty headings around it.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg import patterns
from kg.model import Doc, Duty, Role, Span
from kg.read import normalize
from kg.resources import DATA_DIR, ORGANISATION_WORDS, alternation, read_word_list

CN_DIGITS = "零一二三四五六七八九"
ORDINAL_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3}
_NEXT_WORDS = ("再", "再有", "还有", "另外", "另")  # 再一个:算账 / 还有一件事,… / 再有,… (unnumbered)
LAST = -1  # the number of a heading opened by 最后: one more than the heading before it
NEXT = -2  # …by 再一个 or 还有一件事 (spoken): one more too, and the list goes on
# Numbers written as one character, 1 first in each series: ① ⑴ ⒈ ❶ ➀ ➊ and Roman Ⅰ.
_SERIES = [("①", 20), ("⑴", 20), ("⒈", 20), ("❶", 10), ("➀", 10), ("➊", 10), ("Ⅰ", 12)]
SYMBOL_NUMBERS = {chr(ord(first) + k): k + 1 for first, count in _SERIES for k in range(count)}
_SYMBOL = f"[{''.join(SYMBOL_NUMBERS)}]"
# Chinese numerals, the financial forms too (壹、贰、叁 in formal documents).
_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾", "一二三四五六七八九十")
_CN = r"[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3}"
_NUM = rf"(?:{_CN}|\d{{1,2}})"
# What a duty heading's role prefix may end with before its number: 市场营销总监职责一、, or what
# else names a numbered part: a study note's 考点一:, a course's 模块 2.
_PART_WORDS = "职责|职能|任务|工作|考点|要点|知识点|重点|模块|板块|环节|秘诀|技巧|要诀|诀窍|关键"
_DUTY_WORD = rf"(?:的)?(?:主要|岗位|工作|核心|基本)?(?:{_PART_WORDS})"
_HEAD_PUNCT = r"\s*(?:[、.:,．|丨]|——|--|—)\s*"  # …and a post's bar: 职责一｜巡店检查
_DECOR = patterns.compile(r"^[#*>\s-]+|\s+#+\s*$|[*\s]+$")  # Markdown marks around a line (not C#)
# …and emoji or a bar before a heading (🔥 01丨…, ▎01 …; not ❶ ➀ ➊, which are numbers).
_HEADING_DECOR = patterns.compile(
    r"^(?:[#*>\s-]|[\u2580-\u259f\u2600-\u2775\u2794-\u27bf\U0001f300-\U0001faff]\ufe0f?)+|\s+#+\s*$|[*\s]+$"
)

NUMBER_LINE = "number-line"
# (style, regex); every regex has groups `num` and `title` (but NUMBER_LINE's), some `prefix`.
HEADING_STYLES: list[tuple[str, re.Pattern[str]]] = [
    (
        "role-numbered",
        # (a circled number needs no punctuation after it, a Chinese one a space: 职责① 排班带人, 模块一  门店经营管理)
        patterns.compile(rf"^(?P<prefix>[^。,;:!?()]{{0,20}}?){_DUTY_WORD}\s*(?P<num>{_NUM}|{_SYMBOL})(?:{_HEAD_PUNCT}|(?<={_SYMBOL})\s*|(?<=[一二三四五六七八九十])\s+(?=[\u4e00-\u9fff]))(?P<title>.+)$"),
    ),
    # The number alone on its line, the title on the next: 职责 1 / 考点一 / —— 3 —— / / 01 / / 01. (a wiki
    # page, a WeChat post).  A bare 1 is no heading (a PDF's page number): a part word or a dash marks it.
    (
        NUMBER_LINE,
        patterns.compile(
            rf"^(?=.*(?:{_PART_WORDS}|[-—–=~·▌◎/])|0[1-9]\.?\s*$)[-—–=~·▌◎/\s]*(?:{_DUTY_WORD}\s*)?(?P<num>{_NUM})\s*[-—–=~·▌◎/.\s]*$"
        ),
    ),
    (
        "role-paren",
        patterns.compile(rf"^(?P<prefix>[^。,;:!?()]{{0,20}}?){_DUTY_WORD}\s*\((?P<num>{_NUM})\)\s*:?\s*(?P<title>.+)$"),
    ),
    (
        # 财务经理的第一项职责：… / 第一大职责是…
        "role-di",
        patterns.compile(
            rf"^(?P<prefix>[^。,;:!?()]{{0,20}}?)第(?P<num>{_NUM})(?:项|个|大|条|点)?{_DUTY_WORD}\s*(?:[,:、.是]|——)\s*"
            rf"(?P<title>.+)$"
        ),
    ),
    ("zhi-yi", patterns.compile(rf"^(?P<prefix>[^。,;:!?()]{{0,20}}?)之(?P<num>{_CN})\s*[:、.,]\s*(?P<title>.+)$")),
    (
        "bracket",
        patterns.compile(rf"^[【\[〔〈<](?P<prefix>[^】\]〕〉>]{{0,20}}?)(?P<num>{_NUM})[】\]〕〉>]\s*:?\s*(?P<title>.+)$"),
    ),
    # 一、 / 一｜招募会员 / 一 制定年度销售计划 (a space alone before a Chinese title)
    ("cn-comma", patterns.compile(rf"^(?P<num>{_CN})(?:\s*[、.．)|]|\s+(?=[\u4e00-\u9fff]))\s*(?P<title>.+)$")),
    ("paren", patterns.compile(rf"^\(\s*(?P<num>{_NUM})\s*\)\s*[、.:]?\s*(?P<title>.+)$")),
    (
        "di-opener",
        # A regulation's 第一条, a textbook's 第一节 or 第一讲, a report's 第二部分 may be set off by a space alone (第一条　负责…);
        # a post's 第1件事｜… by a bar.
        patterns.compile(
            rf"^(?:第|其)(?P<num>{_NUM})(?:条|节|讲|点|项|个方面|方面|步|部分|件事|招|关|阶段|周|个月)?{_DUTY_WORD}?(?:\s*[,:、.|丨]|(?:(?<=[条节讲])|(?<=部分))\s)\s*"
            rf"(?P<title>.+)$"
        ),
    ),
    ("symbol", patterns.compile(rf"^(?P<num>{_SYMBOL})\s*[、.:,]?\s*(?P<title>.+)$")),
    ("shi-opener", patterns.compile(rf"^(?P<num>{_CN})[是要](?P<title>[^,:;。].+)$")),  # 一是抓好生产计划执行。… / 一要…
    ("question", patterns.compile(rf"^(?:[Qq]|问题?)\s*(?P<num>{_NUM})\s*[:.、)]\s*(?P<title>.+[^?])$")),  # Q1:… not a question
    ("arabic", patterns.compile(r"^(?P<num>\d{1,2})\s*(?:[、．]|\.(?!\d)|/(?=\s))\s*(?P<title>.+)$")),  # …and 1/ 客户入职引导
    # 1) 引流款 is a style of its own: a sub-list under 2. 选品与商品规划 is no part of the 1. 2. 3. run
    ("arabic-paren", patterns.compile(r"^(?P<num>\d{1,2})\s*\)\s*(?P<title>.+)$")),
    # A handbook's outline, a duty a second-level number: 3.1 安全制度建设 (under 3 岗位职责).
    ("decimal", patterns.compile(r"^(?P<part>\d{1,2})\.(?P<num>\d{1,2})(?![.\d])\s*(?P<title>[^\s.].*)$")),
    ("letter", patterns.compile(r"^(?P<num>[A-H])\s*[.、)]\s*(?P<title>[^\s.].*)$")),  # A. 檢驗標準制定:…
    # 01 病害调查 / 01 | 吃透Brief / 01丨流量承接 (丨, the CJK stroke, as a bar)
    ("zero-padded", patterns.compile(r"^(?P<num>0[1-9])(?:\s*[|丨.、]\s*|\s+)(?P<title>[^\s\d|丨].*)$")),
    ("keycap", patterns.compile(r"^(?P<num>\d)\ufe0f?\u20e3\ufe0f?\s*(?P<title>.+)$")),  # 1️⃣ 拉新:… (or 1⃣️)
    # A table turned to text, a duty a row: 1 | 处方审核 | 负责对处方进行审核…, or its cells
    # tab-separated (pasted from Excel): the title is the second cell, the rest the duty's text.
    # (the second cell may hold the duty and its text: 1 | 组织制定来料检验标准。根据图纸… | 标准)
    ("table-row", patterns.compile(r"^\|?[ ]*(?P<num>\d{1,2})[ ]*(?:\||\t+)[ ]*(?P<title>[^|\t]{2,30}?|[^|\t]{2,30}?[。;][^|\t]+?)[ ]*(?:\||\t)")),
    # A slide deck's or a blogger's Latin ordinals: Part 1 经营管理 / Step 2: 回复询盘 / NO.1 需求调研
    ("latin", patterns.compile(
        r"^(?:[Ss]tep|STEP|[Pp]art|PART|[Cc]hapter|CHAPTER|NO|No|[Rr]esponsibility|RESPONSIBILITY|[Dd]uty|DUTY|[Tt]ask|TASK|#)"
        r"\s*\.?\s*(?P<num>\d{1,2})\s*[:.、|丨-]?\s*(?P<title>[^\s:|].*)$"
    )),  # …and NO.1 需求调研 / Part.01 / Responsibility 1: Account Planning 客户规划 / #1 …
    # A plan by periods of days (Day 1-7：先认人 / 第31-60天：…): numbered in order by
    # _periods_in_order, as the days they start on (1, 8, 31 …) are no list's numbers.
    ("period", patterns.compile(r"^(?:[Dd]ay|DAY|第)\s*(?P<num>\d{1,3})\s*(?:[-~–—至到]\s*\d{1,3})?\s*(?:天)?\s*[:|丨]\s*(?P<title>[^\s:].*)$")),
    # A talk's 第一个,也是最头疼的,就是收缴物业费。 … 第三个呢,就是安全管理。 … 最后一个,对接业委会。
    # (an interview's 第二个是服务品质,这是酒店的根。 too)
    (
        "spoken",
        patterns.compile(
            # (…or after the one before is done: 第二个说完说第三个,做会员和慢病管理。)
            rf"^(?:第{_CN}个说完了?\s*,?\s*)?(?:(?:咱们|我们|下面)?[先再]?(?:接着)?(?:说|聊|讲|来看|看)?)?(?P<num>第{_CN}|头|最后|{'|'.join(_NEXT_WORDS)})一?(?:个|件|块)(?:职责|任务|事|方面|要点|重点)?"
            rf"(?:呢|啊|嘛)?\s*(?:[,:]\s*(?:是|就是)?|是|就是)\s*(?:(?:也是|就是|最)[^,。]{{0,10}},\s*)?(?P<title>[^,。].*)$"
        ),
    ),
    # Paragraphs opened by ordinal words: 首先,做好…。其次,… 第四,… 再有,… 最后,… (a weak style:
    # 第一…第三 alone stay a di-opener run, and a closing 最后 extends only this style).
    ("ordinal", patterns.compile(rf"^(?P<num>首先|其次|再次|再者|再有|第{_CN}|最后)\s*[,:、]\s*(?P<title>.+)$")),
]
STYLE_RANK = {style: rank for rank, (style, _) in enumerate(HEADING_STYLES)} | {"step": len(HEADING_STYLES)}
# What every heading opens with: a mark, digit, letter or emoji; a numeral or ordinal word; or a
# short prefix before 职责/职能/任务/工作/之 (市场总监职责一、, 店长职责之一:).  Lines that open
# otherwise are no heading in any style.
_MAYBE_HEADING = patterns.compile(rf"\s*(?:[^\u4e00-\u9fff]|[第其首最再头还另先一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾问]|关于|说到|谈到|咱们|我们|下面|.{{0,24}}?(?:{_PART_WORDS}|之))")
# Unnumbered items (• 负责…, - 负责…, 👉 商品上架): a list's place gives the number.  Bullets mark
# any list, so they give the duties only when no numbered style has a run (see _bullet_list).
# Emoji are bullets too, but not the dingbat numbers ❶ ➀ ➊ (U+2776–2793).
_BULLET = patterns.compile(
    r"^(?:\s*(?:[-*+]\s+|[•·●○■□◆◇▪▫▶►▸▹➤➢→★☆✓✔\u2580-\u259f\u2600-\u2775\u2794-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)"
    # …or a mind map's first-level branch (├─ 1 护理质量管理; deeper ones open with │ or spaces),
    # or a bold line alone (**招聘与配置**)
    r"|[├└┣┗][─━]+\s*(?:\d{1,2}(?:[.、]|\s)\s*)?|\*\*(?=[^*]{2,30}\*\*\s*$)"
    # …or a paragraph opened by what it is about (关于排班:… / 说到午睡,…), or a table's row
    # without a number (| 监控告警管理 | 负责… |), named by its first cell
    r"|(?:关于|说到|谈到)(?=[^,:。]{2,12}[,:])|\|\s*(?=[^|\s:-][^|]{1,29}\|)|【(?=[^】\d]{2,20}】\s*$)"
    # …or a question of a Q&A page, its answer below (问:带教师资队伍怎么建? / 答:…)
    r"|问\s*:\s*(?=[^?]{2,30}\?\s*$))"
    # (a bold run-in name: - **SLO与错误预算管理**:与各业务线…)
    r"(?:\*\*(?=[^*\s]))?(?P<title>[^\s•·*].*?)(?:\*\*|】)?\s*$"
)
_STATED_COUNT = patterns.compile(
    r"(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|大|项|条|件)\s*(?:核心|主要|关键|基本|重要)?\s*(?:工作职责|职责|工作|任务|事)"
)
# A spoken item names its duty, then comments on it: 排班调度,这是天天要干的 / 排班管人,这个最磨人
_NAMED_THEN_SAID = patterns.compile(r"\s*(?P<name>[^,。;:]{2,12}),\s*(?=这是|这个|这块|这事|这一块|这一条|这条|这一点|这点|那可|我们|咱们|说白了|其实)")
# Common surnames: a "role" like 王小明 or 老张 after a heading bracket is a person, not a job title.
SURNAMES = "王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方邹孟熊秦邱江薛段雷侯陶黎贺顾郝龚邵严武戴孔汤"
_PERSON_BY_TITLE = patterns.compile(rf"(?:】)?[{SURNAMES}老小][\u4e00-\u9fff]{{1,3}}")
_RULE_LINE = patterns.compile(r"^\s*[—\-=_*~·─━]{3,}\s*$", re.MULTILINE)
BULLET_STYLE = "bullet"
PERIOD_STYLE = "period"
STEP_STYLE = "step"
_STEPS_HEADER = patterns.compile(r"(?:方法/步骤|方法步骤|操作步骤|具体步骤|步骤|操作方法)\s*:?")
_STEP_NUMBER = patterns.compile(r"\s*\n\s*(?P<num>\d{1,2})\s*\n\s*")
_TREE_BRANCH = frozenset("├└┣┗")
_ABOUT = patterns.compile(r"\s*(?:关于|说到|谈到)")
_TABLE_RULE = patterns.compile(r"\s*\|?[\s:|-]*-{3}[\s:|-]*$")
_DUTY_PART = patterns.compile(r"职责|工作内容|主要工作|工作任务|履职")  # an outline's part that holds the duties
MIN_BULLETS = 3
MIN_ROLE_MENTIONS = 3
MAX_ROLE_PREFIX = 4  # characters before a job-title word that may be part of the name (客房|主管)
_HAN_RUN = patterns.compile(r"[\u4e00-\u9fff]+")
_OVERVIEW = patterns.compile(r"(?:岗位|职位|工作)?(?:概述|概况|简介|基本信息|目的)")
MIN_DUTIES_AFTER_OVERVIEW = 3  # an overview is dropped only before this many duties at least
_OPENING_PART = patterns.compile(r"先说结论|写在前面|写在开头|前言|引言|导语|序言|开篇|楔子|背景")
MIN_INTERLEAVED = 3
# A regulation's articles, and what the ones before and after its duties say.
_ARTICLE = patterns.compile(rf"\s*第{_NUM}条")
MIN_ARTICLES_NUMBERED_ON = 4
_LIST_LABEL = patterns.compile(r"[【\[][^】\]]{1,8}[】\]]")  # 【本章要点】
# An answer's or post's footer: 发布于 2024-03-07 / 赞 1.2万   评论 328   分享 (an action bar)
_POST_FOOTER = patterns.compile(r"\n\s*(?:(?:发布于|编辑于)\s*\d{4}-\d{1,2}-\d{1,2}|赞同?\s*[\d.]+[万wk]?\s+评论\s*\d)")
# A section header alone on its line (岗位职责 / 典型案例 on an encyclopedia page): its duties end at the next.
_BARE_HEADER = patterns.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*")
# An interviewer's turn (记者:…, 问:…, Q2:…): after duties listed inside one answer, the next question.
_QUESTION_TURN = patterns.compile(r"\s*(?:记者|主持人|本刊|编者|提问|问|Q)\s*\d{0,2}\s*:")
DUTY_HEADER_REACH = 2  # lines between a duty header and its list (具体职责如下:)
MIN_HEADED_RUN = 3
_REGULATION_OPENING = patterns.compile(
    r"^\s*第[^条]{1,4}条\s*(?:为了?|根据|依据|按照|适用范围|岗位定义|岗位概述|定义)|(?:适用于|所称[^,。]{0,20}(?:是指|指)|"
    r"(?:应当|应)(?:坚持|遵循)[^。]{0,30}原则)"
)
_REGULATION_CLOSING = patterns.compile(
    r"负责解释|(?:自|从)[^。]{0,12}(?:之日|起)[^。]{0,4}(?:施行|执行|实施|生效)|未尽事宜|实施细则|"
    r"^\s*第[^条]{1,4}条\s*(?:任职资格|任职条件|任职要求|考核与奖惩|考核|奖惩|附则)|"
    # …and the articles on who may hold the post and who stands in (具备下列任职条件, 因故不能履行职责时)
    r"(?:具备|符合)[^。]{0,6}(?:任职条件|任职资格|条件)|不能履行职责|代为履行|"
    r"负责对[^。]{0,30}(?:考核|监督|检查)|(?:追究|问责)[^。]{0,10}责任|(?:提供|保障)[^。]{0,20}(?:条件|保障)"
)
MAX_HEADING_EXTRA = 10  # characters a line of a table of contents holds besides the title
MIN_ENGLISH_SENTENCE_WORDS = 5
# The line before a list of duties: 工作职责: / 岗位职责 / 职位描述
_DUTY_LIST_HEADER = patterns.compile(r"(?:职责|工作内容|职位描述|岗位描述|工作任务|主要工作)\s*(?:\([一二三四五六七八九十\d]{1,2}\))?\s*:?\s*$")
WEAK_STYLES = frozenset({"ordinal", "shi-opener", "question"})
# Matches where any style does (group names removed, as they repeat): one regex call rejects
# the many lines that are no heading at all, instead of one call per style.
_ANY_STYLE = patterns.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern)})" for _, p in HEADING_STYLES))

# A paragraph that sums up the article ends the last duty's section, and so does the next
# part of a job posting (任职要求:), whose numbered list is no duty.
CONCLUSION = patterns.compile(
    r"^(?:[A-Za-z][A-Za-z &/']{1,30}?\s+(?=[\u4e00-\u9fff]))?"  # a bilingual header: Requirements 入职要求
    r"(?:总而言之|总之|综上|综上所述|总的来说|总的说来|总的来看|总体来看|总体而言|总结一下|概括来说|概括起来|由此可见"
    r"|最后总结|(?:就)?写到这里?(?:差不多了|吧)?(?=[,。!])|(?:(?:任职|岗位|职位|能力|素质|应聘|招聘|入职)(?:要求|资格|条件)|福利待遇|薪资待遇|薪酬福利|福利|我们提供|工作地点|联系方式"
    r"|加分项|写在最后|结语|结束语|小结|总结|我们希望你|希望你|你需要具备|我们期待你|我们期望你)"
    r"\s*(?::|$)"  # a posting's part header stands alone or before a colon
    # A job description's later fields, only as a header line of their own (考核指标:销售额…
    # inside a duty is that duty's text).
    r"|(?:工作关系|岗位权限|工作权限|工作环境|岗位培训|职业发展|考核指标|晋升通道"
    # …and an article's closing parts: a regulation's 附则, an encyclopedia's later sections, a post's sign-off
    r"|附则|附录|从业要求|发展前景|职业前景|最后说两句|最后说几句|后记|参考资料|参考文献|课后练习|课后作业|课后思考题|思考题)\s*:?\s*$"
    # …or a paragraph that opens on a sign-off: 最后说点心里话。…
    r"|最后(?:再)?(?:说|聊|讲|多说|啰嗦|唠叨)(?:点|几句|两句|一句)[\u4e00-\u9fff]{0,5}[,。:!])"
)
# The number of a part of a document's outline: 三、 / 3. / 第三部分
_CHAPTER = patterns.compile(rf"^[ \t]*第{_CN}(?:章|篇)[ \t]*(?P<title>[^\n]*)$", re.MULTILINE)
_OUTLINE_NUMBER = patterns.compile(rf"^(?:{_CN}\s*[、.．]|\d{{1,2}}\s*[、.．](?!\d)|第{_CN}(?:部分|章|节)\s*[、.:]?)\s*")
# A title line may ask or exclaim (采购经理每天都在忙什么?一文看懂…), but holds no full stop.
_NOT_A_TITLE = patterns.compile(r"[。;]")
_SITE_SUFFIX = patterns.compile(r"\s+[-|–]\s+[^-|–—\s]{2,12}\s*$")
# A search-engine title: …是什么_景区运营总监工作内容-职场百科网 (what the page is, then the site)
_SEO_SUFFIX = patterns.compile(r"_[^_\n]{0,30}?[-_|]?[^-_|\s]{1,12}(?:网|站|网站|百科|文库|论坛|社区|在线|之家|频道|库)\s*$")
_TITLE_PLEA = patterns.compile(r"\s*[(【\[](?:强烈)?(?:建议)?(?:先)?(?:收藏|码住|转发|干货|纯干货|长文预警|长文慎入)[^()【】\[\]]{0,6}[)】\]]\s*$")
_TITLE_END = patterns.compile(r"[。!?;]|:(?!\d)")  # not the colon of a time (9:00)
# A long title's end: a dash, or a space between Chinese characters (not inside English).
_LONG_TITLE_END = patterns.compile(r"\s*(?:——|--|(?<!\d)—(?!\d))\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # not 0—6岁
# What a heading's title may open with before what it names: 第一项职责是… / 其一,就是… / a
# speech's 第一,要摸清网格底数 (not the 要 of 要素, 要点, 要求 …).
_TITLE_LEAD = patterns.compile(r"^(?:就是|便是|是|一定要|必须|务必|要(?![素点求害件闻职务案领货]))")
_TRAILING_EMOJI = patterns.compile(r"[\s\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+$")  # ① 制定品牌设计战略 🎯
# An encyclopedia's reference mark (完成校长交办的其他工作[5]), a study note's rating (…战略(★★★))
_APPENDED_MARK = patterns.compile(
    r"\[\d{1,3}\]|\s*\([★☆]{1,5}\)|\s*\((?:[Rr]esponsibility|[Dd]uty|[Tt]ask|[Ss]tep|[Kk]ey|[Pp]art|[Ss]ection)\s*\d{1,2}\)$"
)  # …and a translation's gloss of the number: 职责一:组建并领导支持团队(Responsibility 1)
MAX_TITLE = 30
_CONTINUED = patterns.compile(r"\((?:续|续[一二三四五]|接上页|continued|cont\.?)\)$", re.IGNORECASE)
_LATIN_WORD = patterns.compile(r"[A-Za-z][A-Za-z'-]*")
# What may follow a heading's colon within its title: a few words without sentence punctuation.
SUBTITLED_WORD = 3  # the longest word before a colon whose subtitle stays in the title (拉新:…)
_SUBTITLE = patterns.compile(r":(?!\s*(?:负责|协助|参与|配合|完成|组织|确保))[^。!?;,:]{1,16}")  # not 预算管理:负责…
MAX_ITEM = 50  # a one-line duty (job postings) may be longer than a heading
_CJK = patterns.compile(r"[\u4e00-\u9fff]")
_WORDS = patterns.compile(r"\w")
HEADLINE_CHARS = 64
_HEADLINE = patterns.compile(r"[^。|｜\s]+(?:[,:!?][^。|｜\s]+)+[!?]?")  # clauses, no menu's bars or gaps
_NOTICE_TITLE = patterns.compile(r"[^。\s]{0,30}关于[^。\s]{2,60}的(?:通知|决定|意见|通报|公告)")  # …局关于印发《…》的通知
TITLE_LINES = 3  # lines at the top of an article where its title may be…
TITLE_SEARCH_LINES = 10  # …not counting header fields and rules among these
_FIELD_LINE = patterns.compile(
    r"(?:^|\s)(?:文件编号|文档编号|编号|版本|版本号|生效日期|发布日期|发文单位|文号|密级|编制|审核|批准|受控状态|Job ID|Posted"
    r"|发件人|收件人|抄送|密送|日期|发送时间|附件|From|To|Cc|Date|Sent)\s*:"  # …and an e-mail's header
)
# A newsletter's masthead in capitals, or its issue line: HENGYUAN LAW OFFICES / 合规通讯 | 2024年第3期
_MASTHEAD = patterns.compile(r"[A-Z][A-Z &.,'-]{3,}|.{0,20}(?:19|20)\d{2}年第\d{1,3}期")
# An e-mail's or a form's subject line is the title: 主题:关于设立培训总监岗位及明确其职责的通知
_SUBJECT_FIELD = patterns.compile(r"^\s*(?:主\s*题|邮件主题|标\s*题|Subject|title|Title)\s*:\s*")  # 标　　题: on a portal; front matter
# A bilingual title: Clinical Research Coordinator (CRC) / 临床研究协调员 (or the other way round).
_BILINGUAL = patterns.compile(
    r"^(?:(?P<en>[A-Za-z][A-Za-z .&-]{1,60}?)\s*(?:\((?P<short>[A-Za-z]{2,10})\))?\s*[/|]\s*(?P<cn>[^/|A-Za-z]{2,20})"
    r"|(?P<cn2>[^/|A-Za-z]{2,20}?)\s*[/|]\s*(?P<en2>[A-Za-z][A-Za-z .&-]{1,60}?)\s*(?:\((?P<short2>[A-Za-z]{2,10})\))?)\s*$"
)
# A job title named in English before the words that say so: 常见Workshop Manager的英文职衔.
# A quoted name said to mean the role: 这个“老总”,多数时候指的就是报社总编辑.
_REFERS_TO = patterns.compile(r"“(?P<name>[^“”]{2,10})”\s*,?[^“”。;,]{0,8}?(?:指的就是|指的是|就是指|说的就是|说的是)")
# A name given as a way of saying it: 也有『片区经理』的说法.
_SAYING_NAME = patterns.compile(r"(?:也有|还有|又有|亦有)[“‘](?P<name>[^“”‘’]{2,12})[”’]的?(?:说法|叫法|称呼)")
_ENGLISH_BEFORE = patterns.compile(r"(?P<name>[A-Za-z][A-Za-z .&-]{1,39}?)\s*的?英文(?:职衔|职位名称|职位|名称|头衔|称呼|叫法)")

# The role in a title such as 市场总监的职责有哪些 / 销售经理岗位职责 / 项目经理的主要职责.
_DUTY_MODIFIER = r"(?:主要|岗位|工作|基本|具体|核心|日常)"
_DUTIES_NOUN = r"(?:职责|职能|工作内容|工作任务)"
# …and no role in 工作职责 alone.
_TITLE_ROLE = patterns.compile(
    rf"^(?!{_DUTY_MODIFIER}+{_DUTIES_NOUN})(?P<role>[^,。:!?()|]{{2,15}}?)(?:招聘|诚聘|急招)?\|?(?:的)?{_DUTY_MODIFIER}*{_DUTIES_NOUN}"
)
# A blogger's title: 做了三年社群运营,我总结出这份职责清单 / 当了5年店长… names the role worked in,
# unless what follows the years is a clause (干了3年才明白这个道理).
_EXPERIENCE_TITLE = patterns.compile(r"^(?:【[^】]{1,6}】\s*)?我?(?:在[^,:;!?的]{1,8}?)?(?:做|干|当)了?(?:\d+|[一二三四五六七八九十两]+)年(?:的)?(?P<role>[^,:;!?的]{2,10})(?:[,:;!?]|$)")
# A question title: 航空公司的签派员主要是干什么的? / 签派员是做什么的
# A first-person report's title: 乡镇农技推广员个人述职报告 / 店长年终工作总结
_REPORT_ROLE = patterns.compile(r"^(?P<role>[^,。:!?()]{2,15}?)(?:(?:19|20)\d{2}(?:年度|年)?)?(?:个人)?(?:年度|年终)?(?:个人)?(?:述职报告|述职|工作总结|个人总结)")
# A recruitment notice names the post it fills: 淮川市人民医院2024年公开招聘医院感染管理专职人员公告
_RECRUITING_TITLE = patterns.compile(
    r"招聘(?:[\d一二三四五六七八九十]+名)?(?P<role>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:的)?(?:公告|简章|启事|通知)$"
)
_HANDBOOK_TITLE = patterns.compile(r"(?P<role>[\u4e00-\u9fff]{2,12}?)(?:岗位)?(?:工作手册|履职手册|岗位手册|工作指南|工作指引)")
_DOCUMENT_NUMBER = patterns.compile(r"[\u4e00-\u9fff]{1,10}[〔\[(]\d{4}[〕\])]\s*\d{1,4}\s*号")  # 临政数发〔2024〕17号
# A line that is only an organisation's name: a site's owner above the title (淮川市人力资源和社会保障局)
_ORGANISATION_ONLY = patterns.compile(r"[\u4e00-\u9fff]{2,20}(?:局|厅|委员会|人民政府|政府|办公室|有限公司|公司|集团)(?:门户网站|网站|官网)?")
# Where a role's name starts after the verb of holding it: 担任农业技术推广员 -> 农业技术推广员
_HOLDS_POST = patterns.compile(r"^.*?(?:担任|任职|出任|作为|从事)")
# An administrative level before a role names where it works, not what: 乡镇农技推广员
_ADMIN_LEVEL = patterns.compile(r"^(?:乡镇|镇级|县级|市级|区级|省级|村级|基层)(?=.{3})")
def _this_post_at(text: str, name: str, cut: str, within: Span) -> int:
    """Where `name` stands before 这个岗位/这一职位 inside `within`, not after `cut` (the
    character the fuller name has before it: 药剂科主任 is no 剂科主任), or -1."""
    pattern = f"(?<!{re.escape(cut)}){re.escape(name)}(?=这个岗位|这一岗位|这个职位|这一职位)"
    match = re.compile(pattern).search(text, within.start, within.end)
    return match.start() if match else -1


_OPENING_NAME = patterns.compile(r"\s*(?:[■□●○◆◇•·▪▶►-]\s*|【[^】]{1,6}】\s*)?(?:在[^,。]{2,12}?[里中内],)?(?P<name>[\u4e00-\u9fff]{2,12}?)\s*(?:[,(的]|(?=是)|(?=(?:在[^,。]{1,12}?)?(?:通常|一般|常|也|又|亦)?(?:被)?(?:简称|俗称|称为|叫做|叫作)))")
_SHORT_PAREN = patterns.compile(r"[(（][^()（）]{1,12}[)）]")
_DISAMBIGUATION = patterns.compile(r"\s*\((?:职业|岗位|职位|工种)\)\s*$")  # an encyclopedia's 验光师(职业)
_BARE_ROLE = patterns.compile(r"[\u4e00-\u9fff]{1,8}[工员师长手官]")
_ASKED_ROLE = patterns.compile(
    r"^(?P<role>[^,。:!?()]{2,15}?)(?:主要|到底|平时|每天|具体|一般|都|在|要|需要)*(?:是)?"
    r"(?:干什么|做什么|干啥|做啥|干嘛|忙啥|干些什么|做些什么|忙什么|忙些什么|(?:做|干)哪些(?:事|工作))"
)
_NOT_A_ROLE = patterns.compile(r"[才就还都也了过我你他她这那么吗呢吧后多]")
# How titles lead up to the role: 浅谈…, 如何当好一名…, 做好…
_TITLE_HALVES = patterns.compile(r"(?P<first>[\u4e00-\u9fff][^\s]{3,30}?(?:职责|工作内容|有哪些|是什么|做什么)[^\s]{0,6})\s+(?P<second>[\u4e00-\u9fff0-9][^\s]{3,30})")
_INTERVIEW_TITLE = patterns.compile(r"^(?:对话|专访|独家专访|人物专访|访谈|面对面)[^:]{2,30}:\s*(?P<rest>.+)$")
_LEAD_IN = patterns.compile(
    r"^(?:看(?![护守管门])|浅谈|谈谈|浅析|简析|试论|论|简述|详解|解读|盘点|揭秘|如何|怎样|怎么|做好|当好|做一名|做一个|成为|作为|我总结出|我总结了|我整理了|说说|聊聊|全看|就看|全靠|就靠|"
    r"写给(?:刚刚?|新)?(?:当上|成为|入职|升任|上任的|入行的)?|"  # 写给刚当上人事专员的你
    r"(?:和|跟|与)(?=一位|一名)|一名|一个|一位|优秀的?|合格的?|称职的?|新任|新手|关于|明确|印发|规范|对话|专访|走近|探访|竞聘|竞选|设立|增设|新设|设置)+"  # 关于明确幼儿园园长岗位职责的通知
)
# A named employer before the role (江州市第二人民医院护士长, 澜启科技有限公司人事专员) is no part of
# it; a kind of workplace is (酒店前台主管, 幼儿园园长): the name needs two characters of its own.
_EMPLOYER = patterns.compile(rf"^.{{2,20}}{alternation(ORGANISATION_WORDS['employer'])}")
_KIND_OF_WORKPLACE = patterns.compile(
    rf"{alternation(ORGANISATION_WORDS['kind'])}+{alternation(ORGANISATION_WORDS['employer'])}"
)
_EMPLOYER_NAME = patterns.compile(rf"[\u4e00-\u9fff]{{2,16}}{alternation(ORGANISATION_WORDS['employer'])}")
ROLE_WORDS = DATA_DIR / "role_words.txt"
# A job-title word that goes on into a longer word names no role: 会计网校, 律师事务所, 老师好.
_ROLE_WORD_INSIDE = patterns.compile(r"事务所|网校|网站|学院|学校|协会|考试|资格证|证书|好|会(?!计)")  # 董事会: a board
_ALIAS_CUE = patterns.compile(
    r"(?:又称作|又称为|又称|也称作|也称为|也称|亦称为|亦称作|亦称|又名|亦名|又叫做|又叫作|又叫|也叫做|也叫作|也叫|又被称为|又被称作|又被叫做|"
    r"又被叫作|也被称为|也被称作|也被叫做|也被叫作|被称为|被叫做|被叫作|通常称为|简称为|简称|俗称(?:其|它)为|俗称|英文(?:名称|名(?!片)|简称|缩写|职称|职衔)(?:(?:常|一般|通常|多)?(?:译为|译作|翻译为|译成)|为|是|叫作|叫做|叫)?\s*:?|英文就是|英文里(?:叫|是|称为)|英文(?:常|一般|通常|多)?(?:译为|译作|翻译为|译成|说)\s*:?|"
    r"英文(?:写的)?(?:为|是|叫作|叫做|叫)\s*:?|英文(?:名称|名)?\s*[:|]|英文(?:对应的?是|对应为|对应)\s*:?|"
    r"英文\s*(?:职位|岗位|[Tt]itle)?(?:名称|名)?(?:一般|通常|常常|常|也|多)被?(?:称为|称作|叫做|叫作|叫|写作|写|为)\s*:?|"
    r"(?:业界|行业|业内|大家)?(?:一般|通常)?所称的(?=“)|正式(?:名称|称呼)(?:叫|是|为)|"  # 本职缺即业界一般所称的“QA工程师”
    # 国企里这一岗位对应“总会计师”,部分民营企业则称“…” / 也可称为首席安全官
    r"岗位对应(?=“)|(?<=[业司位构])(?:则|也|多|常|一般)称(?=“)|(?:也|亦|还)可(?:称为|称作|叫做|叫作|称)|"
    r"(?:业内|行业|大家)(?:一般)?通称|的叫法\s*,\s*(?:叫|称为|就是)|"  # 业内通称HRBP / 沿用外企的叫法,叫CRM经理
    r"(?:更习惯|习惯|常常|常|也)?(?:自嘲|自称|戏称|昵称)(?:它|其|他们|我们)?(?:为|是)|"
    r"英文(?:职位|岗位)(?:名称|名)?(?:称为|叫做|叫|为|是)\s*:?|中文(?:名称|名)?(?:一般|通常|常)?(?:译为|译作|翻译为|称为|叫做)|"
    r"(?:岗位|职位)?别\s*[称名](?:\s*[:|]|是|为)|(?<=,)(?:别称|别名)|(?P<bare_said>也就是(?:我们|大家|人们|大伙|业内|行业里|行内|圈里|圈内)?(?:平常|平时|通常|一般|常常|常)?(?:说|讲|叫|所说)的)|"
    r"(?:行里人|圈里人|业内人士|大家|人们)?常说[^,。;“]{0,8}?就是(?=“)|也有(?:人)?(?:干脆|直接|索性)?(?:叫做|叫作|叫|称为|称作|称之为)(?!它)|"
    r"被(?:大家|人们|同行)?[\u4e00-\u9fff]{0,4}?(?:叫作|叫做|称为|称作)|"
    r"(?:圈里|圈内|行业里|行业内|业内|大家|人们|老乡|内部)(?:一般|通常|常常|都|也常|常)?(?:就|直接)?(?:叫做|叫作|叫|称为|称作)(?:我们|它)?|"
    r"(?:更)?习惯(?:地)?(?:叫做|叫作|叫|喊|称为|称作|称之为)(?:它|其|他们|她们|我们|你们|他|她|我|一声)?|(?:都|也|就)喊我(?=“)|称(?:其|它|之|他们|她们)为|"
    r"(?:正式|书面|官方)?[\u4e00-\u9fff]{0,4}?的?叫法(?:是|为)|^别\s*名\s+|^外文名\s+|"  # 百科: 别 名 白事司仪、殡仪服务员
    r"(?:沿用)?(?:旧称|曾用名|原称|老叫法)(?:为|是)?\s*:?|"  # 习惯沿用旧称“系统管理主管”
    # Any calling straight before a quote: 文件上叫“专职网格员” / 更愿意叫你们“小巷管家” / 叫一声“监理老总” / 喊“物业经理”
    r"(?<![话句])(?<!话,)(?<!句,)(?<!说法)(?<!玩笑)(?:叫作|叫做|叫|喊|称为|称作|称之为|称呼|写作|写成|写的是)(?:你们|他们|她们|我们|它|其|一声|我|你|他|她)?(?=“)|"  # not 有句老话(,)叫“…”, nor a joke's name
    r"称呼(?:你们|他们|她们|我们|它|我|你|他|她)为(?=“)|"  # 老司机更习惯称呼他为“车队长”
    r"口中的(?=“)|"  # 就是一般民众口中的「代书」
    r"(?<=[上里中])(?:则|也|又)?(?:写作|写成|写为)|"  # 岗位编制表上则写作水处理运行工
    r"(?:[Aa]lso|[Oo]ften|[Ss]ometimes)\s+(?:known|called|referred\s+to)\s+as\s+|"
    # 这个岗位在连锁品牌里一般叫门店经理 / 在行业标准里叫管道巡线员 / 在公立医院一般叫口腔护士 (job titles only)
    r"(?<=[里中内上])(?:一般|通常|普遍|多|都)?(?P<bare_place>叫做|叫作|称为|称作|叫)(?![法好停卖醒])|"  # not 叫法
    r"(?:一般|通常|普遍|多)(?P<bare_usual>叫做|叫作|称为|称作|叫)(?![法好停卖醒])|"
    r"(?:一般|通常|多|都|则)写(?:作|成)?\s*(?=[A-Z])|"  # 外企一般写QA Manager
    r"(?<=,)(?P<bare_comma>称为|称作)|"  # 这一岗位被提升到高管层级,称为首席客户官 (a job title only)
    r"(?:甚至|还|也)?(?P<bare_have>设有)|"  # 个别大公司甚至设有首席产品官 (a job title only)
    r"(?:企业|公司|集团|单位|机构|医院|工厂)(?:里|中|内)?(?:会|则|一般|通常|多)(?P<bare_org>叫做|叫作|称为|叫)(?:我们|他们|她们|它|其)?|"  # 大一点的集团会叫首席质量官
    r"(?:也|又|还)(?:常|常常|通常|一般|多)(?:叫做|叫作|叫|称为|称作)|"  # 社会上也常叫收费站收费员
    r"(?:老厂|有人|有的[\u4e00-\u9fff]{1,3}?)(?:还|则|就)?(?P<bare_some>叫做|叫作|叫|称为)|"  # 有的连锁叫门店经理 / 老厂还叫安全科长
    r"(?:挂|挂着|挂了)(?:一个|个)?(?=[^。]{2,40}?的(?:头衔|职位|title))|"  # 直接挂一个CGO(…)的头衔
    r"(?:登记的|上的|里的)?(?:岗位|职位|职务)?(?:名称|职称)(?:是|为|叫)|"  # 劳动合同上的岗位名称是配送站站长 / 有些公司的职称是门市主任
    r"统称为|统称作|"  # 部分连锁企业把兼做定配的人员统称为验光配镜师
    r"(?:干脆|直接|索性)(?P<bare_call>喊|叫)(?!(?:他们|她们|我们|我|它)?\s*(?:一声|“))(?:他们|她们|我们|我|它|佢哋|佢)?(?:做)?|"  # 有些老藏家干脆喊他们槌手 (a job title only)
    # 全称用户界面设计师 / 把它叫作人事主管 / 把它写作“界面设计师” / 它又可能叫城市经理
    r"全称(?:为|是|叫)?\s*:?|(?:把|将)(?:它|其|这个岗位|这一岗位|这份工作|这个职业|这一职业)(?:叫作|叫做|称为|称作|写作|写成|叫)|"
    r"(?:它|其)(?:又|也|还)?(?:可能|会|常常|常)(?:叫做|叫作|称为|称作|叫)|(?:它|其)(?:又|也|还)?(?P<bare_it>叫)|"
    r"称呼(?:则|就|也)?(?:是|为)|"
    # 有的企业称为采购主管 / 也有人叫它客服组长 / 有的公司把这个岗位叫…
    # 有的称为生产车间负责人 / 有的叫项目负责人 (a bare 叫 names a job title only: not 有的公司叫停…)
    r"(?:有的|有些|部分|不少|一些|也有)(?:企业|公司|单位|组织|行业|地方|商场|门店|医院|学校|酒店|银行|品牌|集团|机构|开发商|厂家|厂商|商家|人)?(?:里|中|内)?(?:招聘时|招聘中)?"
    r"(?:则|也|又)?(?:习惯|一般|通常)?"
    r"(?:把它|将其|(?P<post>把这个岗位|把这一岗位))?(?:称为|称作|称之为|叫做|叫作|叫它|写成|写作|(?:(?<=习惯|一般|通常)|(?<=[也又]))叫|(?(post)叫|(?P<bare>叫))))"
    r"\s*(?::\s*)?(?P<names>[^。;!?,()—|]+)"  # up to a dash too: 称之为客户成功顾问——负责的是…
)
# ,即X: another name only when X is one (a job title or a Latin name), as 即 also opens
# 即时, 即刻, 即可 … and explanations.
_JI_ALIAS = patterns.compile(r"[,)]即(?P<name>[A-Za-z][A-Za-z .&-]{1,39}|[^,。;!?()的等]{2,20})(?=[,。;!?)]|$)")
_DEFINITION_HEAD = patterns.compile(r"^(?P<subject>[\u4e00-\u9fffA-Za-z ]{2,15}?)\s*\((?P<paren>[^()]{1,60})\)")
# Every way above of giving a name holds one of these: sentences without any are skipped.
_NAME_HINT = patterns.compile(r"[(称叫喊译即缩写别嘲]|指的|说的|英文|中文|也就是|又名|亦名|常说|说法|一名|known|called|referred")
_POST_FIELD = patterns.compile(r"\s*(?:岗位名称|职位名称|职业名称|职务名称|岗位|职位)\s*[:|]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,15})\s*\|?\s*$")
# …or a handbook's section on one post: 第三节　分拣中心主管 (a name that ends in a job-title word)
_POST_SECTION = patterns.compile(r"\s*第[一二三四五六七八九十\d]{1,3}节\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,15})\s*$")
# …or as a numbered part of its own, the name opening the next line: 一、岗位名称 / 信访接待员。本岗位又称…
_POST_FIELD_ABOVE = patterns.compile(
    r"\s*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、]|\(\S{1,2}\))?\s*(?:岗位名称|职位名称|职务名称)\s*:?\s*\n"
    r"\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,15})\s*(?:[。;]|\n|$)"
)
# A regulation defines its terms: 本规范所称公交调度员,是指…
_QUOTED_IN_TITLE = patterns.compile(r"“[^“”]{1,8}”")
_CHAPTER_NUMBER = patterns.compile(r"^\s*第[一二三四五六七八九十\d]{1,3}[章节篇]\s*")
# A handbook's chapter says whom it is for: 本章适用于…的仓库管理员(以下简称“仓管员”)
_APPLIES_TO = patterns.compile(r"适用于[^。;]{0,40}?的(?P<name>[\u4e00-\u9fff]{2,10}?)\s*\(\s*(?:以下简称|下称|简称)")
_SO_CALLED = patterns.compile(r"本(?:规范|制度|办法|标准|规定|细则|条例|规程|指引|指南|准则)(?:中)?所称(?:的)?(?P<name>[\u4e00-\u9fffA-Za-z]{2,15}?)\s*,?\s*(?:是指|系指|指)")
_NAME_LIST = patterns.compile(r"、|和|或者|或|及|与|/")  # between the names an alias cue or a definition gives
_SO_CALLED_COVERS = patterns.compile(r"本(?:文|规范|制度|办法|标准|规定|细则|条例)所称[^,。]{2,15},\s*包括(?:[^,。;]{0,20}的)?(?P<names>[^,。;]{2,40})")
# Who holds the post: 现为青溪收费站收费二班的一名高速公路收费员 / 是…管网运行部的一名燃气管网巡线工
_ONE_OF = patterns.compile(r"(?:是|为|作为)[^,。;!?]{0,24}?的?一名(?P<name>[\u4e00-\u9fff]{2,12}?)(?=[,。;!?]|$)")
_HIRING = patterns.compile(r"^(?:现|急|长期)?(?:诚聘|招聘|聘请|招募)")  # 现诚聘人事专员(…)一名
# A posting's 现招仓库文员2名: the post it hires for.
_HIRED = patterns.compile(r"^(?:现|急|长期)?(?:诚聘|招聘|聘请|招募|招)(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:\d{1,3}|[一二两三四五])(?:名|人|位)")
_NO_NAME = frozenset({"无", "暂无", "不详", "没有", "无别称", "略"})  # a form's empty 岗位别称: field
_ABBREVIATION = patterns.compile(r"是(?:英文)?(?P<name>[A-Za-z][A-Za-z .&-]{1,39}?)的(?:缩写|简称)")
_DEFINITION_GOES_ON = patterns.compile(r"\s*,?\s*(?:是(?!一(?:家|所|间|座))|指|又|也|亦|即|简称|俗称|英文|负责|主要)")  # not a firm: X(…)是一家
_DEFINITION_VERB = patterns.compile(
    r"^(?:在[\u4e00-\u9fff]{1,8},)?(?!本|该|这|此|有的|有些|部分|一些|不少|很多)(?:听说|据说|其实)?(?P<subject>[\u4e00-\u9fff]{2,10}?)(?:在[\u4e00-\u9fff]{1,8}?)?"  # …在院内也称为…
    r"(?:是指|指的是|即是|是企业|是公司|是负责|是[^,。;]{2,30}?(?:岗位|职位|工种|角色)"
    r"|(?=又叫|又称|也叫|也称|又名))"  # 环境监测员又叫环境监测工,是…
)
# Words inside a definition's parentheses before a name: (Brand Manager,简称BM) (英文:CFO).
_PAREN_CUE = patterns.compile(
    r"^(?:[\u4e00-\u9fff]{0,12}?(?:以下简称|以下统称|下称|简称|统称|又称|亦称|也称|俗称|可称|叫做|叫作|叫|称为|称|写作|写成|写)|全称|缩写|英文名称|英文名|英文|英语|包括|包含|即|亦即|也就是)(?:为|是)?\s*:?\s*"
)  # (CMO) (简称BM) (公司内部亦称“安全运维工程师”) (外企叫Design Director) (包括社区党委书记、党总支书记)
# (设立药学部的医院称为药学部主任): who uses the name may take a clause
# A few words and a colon before a definition (先说结论:, 简单来说:), but not a field giving names (岗位别称:).
# …and a label in brackets (【导读】品牌经理(…)…)
_LEAD_COLON = patterns.compile(r"^(?:(?![^:]*(?:称|名|英文|中文))[^,。:]{1,8}:|【[^】]{1,6}】)\s*")
# …——新任经理,(英文常说…) / 真正…的人,是住院医师规范化培训专业基地主任,(俗称“…”)
_NAME_BEFORE_CUE = patterns.compile(r"(?:——|—|:|(?<=[,。])是)\s*(?P<name>[\u4e00-\u9fff]{2,16})\s*,\s*$")
_THIS_POST = patterns.compile(r"(?:这个|这一|该|此)(?:岗位|职位|职务|工种)")
_QUOTED_NAME = patterns.compile(r"\s*“([^“”]{1,20})”")
_QUOTED_NAMES = patterns.compile(r"\s*“[^“”]{1,20}”(?:\s*(?:、|和|或者|或|及|与|/)?\s*“[^“”]{1,20}”)*")  # “供应链主管”或“SCM经理”
_PAREN_ALIAS = patterns.compile(r"\(\s*(?:也称|又称|亦称|也叫|又叫|俗称|又名)(?:为|作|做)?\s*(?P<names>[^()]{2,40})\)")
_ENGLISH_AFTER = patterns.compile(r"\s*\(\s*(?P<name>[A-Za-z][A-Za-z .&-]{1,39}?)\s*\)")
_PLACE_ENDS = frozenset("省市县区镇乡村")
_NAME_TAGS = frozenset({"n", "nz", "nt", "ns", "vn", "j", "l", "zg", "ng", "un"})  # words of a role's name
_ENGLISH_TITLE = patterns.compile(
    r"(?<![A-Za-z])(?<![向对与给和跟同] )(?<![向对与给和跟同])(?!The )(?:(?:[A-Z][a-z]+|[A-Z]{2,4}) ){1,3}"  # …and HR Specialist
    r"(?:Manager|Director|Officer|Supervisor|Lead|Head|Executive|Coordinator|Specialist|Engineer|Analyst|Consultant|Administrator)"
    r"(?=\s*(?:[,。;!?)]|$))"
)  # …at a clause's end: not one the role reports to (向 Account Manager 汇报)
# English titles run long; digits stand in some names (4S店销售总监, B2B销售经理, 3D建模师)
_NAME = patterns.compile(r"^(?:[0-9](?=[A-Za-z]))?[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 .&-]{0,39}$")


@dataclass
class Heading:
    line: int  # index into doc.lines
    style: str
    index: int
    title: str
    prefix: str
    heading: Span  # the heading as written
    body_start: int  # where the duty's own text starts (after the heading)
    alone: bool = False  # its line holds little besides the title (a number, a page number: a table of contents)


def parse_number(text: str) -> int:
    text = text.translate(_FINANCIAL)
    if len(text) == 1 and "A" <= text <= "H":
        return ord(text) - ord("A") + 1
    if text in SYMBOL_NUMBERS:
        return SYMBOL_NUMBERS[text]
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    if text == "最后":
        return LAST
    if text == "头":
        return 1  # 头一个,… (spoken: the first)
    if text in _NEXT_WORDS:
        return NEXT
    text = text.removeprefix("第")
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.index(tens) if tens else 1) * 10 + (CN_DIGITS.index(ones) if ones else 0)
    return CN_DIGITS.index(text)


def match_heading(doc: Doc, line_no: int) -> Heading | None:
    """The duty heading on one kept line, in the first style that matches, or None."""
    return next(iter(match_headings(doc, line_no)), None)


def match_headings(doc: Doc, line_no: int) -> list[Heading]:
    """The line read as a duty heading in each style that matches (第四,… is a di-opener and
    an ordinal), in style order."""
    span = doc.lines[line_no]
    raw = doc.norm[span.start : span.end]
    if not _MAYBE_HEADING.match(raw):
        return []  # most lines: one cheap test instead of every style's
    decor = _HEADING_DECOR.match(raw)
    offset = span.start + (decor.end() if decor else 0)
    line = _HEADING_DECOR.sub("", raw)
    bullet = _BULLET.match(raw)
    if not bullet and not _ANY_STYLE.match(line):
        return []
    found = []
    # A bullet is read on the raw line: the Markdown marks that _DECOR strips include "- ".
    styles = [*HEADING_STYLES, (BULLET_STYLE, _BULLET)] if bullet else HEADING_STYLES
    for style, pattern in styles:
        m = bullet if style == BULLET_STYLE else pattern.match(line)
        if not m:
            continue
        line_end = span.end
        title_start = (span.start if style == BULLET_STYLE else offset) + m.start("title") if style != NUMBER_LINE else 0
        title_text = m.group("title") if style != NUMBER_LINE else ""
        # The title on the next line: after a number alone (职责 1), or in Chinese after an English
        # one (1. Own the annual budget. / 负责年度预算编制与执行).
        if style == NUMBER_LINE or (" " in title_text.strip() and not _CJK.search(title_text)):
            # (an English sentence is glossed by the paragraph under it; a short English title among
            # Chinese ones, Duty 5｜Compliance & Safety, is not)
            sentence = title_text.rstrip().endswith(".") or len(title_text.split()) >= MIN_ENGLISH_SENTENCE_WORDS
            following = _next_line_title(doc, line_no, first_clause=style in (BULLET_STYLE, NUMBER_LINE) or sentence)
            if following is None and style == NUMBER_LINE:
                continue
            if following is not None:
                title_start, line_end = following
                title_text = doc.norm[title_start:line_end].strip()
        # A heading that runs on into its paragraph (第一,把控项目进度。项目启动后… or
        # 1. 预算管理:负责…): the title is up to its first colon or sentence end, the rest is
        # the section.  A long one also ends at a dash or a space (一、预算管理 负责…).
        body_start = line_end
        end = _title_end(title_text)
        if style == BULLET_STYLE and _ABOUT.match(raw):
            end = re.compile(r"[,:]").search(title_text)  # 说到午睡,…: what the paragraph is about
        elif style == BULLET_STYLE and raw.lstrip().startswith("|"):
            if line_no + 1 < len(doc.lines) and _TABLE_RULE.match(doc.norm, doc.lines[line_no + 1].start, doc.lines[line_no + 1].end):
                continue  # the table's header row (| 职责 | 说明 |), above its |---| rule
            title_text, end = title_text.partition("|")[0].strip(), None
        bold_line = raw.strip().startswith("**") and raw.strip().endswith("**")  # all heading: **一是抓团队,把…**
        if style == "shi-opener" and re.search(r"[,;。:]", title_text) and not bold_line:
            # 一是常见病多发病诊疗,对感冒…开展首诊;: a report's point is named by its first clause,
            # and the whole item is its text.
            title_text, end = re.split(r"[,;。:]", title_text, maxsplit=1)[0], None
        # A line that is one item ending in ;/。 (a job posting's 1、负责…,…;) is a title however
        # long, up to MAX_ITEM, unless a dash or space sets a heading off (一、预算管理——负责…。).
        one_item = (
            bool(end)
            and not title_text[end.end() :].strip()
            and _CJK.search(title_text) is not None
            and not _LONG_TITLE_END.search(title_text, 2, MAX_TITLE + 1)
        )
        # A numbered item may also go on after its first clause or sentence (1、负责…一致;对
        # 质量存疑的… / 2. 负责…生产。首件不合格…): that clause is its title.
        goes_on = end and title_text[end.start()] in ";。" and title_text[end.end() :].strip() and style not in WEAK_STYLES
        limit = MAX_ITEM if one_item or goes_on else MAX_TITLE
        named_then_said = _NAMED_THEN_SAID.match(title_text)
        if (one_item or goes_on or style == "spoken") and named_then_said:
            title_text, end = named_then_said.group("name"), None  # 1、排班调度,这是天天要干的: the name, not the comment
        elif (one_item or goes_on) and end.start() > MAX_ITEM:
            # Longer still: the item up to its first comma (or cut), so the list keeps its number.
            comma = title_text.find(",", 2, MAX_ITEM)
            title_text, end = title_text[: comma if comma > 0 else MAX_ITEM], None
        if end and end.start() > limit:
            end = None
        if not end and _title_length(title_text) > MAX_TITLE:  # (English counted by words)
            end = _LONG_TITLE_END.search(title_text, 2, MAX_TITLE + 1)
            if not end and not _TITLE_END.search(title_text) and _CJK.search(title_text):
                # An item with no stop at all (• 负责招标及采购程序,拟备标书…): its first clause.
                comma = title_text.find(",", 2, MAX_ITEM)
                title_text = title_text[:comma] if comma > 0 else title_text
        # A colon splits off a body only when prose follows; a short heading line keeps both
        # sides when a word names the step before it (拉新:搭建社群引流渠道), not after a name of
        # its own (原料验收与备料:从面粉开始把关) — but in a Markdown heading, whose line is all heading
        # (## 三、商品与库存:每个SKU都要算账).
        markdown = raw.lstrip().startswith("#")
        subtitled = (
            end is not None
            and (end.start() <= SUBTITLED_WORD or markdown)
            and _SUBTITLE.fullmatch(title_text[end.start() :])
        )
        if end and title_text[end.end() :].strip() and not subtitled:
            body_start = title_start + end.end()
            title_text = title_text[: end.start()]
        title = _TITLE_LEAD.sub("", _APPENDED_MARK.sub("", _TRAILING_EMOJI.sub("", title_text)).strip(" 。:;,、!?】*")).strip()  # 】: 【职责一:客户开发】; *: 1) **指标体系建设**:…
        if title.startswith("【") and "】" not in title:
            title = title[1:].strip()  # 1. 【制定年度商品规划】: the title in brackets
        if not title or _title_length(title) > limit or _CONTINUED.search(title):
            continue  # (a slide that goes on with the duty before it, 模块一 门店经营管理(续), is none)
        try:
            index = 0 if style == BULLET_STYLE else parse_number(m.group("num"))  # 0: numbered by _bullet_list
        except ValueError:
            continue
        prefix = (m.groupdict().get("prefix") or "").strip()
        heading = Span(span.start, line_end if body_start == line_end else body_start)
        alone = len(doc.norm[span.start : line_end].strip()) - len(title) <= MAX_HEADING_EXTRA  # its number, a page number
        found.append(Heading(line_no, style, index, title, prefix, heading, body_start, alone))
    return found


def _title_length(title: str) -> int:
    """A title's length with each English word counted as one character, as a Chinese word is
    about as long to read: a bilingual heading (Sales Forecast & Pipeline 销售预测与商机管理) is no paragraph."""
    return len(_LATIN_WORD.sub("w", title)) if _CJK.search(title) else len(title)  # (English alone: as written)


def _next_line_title(doc: Doc, line_no: int, first_clause: bool = True) -> tuple[int, int] | None:
    """Where the next line's title starts and ends, if it is Chinese: the line when short and no
    sentence, else (with `first_clause`) its first clause."""
    if line_no + 1 == len(doc.lines):
        return None
    span = doc.lines[line_no + 1]
    line = doc.norm[span.start : span.end]
    text = line.strip()
    if not text or not _CJK.search(text):
        return None
    start = span.start + line.index(text)
    if len(text) > MAX_TITLE or _NOT_A_TITLE.search(text):
        if not first_clause:
            return None
        # A paragraph: its first clause (统筹屋苑日常运作,督导保安… under • Oversee daily estate operations).
        clause = re.split(r"[,;:。!?]", text, maxsplit=1)[0].strip()
        return (start, start + len(clause)) if 2 <= len(clause) <= MAX_TITLE else None
    return start, span.end


def _title_end(title: str) -> re.Match[str] | None:
    """Where a heading's title ends: its first sentence mark or colon outside parentheses (not
    the colon of （标杆学习：…） inside a posting's item)."""
    for end in _TITLE_END.finditer(title):
        if title.count("(", 0, end.start()) <= title.count(")", 0, end.start()):
            return end
    return None


def find_duty_headings(doc: Doc) -> list[Heading]:
    """The duty headings: the longest run numbered 1..n in one heading style.

    A style that starts again at 1 is a sub-list nested in the duties (一、… 1. 2. 二、… 1. 2.),
    so styles that never restart are preferred.  Paragraph openers that ordinary prose uses
    too (首先/其次, 一是/二是, Q1:) are WEAK_STYLES: they give the duties only when no other
    style has a run, or when the other style's run is a sub-list inside one of their sections.
    """
    by_style: dict[str, list[Heading]] = {}
    for line_no in range(len(doc.lines)):
        for heading in match_headings(doc, line_no):
            by_style.setdefault(heading.style, []).append(heading)
    numbered_lines = {h.line for style, hs in by_style.items() if style != BULLET_STYLE for h in hs}
    steps = _numbered_steps(doc)
    if steps:
        by_style[STEP_STYLE] = steps
    if PERIOD_STYLE in by_style:
        by_style[PERIOD_STYLE] = _periods_in_order(by_style[PERIOD_STYLE])
    if "di-opener" in by_style:
        by_style["di-opener"] = _articles_numbered_on(doc, by_style["di-opener"])
    bullets = by_style.pop(BULLET_STYLE, [])
    if "decimal" in by_style:
        by_style["decimal"] = _outline_part_on_duties(doc, by_style["decimal"])
    strong_styles = {style: hs for style, hs in by_style.items() if style not in WEAK_STYLES}
    strong = _best_run(strong_styles) or _interleaved_run(by_style)
    headed = _run_after_duty_header(doc, strong_styles)
    if headed and strong and not _after_duty_header(doc, strong[0]):
        # 附件1:…岗位职责 / 1.… 2.… after a posting's 一、招聘岗位 … 四、考试与考察, or 一、岗位职责 / 1.…7. before
        # a 三、考核标准 of (1)…(6)
        strong = headed
    weak = _best_run({style: hs for style, hs in by_style.items() if style in WEAK_STYLES})
    if weak and (not strong or _inside_one_section(strong, weak)):
        return weak
    bulleted = _bullet_list(doc, bullets, numbered_lines)
    stated = _stated_count(doc.title or "")
    if strong and stated and len(strong) != stated and len(bulleted) == stated:
        return bulleted  # the title's 5个核心职责 are the five ✅ items, not a posting's numbered list below
    if strong:
        # An outline whose part on the duties holds a list of its own (一、履行岗位职责情况 with
        # 一是…五是 in it): that list is the duties, not the outline's parts.
        others = (_longest_run(hs) for style, hs in by_style.items() if style != strong[0].style)
        for inner in (weak, *others, bulleted):
            if len(inner) >= 2 and _inside_one_section(inner, strong):
                part = strong[bisect.bisect_right([h.line for h in strong], inner[0].line) - 1]
                if _DUTY_PART.search(part.title):
                    return inner
    return _without_overview(_chapter_on_duties(doc, strong) or bulleted)


def _after_duty_header(doc: Doc, heading: Heading) -> bool:
    """Whether a line shortly before `heading` says the duties follow (岗位职责, 工作内容:) —
    not the page's title, and not over a label that names the list otherwise (【本章要点】)."""
    for line in reversed(doc.lines[max(0, heading.line - DUTY_HEADER_REACH) : heading.line]):
        text = doc.norm[line.start : line.end].strip()
        if _LIST_LABEL.fullmatch(text):
            return False
        if _DUTY_LIST_HEADER.search(text) and text != normalize(doc.title or "").strip():
            return True
    return False


def _run_after_duty_header(doc: Doc, by_style: dict[str, list[Heading]]) -> list[Heading]:
    """The longest run numbered 1..n (at least MIN_HEADED_RUN) that opens right after a line
    saying the duties follow, in any style."""
    best: list[Heading] = []
    for headings in by_style.values():
        starts = [n for n, heading in enumerate(headings) if heading.index == 1]
        for start, stop in itertools.pairwise([*starts, len(headings)]):
            if not _after_duty_header(doc, headings[start]):
                continue
            run = _longest_run(headings[start:stop])  # the run this 1 opens, up to the next 1
            if len(run) >= MIN_HEADED_RUN and len(run) > len(best):
                best = run
    return best


def _articles_numbered_on(doc: Doc, headings: list[Heading]) -> list[Heading]:
    """A section of a longer regulation or handbook, its articles numbered on from the parts
    before it (第三十条 … 第四十二条, under 第三节 分拣中心主管), numbered from 1 when they run on
    without a gap."""
    articles = [h for h in headings if _ARTICLE.match(doc.norm, doc.lines[h.line].start)]
    if (
        len(articles) < MIN_ARTICLES_NUMBERED_ON
        or articles[0].index == 1
        or any(b.index != a.index + 1 for a, b in itertools.pairwise(articles))
    ):
        return headings
    renumbered = {h.line: dataclasses.replace(h, index=i) for i, h in enumerate(articles, 1)}
    return [renumbered.get(h.line, h) for h in headings]


def _without_overview(run: list[Heading]) -> list[Heading]:
    """A run without the overview that opens it (3.1 岗位概述 before 3.2 查房与卫生质量检查 …): the
    post described, no duty; the duties numbered from 1."""
    if len(run) <= MIN_DUTIES_AFTER_OVERVIEW or not _OVERVIEW.fullmatch(run[0].title):
        return run
    return [dataclasses.replace(h, index=i) for i, h in enumerate(run[1:], 1)]


def _periods_in_order(periods: list[Heading]) -> list[Heading]:
    """A plan's periods numbered 1, 2, 3 … when they start on day 1 and go on in time (Day 1-7,
    Day 8-30, Day 31-60, Day 90); the days of a period elsewhere are no list."""
    starts = [h.index for h in periods]
    if len(periods) < 2 or starts[0] != 1 or any(b <= a for a, b in zip(starts, starts[1:], strict=False)):
        return []
    return [dataclasses.replace(h, index=number) for number, h in enumerate(periods, 1)]


def _stated_count(title: str) -> int:
    """How many duties the title says the article gives (5个核心职责, 八大职责, 六件事), or 0."""
    stated = _STATED_COUNT.search(title)
    if not stated:
        return 0
    try:
        return parse_number(stated.group("num"))
    except ValueError:
        return 0


def _chapter_on_duties(doc: Doc, run: list[Heading]) -> list[Heading]:
    """Of a regulation's articles, numbered on through its chapters (第一章 总则 第一条 … 第二章
    岗位职责 第四条 …), those of the chapter on the duties, numbered from 1; else the run without
    the articles that open and close any regulation (see _without_boilerplate)."""
    for chapter, end in _chapters(doc):
        if _DUTY_PART.search(chapter.group("title")):
            inside = [h for h in run if chapter.end() <= doc.lines[h.line].start < end]
            if 2 <= len(inside) < len(run):
                return [dataclasses.replace(h, index=i) for i, h in enumerate(inside, 1)]
    return _without_boilerplate(doc, run)


def _without_boilerplate(doc: Doc, run: list[Heading]) -> list[Heading]:
    """A regulation's articles (第一条 …) without its purpose, scope and definitions before the
    duties (为加强…, 本职责适用于…, 本办法所称…) and its qualifications, stand-in, oversight,
    interpretation and date of effect after them (应当具备下列任职条件, …负责对…进行考核,
    本职责由…负责解释,自印发之日起施行), numbered from 1."""
    if not run or not _ARTICLE.match(doc.norm, doc.lines[run[0].line].start):
        return run

    def text(heading: Heading) -> str:
        return doc.norm[heading.heading.start : doc.lines[heading.line].end]

    first, last = 0, len(run)
    while first < last and _REGULATION_OPENING.search(text(run[first])):
        first += 1
    while last > first and _REGULATION_CLOSING.search(text(run[last - 1])):
        last -= 1
    if (first, last) == (0, len(run)) or last - first < 2:
        return run
    return [dataclasses.replace(h, index=i) for i, h in enumerate(run[first:last], 1)]


def _chapters(doc: Doc) -> list[tuple[re.Match[str], int]]:
    """A regulation's chapter lines (第二章 岗位职责), each with where its chapter ends."""
    if "章" not in doc.norm and "篇" not in doc.norm:
        return []  # most articles: no chapters to look for
    lines = list(_CHAPTER.finditer(doc.norm))
    return [(m, lines[k + 1].start() if k + 1 < len(lines) else len(doc.norm)) for k, m in enumerate(lines)]


def _numbered_steps(doc: Doc) -> list[Heading]:
    """A how-to page's steps (百度经验): under 方法/步骤, a number alone on its line (which clean
    drops as a page number) before each step's paragraph, which its first clause names."""
    header = next(
        (n for n, span in enumerate(doc.lines) if _STEPS_HEADER.fullmatch(doc.norm[span.start : span.end].strip())), None
    )
    if header is None:
        return []
    steps = []
    for number in range(header + 1, len(doc.lines)):
        span = doc.lines[number]
        gap = _STEP_NUMBER.fullmatch(doc.norm, doc.lines[number - 1].end, span.start)
        if not gap:
            continue
        text = doc.norm[span.start : span.end].strip()
        title = re.split(r"[,;:。!?]", text, maxsplit=1)[0].strip()
        if 2 <= len(title) <= MAX_ITEM:
            start = span.start + len(doc.norm[span.start : span.end]) - len(doc.norm[span.start : span.end].lstrip())
            # The paragraph is the step's text, its first clause the heading.
            steps.append(Heading(number, STEP_STYLE, int(gap.group("num")), title, "", Span(start, start + len(title)), start))
    return steps


def _bullet_list(doc: Doc, bullets: list[Heading], numbered_lines: set[int]) -> list[Heading]:
    """The duties of an article whose only list is unnumbered, numbered 1, 2, 3 …: the list
    after a duty header (工作职责:), else the longest.  A list ends where a concluding line or
    the next part of a posting (任职资格:) starts, or at a line of `numbered_lines` (a numbered
    part of the page's outline); lines between its items are their text."""
    lists: list[list[Heading]] = []
    after_header: list[bool] = []
    previous = -1  # the line of the last bullet
    marker = ""
    kinds = [_bullet_kind(doc, heading) for heading in bullets]
    for number, heading in enumerate(bullets):
        kind = kinds[number]
        if marker and kind != marker and number + 1 < len(bullets) and kinds[number + 1] == marker:
            continue  # one line of another kind inside an item (关于标准的高低,… between two ▍ items): its text
        if CONCLUSION.match(heading.title) or _OPENING_PART.fullmatch(heading.title):
            # a bullet or bold line 写在最后 ends the list before it; 先说结论 opens the article, not the list
            previous, marker = heading.line, ""
            continue
        between = [doc.norm[s.start : s.end].strip() for s in doc.lines[previous + 1 : heading.line]]
        header = bool(between) and _DUTY_LIST_HEADER.search(between[-1]) is not None
        # A list goes on over a second duty header (岗位职责(一) … 岗位职责(二)) in its own marker.
        continued = header and after_header and after_header[-1] and kind == marker
        ruled = previous >= 0 and _RULE_LINE.search(doc.norm, doc.lines[previous].end, heading.heading.start) is not None
        # …and so does a numbered part of the page's outline (三、协作关系 between 二、核心职责's items and 五's)
        parted = not continued and any(line in numbered_lines for line in range(previous + 1, heading.line))
        if previous < 0 or kind != marker or ruled or parted or (
            not continued and any(CONCLUSION.match(text) or _DUTY_LIST_HEADER.search(text) for text in between)
        ):  # …a rule (——————) between two items ends a list too
            lists.append([])
            after_header.append(header)
        lists[-1].append(heading)
        previous, marker = heading.line, kind
    if not lists:
        return []
    # max() keeps the first of equals: the earliest list.
    _, chosen = max(zip(after_header, lists, strict=True), key=lambda pair: (pair[0], len(pair[1])))
    if len(chosen) < MIN_BULLETS:
        return []
    return [dataclasses.replace(h, index=i) for i, h in enumerate(chosen, 1)]


def _outline_part_on_duties(doc: Doc, headings: list[Heading]) -> list[Heading]:
    """Of a handbook's second-level numbers (1.1 … 2.1 … 3.1 …), those under the part whose
    heading names the duties (3 岗位职责), if one does; else all of them (the runs decide)."""
    parts = [doc.norm[h.heading.start : h.heading.end].strip().partition(".")[0] for h in headings]
    for part in dict.fromkeys(parts):
        first = headings[parts.index(part)]
        before = [doc.norm[s.start : s.end].strip() for s in doc.lines[max(0, first.line - 2) : first.line]]
        if any(re.match(rf"{part}\s*[.、]?\s", text) and _DUTY_PART.search(text) for text in before):
            return [h for h, p in zip(headings, parts, strict=True) if p == part]
    return headings


def _bullet_kind(doc: Doc, heading: Heading) -> str:
    """The bullet a heading's line opens with; emoji count as one kind (👉 ✅ 🔥 take turns), and
    so do a mind map's branches."""
    mark = doc.norm[heading.heading.start : heading.heading.end].lstrip()[:1]
    if mark in _TREE_BRANCH:
        return "tree"  # ├─ and the last branch's └─
    if _ABOUT.match(doc.norm, heading.heading.start, heading.heading.end):
        return "about"
    if doc.norm.startswith("**", doc.norm.find(mark, heading.heading.start)):
        return "bold"
    return "emoji" if "\u2600" <= mark <= "\u27bf" or mark >= "\U0001f300" else mark


def _best_run(by_style: dict[str, list[Heading]]) -> list[Heading]:
    best: list[Heading] = []
    best_key: tuple[bool, int, int] = (False, 0, 0)
    for style, headings in by_style.items():
        run = _longest_run(headings)
        restarts = sum(1 for h in headings if h.index == 1) > 1
        key = (not restarts, len(run), -STYLE_RANK[style])
        if len(run) >= 2 and key > best_key:
            best, best_key = run, key
    return best


def _interleaved_run(by_style: dict[str, list[Heading]]) -> list[Heading]:
    """The longest run 1..n (at least MIN_INTERLEAVED) that takes turns between two styles: a
    bilingual page's Duty 1｜… 職責二｜… Duty 3｜…, where neither style alone counts past one."""
    best: list[Heading] = []
    strong = [style for style in by_style if style not in WEAK_STYLES]
    for first, second in itertools.combinations(strong, 2):
        run = _longest_run(sorted(by_style[first] + by_style[second], key=lambda h: h.line))
        if len(run) >= max(MIN_INTERLEAVED, len(best) + 1) and {h.style for h in run} == {first, second}:
            best = run
    return best


def _inside_one_section(inner: list[Heading], outer: list[Heading]) -> bool:
    """Whether all of `inner` lies between two consecutive headings of `outer`.  (After the last
    one it may as well be the real duties after a list in the intro: Q1…Q4 of a report.)"""
    starts = [h.line for h in outer]
    sections = {bisect.bisect_right(starts, h.line) for h in inner}
    return len(sections) == 1 and 0 < sections.pop() < len(starts)


def _longest_run(headings: list[Heading]) -> list[Heading]:
    """Longest subsequence numbered 1, 2, 3 … in document order; 最后 ends one as its next number."""
    best: list[Heading] = []
    current: list[Heading] = []
    closed = False  # the current run ended with 最后
    for heading in headings:
        if heading.index == 1:
            current, closed = [heading], False
        elif closed:
            continue
        elif heading.index in (LAST, NEXT) and current:
            current.append(dataclasses.replace(heading, index=len(current) + 1))
            closed = heading.index == LAST
        elif heading.index == len(current) + 1:
            current.append(heading)
        # …the longest, or as long as a table of contents before it (one line each, no text between).
        if len(current) > len(best) or (len(current) == len(best) > 1 and _packed(best) and not _packed(current)):
            best = list(current)
    return best


def _packed(run: list[Heading]) -> bool:
    """Whether a run's headings stand alone on consecutive lines, as a table of contents (or a
    summary cut into its items) lists them, not paragraphs each opened by one.  The last may run on
    into the text after it (…六是协调渠道与代理。下面一件一件说。)."""
    return all(h.alone for h in run[:-1]) and all(b.line - a.line == 1 for a, b in itertools.pairwise(run))


def find_title(doc: Doc, role_words: re.Pattern[str] | None = None) -> Span | None:
    """The title: of the first few kept lines that read like one (short, no sentence
    punctuation, no duty heading), the first about a role, else the first line.  A scraped
    page may put its site name or section above the title (职场网 / 仓储主管的岗位职责)."""
    titles: list[Span] = []
    seen = 0  # lines that may be the title, or stop the search
    for number, span in enumerate(doc.lines[:TITLE_SEARCH_LINES]):
        line = doc.norm[span.start : span.end].strip()
        if _FIELD_LINE.search(line) or not _WORDS.search(line) or _MASTHEAD.fullmatch(line) or _DOCUMENT_NUMBER.fullmatch(line):
            continue  # a document's header fields (文件编号:… 版本:…), a rule or a newsletter's masthead may stand above its title
        if line.startswith(("——", "--")) and titles:
            continue  # a subtitle: ——记者对话…
        # A line ending in a colon introduces what follows (工作职责:), as a heading does; a line
        # opened by an emoji may be a title still (💪干了3年私教…).
        headed = any(h.style != BULLET_STYLE for h in match_headings(doc, number))
        # English names run long, and so does a self-media post's headline on the first line
        # (在餐饮干了12年才看懂:…全看楼面经理这6件事,很多老板还蒙在鼓里!).
        longest = (
            80
            if _BILINGUAL.match(line)
            else HEADLINE_CHARS
            if (seen == 0 and _HEADLINE.fullmatch(line)) or _NOTICE_TITLE.fullmatch(line)
            else 40
        )
        if len(line) > longest and not _NOT_A_TITLE.search(line) and not headed:
            if "," not in line:
                continue  # a site's menu above the title (百度百科 首页 秒懂百科 …), which counts for no line
            seen += 1  # …but a long paragraph does
            continue
        seen += 1
        if seen > TITLE_LINES:
            break
        if not (2 <= len(line) <= longest) or _NOT_A_TITLE.search(line) or line.endswith(":") or headed:
            break
        titles.append(span)
    if not titles:
        return None
    lines = [doc.norm[span.start : span.end].strip() for span in titles]
    # A line shaped like a title about a role (…的职责, …岗位职责) first, then one that names a
    # role at all: a banner above the title may hold a job-title word too (中华会计网校).
    shaped = [span for span, line in zip(titles, lines, strict=True) if _TITLE_ROLE.match(line)]
    named = [span for span, line in zip(titles, lines, strict=True) if role_in_title(line, role_words)]
    # …of those, one that speaks of duties (门市店长到底在做什么?…5大职责, not the blog's tagline above it)
    dutied = [span for span in named if re.search(_DUTIES_NOUN, doc.norm[span.start : span.end])]
    plain = [span for span, line in zip(titles, lines, strict=True) if not _ORGANISATION_ONLY.fullmatch(line)]
    # A Markdown title (# 做了六年区域运营经理,…) is the title, whatever a blog's header above it says.
    marked = [span for span, line in zip(titles, lines, strict=True) if line.startswith("# ") and (span in named or span in shaped)]
    span = (marked or shaped or dutied or named or plain or titles)[0]
    line = doc.norm[span.start : span.end]
    # A Markdown title (# 数据分析师的主要职责 / **…**), a post's plea (…一次讲清(建议收藏)).
    title = _TITLE_PLEA.sub("", _DECOR.sub("", _SUBJECT_FIELD.sub("", line)))
    site = _SITE_SUFFIX.search(title)  # a page's <title>: …日常工作有哪些? - 职言问答
    if site and not (role_words or load_role_words()).search(site.group()):
        title = title[: site.start()]
    title = title[: seo.start()] if (seo := _SEO_SUFFIX.search(title)) and seo.start() >= 2 else title
    if title:
        start = span.start + line.index(title)
        span = Span(start, start + len(title))
    doc.title = doc.title_evidence = doc.quote(span)
    return span


def find_role(
    doc: Doc, title: Span | None, headings: list[Heading], intro: Span, role_words: re.Pattern[str] | None = None
) -> Role | None:
    """The role from the duty headings' prefix, the title and definition sentences of the intro.

    Names are matched on the normalised text and quoted as written (門市經理 stays Traditional).
    """
    role_words = role_words or load_role_words()
    found: list[tuple[str, Span]] = []  # (normalised name, where it was read)
    evidence: list[str] = []
    prefixes = Counter(_strip_role_words(h.prefix) for h in headings if h.prefix)
    prefixes.pop("", None)
    if prefixes:
        prefix = prefixes.most_common(1)[0][0]
        found.append((prefix, next(h.heading for h in headings if _strip_role_words(h.prefix) == prefix)))
    # A job description's field names the post exactly (岗位名称:水厂化验员 under 城北水厂化验员岗位说明书).
    field = next(
        filter(
            None,
            (
                _POST_FIELD.match(doc.norm, s.start, s.end)
                or _POST_FIELD_ABOVE.match(doc.norm, s.start)
                or _post_section(doc.norm, s, role_words)
                for s in doc.lines
                if intro.start <= s.start < intro.end
            ),
        ),
        None,
    )
    if field:
        found.append((field.group("name"), Span(field.start("name"), field.end("name"))))
        evidence.append(doc.quote(Span(field.start(), field.end())))
    if title:
        name = role_in_title(doc.norm[title.start : title.end].strip(), role_words)
        if name and (not _clean_name(name) or name.startswith(("在", "于", "对", "为"))):
            # A role inside a longer title (在2024年全区新招录社区网格员岗前培训班…上的讲话): the
            # nouns that end in the job-title word (社区网格员).
            name = _noun_tail(doc, title, name)
        if name:
            name = _without_place(doc, title, name, role_words)
        if field and (
            name.endswith(field.group("name")) or field.group("name").endswith(name) or not ends_with_role_word(name, role_words)
        ):
            name = ""  # the post at one workplace, its bare job title or its field (运营岗位职责): no other name for it
        if name:
            found.append((name, title))
            evidence.append(doc.title)
            halves = _TITLE_HALVES.fullmatch(doc.norm[title.start : title.end].strip())
            other = role_in_title(halves.group("second"), role_words) if halves else ""
            if other and other != name:  # …and the name its second half gives (…岗位职责 采购总监的工作内容是什么)
                found.append((other, title))
            # …and the other names a posting's title lists: 品牌总监/品牌负责人(乳制品)
            for part in _SHORT_PAREN.sub("", doc.norm[title.start : title.end]).split("/")[1:]:
                other = role_in_title(part.strip(), role_words)
                if other and other != name and ends_with_role_word(other, role_words):
                    found.append((other, title))
            # …and the names in parentheses right after it: 客户成功经理(CSM)
            at = doc.norm.find(name, title.start, title.end)
            paren = _PAREN_AFTER.match(doc.norm, at + len(name), title.end) if at >= 0 else None
            if paren:
                found.extend((n, title) for n in _paren_names(paren.group("names")) if _is_title_name(n, role_words))
            bilingual = _BILINGUAL.match(doc.norm[title.start : title.end].strip())
            if bilingual:  # …and its English name with its short form: Clinical Research Coordinator (CRC)
                found.extend((english, title) for english in bilingual.group("en", "short", "en2", "short2") if english)
    if found and role_words.fullmatch(found[-1][0]):
        # A bare job title (在宠物店当店长第3年): the fuller name the author holds in the intro
        # (我在…做宠物店店长) is the role's name, the bare one another.
        bare = found[-1][0]
        holds = re.compile(rf"(?:做|当|担任|是)(?:一名|一个|一位)?(?!一?[个名位])(?P<name>[\u4e00-\u9fff]{{1,8}}?{re.escape(bare)})")
        # …or the one a paragraph of the intro opens on (门店店长,行业里一般直接叫店长).
        # (after a lead-in that ends in a colon: 先说清楚概念:烘焙店店长,在我们公司内部叫门店经理)
        defined = re.compile(rf"\s*(?:[^,。:]{{0,10}}:)?\s*(?P<name>[\u4e00-\u9fff]{{1,8}}?{re.escape(bare)})\s*(?:,|是)")
        openings = (defined.match(doc.norm, s.start, s.end) for s in doc.lines if intro.start <= s.start < intro.end)
        fuller = next(
            (
                m
                for m in itertools.chain(holds.finditer(doc.norm, intro.start, intro.end), filter(None, openings))
                if not _NOT_A_ROLE.search(m.group("name")) and not _NOT_HELD.search(m.group("name"))
            ),
            None,
        )
        if fuller:
            found.insert(len(found) - 1, (fuller.group("name"), Span(fuller.start("name"), fuller.end("name"))))
    if title and found and found[-1][1] == title:
        # The intro opens with a shorter name the title's ends in (门店视觉陈列师 / 视觉陈列师,…).
        # …or a sentence of it does, naming it again (…就是报社总编辑。总编辑常被简称为“总编”).
        spans = [s for s in doc.lines if intro.start <= s.start < intro.end]
        spans += [s.span for s in doc.sentences if intro.start <= s.span.start < intro.end]
        opening = next(
            (m for s in spans if (m := _OPENING_NAME.match(doc.norm, s.start, s.end)) and found[-1][0].endswith(m.group("name"))),
            None,
        )
        name = opening.group("name") if opening else ""
        if len(name) >= 2 and found[-1][0].endswith(name) and name != found[-1][0] and (
            ends_with_role_word(name, role_words) or _BARE_ROLE.fullmatch(name)
        ):
            found.append((name, Span(opening.start("name"), opening.end("name"))))
        else:
            # …or calls a shorter one the post (就有了区域运营总监这个岗位, under 连锁餐饮企业区域运营总监的…).
            full = found[-1][0]
            posts = (
                (full[cut:], at)
                for cut in range(1, len(full) - 3)
                if ends_with_role_word(full[cut:], role_words)
                and (at := _this_post_at(doc.norm, full[cut:], full[cut - 1], intro)) >= 0
            )
            name, at = next(posts, ("", -1))
            if name:
                found.append((name, Span(at, at + len(name))))
    known = dict.fromkeys(filter(None, (_clean_name(name) for name, _ in found)))  # each once, in order
    for sentence in doc.sentences:
        if sentence.span.start >= intro.end:
            break
        if sentence.span.start < intro.start:
            continue
        text = doc.norm[sentence.span.start : sentence.span.end]
        names = _definition_names(text, role_words, known)
        if names:  # …and an English job title the same sentence gives (有的叫店经理,简历上得写 Store Manager)
            names += [m.group() for m in _ENGLISH_TITLE.finditer(text) if m.group() not in names and m.group() not in known]
        found.extend((name, sentence.span) for name in names)
        known.update(dict.fromkeys(filter(None, map(_clean_name, names))))
        if names:
            evidence.append(doc.quote(sentence.span))
    # Past the intro only the tightest form counts: a name of the role with another in its
    # parentheses (律师助理(也称法律助理), in a posting's company profile).
    for sentence in doc.sentences:
        if sentence.span.start < intro.end or doc.norm.find("(", sentence.span.start, sentence.span.end) < 0:
            continue
        for paren in _PAREN_ALIAS.finditer(doc.norm, sentence.span.start, sentence.span.end):
            if any(doc.norm.endswith(name, sentence.span.start, paren.start()) for name in known):
                names = [n for n in _paren_names(paren.group("names")) if _is_title_name(n, role_words)]
                found.extend((name, sentence.span) for name in names)
                if names:
                    evidence.append(doc.quote(sentence.span))
    written: dict[str, str] = {}
    for name, span in found:
        name = _clean_name(name)
        at = doc.norm.find(name, span.start, span.end) if name else -1
        if at >= 0:
            written.setdefault(name, doc.text[at : at + len(name)])
    if not written:
        return _most_mentioned_role(doc, role_words)
    labels = list(written.values())
    return Role(label=labels[0], aliases=labels[1:], evidence=evidence[:3])


def _post_section(text: str, line: Span, role_words: re.Pattern[str]) -> re.Match[str] | None:
    section = _POST_SECTION.match(text, line.start, line.end)
    return section if section and ends_with_role_word(section.group("name"), role_words) else None


def _most_mentioned_role(doc: Doc, role_words: re.Pattern[str]) -> Role | None:
    """When neither title nor intro names the role (a handbook's 第三章 岗位职责): the job title the
    article mentions most, at least MIN_ROLE_MENTIONS times, as long as most of its job-title
    word's mentions (客房主管, not 主管 alone nor 的客房主管)."""
    counts: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for span in doc.lines:
        line = doc.norm[span.start : span.end]
        for match in role_words.finditer(line):
            if _ROLE_WORD_INSIDE.match(line, match.end()):
                continue  # 董事|会: a job-title word inside another word
            words[match.group()] += 1
            for start in range(max(0, match.start() - MAX_ROLE_PREFIX), match.start() + 1):
                name = line[start : match.end()]
                if _HAN_RUN.fullmatch(name) and not _NOT_A_ROLE.search(name):
                    counts[name] += 1
    shared = {name: n for name, n in counts.items() if n >= MIN_ROLE_MENTIONS and n * 2 >= words[role_words.search(name).group()]}
    if not shared:
        return None
    # …the fullest of the names mentioned almost as often as the most mentioned one
    most = max(shared.values())
    name = max((name for name, n in shared.items() if n * 3 >= most * 2), key=lambda name: (len(name), shared[name]))
    at = doc.norm.find(name)
    sentence = next((s for s in doc.sentences if s.span.start <= at < s.span.end), None)
    return Role(label=doc.text[at : at + len(name)], evidence=[doc.quote(sentence.span)] if sentence else [])


# Words ending in a place character that name no place (连锁超市|采购总监, 阳光里社区|党委书记).
_NOT_PLACES = frozenset({"社区", "小区", "园区", "校区", "景区", "厂区", "营区", "超市", "门市", "夜市", "集市", "菜市", "股市", "楼市"})


def _without_place(doc: Doc, title: Span, name: str, role_words: re.Pattern[str]) -> str:
    """`name` without a place it opens with (青峰县|乡村医生), when the article goes on to name the
    role without it: a place word the title's segmentation ends at 省/市/县/区/镇/乡/村."""
    if not _PLACE_ENDS.intersection(name[2:-2]):
        return name  # most names: no place word to end
    at = doc.norm.find(name, title.start, title.end)
    for sentence in doc.sentences:
        if sentence.span.start >= title.end:
            break
        for word in sentence.tokens:
            if (
                at + 3 <= word.end < at + len(name) - 1
                and doc.norm[word.end - 1] in _PLACE_ENDS
                and doc.norm[word.start : word.end] not in _NOT_PLACES  # 阳光里社区|党委书记: 社区 is part of the post
            ):
                rest = doc.norm[word.end : at + len(name)]
                mentions = doc.norm.count(rest, title.end)
                if (ends_with_role_word(rest, role_words) and mentions >= 2) or mentions >= MIN_ROLE_MENTIONS:
                    return rest  # (a post without a job-title word we know, named often: 清溪镇|村文书)
    return name


def _noun_tail(doc: Doc, title: Span, name: str) -> str:
    """The run of nouns that ends `name`, as segmented in the title."""
    at = doc.norm.find(name, title.start, title.end)
    if at < 0:
        return ""
    start = end = at + len(name)
    words = [t for s in doc.sentences if s.span.start < end and at < s.span.end for t in s.tokens if at <= t.start < end]
    for word in reversed(words):
        if word.tag not in _NAME_TAGS and start < end:  # (the job-title word itself may be tagged b: 主任)
            break
        start = word.start
    return doc.norm[start:end]


def blanked_quote(quote: re.Match[str]) -> str:
    """A quote with its text blanked, its marks and length kept (for masking what it says)."""
    text = quote.group()
    return text[0] + " " * (len(text) - 2) + text[-1]


def role_in_title(title: str, role_words: re.Pattern[str] | None = None) -> str:
    """The role a title names, or "": a run of words ending in a job-title word (经理, 店长:
    `load_role_words`) — the one before 的职责/岗位职责 … when the title has that shape —
    else whatever precedes 职责/工作内容 (新媒体运营岗位职责)."""
    role_words = role_words or load_role_words()
    title = _CHAPTER_NUMBER.sub("", _DISAMBIGUATION.sub("", title))  # 第三章 岗位职责与工作标准: no role there
    # A quoted word is a figure of speech (从“管家”到“军师”:人力资源总监的…), not the role: masked, keeping offsets.
    title = _QUOTED_IN_TITLE.sub(blanked_quote, title)
    title = _SHORT_PAREN.sub("", title) if _BARE_ROLE.fullmatch(_SHORT_PAREN.sub("", title)) else title  # 细纱挡车工(包吃住,倒班)
    bilingual = _BILINGUAL.match(title)
    if bilingual:
        return role_in_title((bilingual.group("cn") or bilingual.group("cn2")).strip(), role_words)
    halves = _TITLE_HALVES.fullmatch(title)  # a content farm's title: 连锁超市采购总监岗位职责 采购总监的工作内容是什么
    if halves and (first := role_in_title(halves.group("first"), role_words)):
        return first
    interview = _INTERVIEW_TITLE.match(title)  # 对话云澜酒店总经理周建华:酒店总经理每天…: the role, not the guest's post
    if interview and (asked := role_in_title(interview.group("rest"), role_words)):
        return asked
    worked = _EXPERIENCE_TITLE.match(title)
    if worked:
        role = worked.group("role")
        titled = role_words.search(role)
        if titled:
            return role[: titled.end()]  # 做了三年销售经理后我辞职了 -> 销售经理
        if not _NOT_A_ROLE.search(role) and not role_words.search(title):
            return role  # 社群运营 (but not 4S店 in 干了八年4S店,我总结出汽车销售顾问的…)
    recruiting = _RECRUITING_TITLE.search(title)
    if recruiting:
        return recruiting.group("role")
    handbook = _HANDBOOK_TITLE.fullmatch(title)
    if handbook and not role_words.search(handbook.group("role")):
        return handbook.group("role")  # 清溪镇村文书工作手册: the post a handbook is for
    reported = _REPORT_ROLE.match(title)
    if reported:
        return _ADMIN_LEVEL.sub("", _LEAD_IN.sub("", reported.group("role")))
    # …after a lead-in (一槌定音背后:拍卖师…), without an alias in parentheses (地政士(代书)是做什么的)
    plain = _SHORT_PAREN.sub("", title)
    asked = _ASKED_ROLE.match(plain) or _ASKED_ROLE.match(plain.rpartition(":")[2].strip())
    if asked and not role_words.search(asked.group("role")):
        # 航空公司的签派员主要是干什么的? names a role without a job-title word we know.
        role = asked.group("role")
        return role[max(role.rfind(mark) for mark in "的|｜") + 1 :]  # 揭秘|文物修复师…
    shaped = _TITLE_ROLE.match(title)
    for text in (shaped.group("role") if shaped else "", title):
        for titled in _role_words_in(text, role_words):
            if _ROLE_WORD_INSIDE.match(text, titled.end()) or role_words.match(text, titled.end()):
                continue  # …nor one another job-title word goes on from (主任|乘务长: the rank before the post)
            # Back to the previous 的, 之, 是 or punctuation: 一名合格的财务经理 → 财务经理,
            # 这才是私人健身教练每天在做的事 → 私人健身教练.
            start = max(text.rfind(mark, 0, titled.start()) for mark in "的之是 ,:、|-—(（】《") + 1
            role = _LEAD_IN.sub("", text[start : titled.end()])
            if _PERSON_BY_TITLE.fullmatch(role):
                continue  # 王站长给新人小刘:外卖站长…: a person addressed by surname and title
            employer = _EMPLOYER.match(role)
            if employer and _KIND_OF_WORKPLACE.fullmatch(employer.group()):
                employer = None  # 社区医院院长: a kind of workplace, no employer of its own
            return role[employer.end() :] if employer and len(role) - employer.end() >= 2 else role
    if shaped:
        return _LEAD_IN.sub("", shaped.group("role"))
    # A career page's title may be the post alone: 电梯维保工, 导游 — or one part of the title may
    # (外刊编译|首席可持续发展官:从…到…,他们到底在做什么?).
    parts = [part.strip() for part in re.split(r"[|:]", title)]
    return next((part for part in parts if (part == title or len(part) >= 4) and _BARE_ROLE.fullmatch(part)), "")


def employer_in_title(title: str) -> str:
    """The organisation a title names (江南恒信实业集团有限公司出纳岗位职责规定, …｜港湾物业管理有限公司),
    as written, or ""."""
    found = _EMPLOYER_NAME.search(normalize(title))
    return title[found.start() : found.end()] if found else ""


def _role_words_in(text: str, role_words: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The runs of job-title words in `text`, each taken from where a longer one ends when two
    overlap (门店主管: 主管, not 店主)."""
    start = 0
    while (found := role_words.search(text, start)) is not None:
        longer = (role_words.match(text, k) for k in range(found.start() + 1, found.end()))
        found = next((m for m in longer if m is not None and m.end() > found.end()), found)
        yield found
        start = found.end()


def ends_with_role_word(name: str, role_words: re.Pattern[str]) -> bool:
    """Whether `name` ends in a job-title word (财务部门负责人, 区域经理; 门店主管, where 店主 is one
    too: tried from every start, as finditer would pass over 主管)."""
    first = role_words.search(name)
    return first is not None and any(role_words.fullmatch(name, start) for start in range(first.start(), len(name)))


@functools.cache
def load_role_words(*extra: Path) -> re.Pattern[str]:
    """A regex for one or more job-title words in a row (店长助理), from kg/data/role_words.txt
    and the `extra` files, longest words first (总经理 before 经理)."""
    # Matched against the normalised title, so a Traditional word (門市經理) counts too.
    words = {normalize(word) for path in (ROLE_WORDS, *extra) for word in read_word_list(path)}
    return patterns.compile(f"(?:{'|'.join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))})+")


def _definition_names(sentence: str, role_words: re.Pattern[str], known: Iterable[str] = ()) -> list[str]:
    """The role's names a sentence of the intro gives: a definition's subject and the names in
    its parentheses, names after alias cues (又称…), and names in parentheses after a `known`
    name anywhere in the sentence (现诚聘人事专员(HR专员/人力资源专员)一名)."""
    names: list[str] = []
    sentence = sentence.strip()
    if not _NAME_HINT.search(sentence):
        return names  # most sentences: no cue, no parentheses, nothing to read
    sentence = _LEAD_COLON.sub("", sentence)  # 先说结论:产品经理(…)是…
    head = _DEFINITION_HEAD.match(sentence)
    # X(…) opens a definition when X is a job title or a definition follows: not 五险一金(按实际…),
    # (…but not a bare 首席执行官(CEO), an infobox's 直接上级 value, nor whom the post reports to:
    # 本岗位汇报给人力运营负责人(Head of People Operations))
    if head and sentence[head.end() :].strip(" 。") and not _REPORTS_TO.search(head.group("subject")) and not _PERSONAL_PRONOUN.search(head.group("subject")) and (
        ends_with_role_word(head.group("subject"), role_words) or _DEFINITION_GOES_ON.match(sentence, head.end())
    ):
        # 社区书记即社区党组织书记(…): both names
        names.extend(re.split(r"(?<=[\u4e00-\u9fff])即(?=[\u4e00-\u9fff]{2})", _HIRING.sub("", head.group("subject"))))
        names.extend(
            n
            for n in _paren_names(head.group("paren"))
            if _is_title_name(n, role_words) or not (n.isascii() or _NOT_A_ROLE.search(n))  # not (…,本质差不多)
        )
    else:
        verb = _DEFINITION_VERB.match(sentence)
        if verb and _ALIAS_CUE.search(sentence):
            names.append(verb.group("subject"))
    for short in _ABBREVIATION.finditer(sentence):  # HRBP是HR Business Partner的缩写, of the role only
        before = sentence[: short.start()].strip().rstrip(",")  # …(业内一般就叫GM),是英文General Manager的缩写
        if before in known or before.endswith(tuple(n for n in names if n.isascii())):
            names.append(short.group("name"))
    so_called = _SO_CALLED.search(sentence) or _APPLIES_TO.search(sentence)  # 本规范所称公交调度员,是指…
    if so_called and (so_called.re is _SO_CALLED or ends_with_role_word(so_called.group("name"), role_words)):
        names.append(so_called.group("name"))
    covers = _SO_CALLED_COVERS.search(sentence)  # 本文所称社区医院院长,包括…的社区卫生服务中心主任和乡镇卫生院院长
    if covers:
        names.extend(n for n in _NAME_LIST.split(covers.group("names")) if ends_with_role_word(n, role_words))
    one_of = _ONE_OF.search(sentence)  # (我)是…的一名高速公路收费员
    if one_of and (ends_with_role_word(one_of.group("name"), role_words) or _BARE_ROLE.fullmatch(one_of.group("name"))):
        names.append(one_of.group("name"))
    hired = _HIRED.match(sentence)
    if hired and ends_with_role_word(hired.group("name"), role_words):
        names.append(hired.group("name"))
    for cue in _ALIAS_CUE.finditer(sentence):
        before = sentence[: cue.start()].rstrip()
        if before.endswith("(") and not cue.group("post") and not before[:-1].rstrip().endswith((*known, *names)):
            continue  # 80%的revenue(也就是我们常说的二八法则): another name of what the parentheses follow
        # Early in the sentence, or after a name given, or after the role is named (他们是文物修复师,
        # …正式名称叫文物保护修复师), or naming 这个岗位 itself.
        if (
            names
            or cue.start() < 20
            or cue.group("post")
            or cue.group().startswith(("它", "其"))  # 在官方文件里它叫无人机驾驶员: it, the role
            or any(k in sentence[: cue.start()] for k in known)
            or any(f"“{k}”" in cue.group("names") for k in known)  # …,俗称“规培基地主任” (the title's name)
            or _THIS_POST.search(sentence, 0, cue.start())  # 这个岗位也常被叫作文案策划
        ):
            named = _NAME_BEFORE_CUE.search(sentence, 0, cue.start())
            if not names and named and ends_with_role_word(named.group("name"), role_words):
                names.append(named.group("name"))  # 主角就是这类人——新任经理,英文常说…: the name the cue follows
            quoted = _QUOTED_NAMES.match(cue.group("names"))  # 自嘲为“外贸狗”——时差颠倒…: the quotes only
            given = [f"“{name}”" for name in _QUOTED_NAME.findall(quoted.group())] if quoted else _NAME_LIST.split(cue.group("names"))
            # A field's value may itself open with a cue: 岗位别称:本岗位亦称仓储主管
            given = [_PAREN_CUE.sub("", n.strip()) for n in given]
            # A bare 叫 names only a job title (not 它叫停…): one we know, or one shaped so (航标员, 槌手).
            bare = any(cue.group(g) for g in ("bare", "bare_it", "bare_call", "bare_place", "bare_usual", "bare_comma", "bare_org", "bare_have", "bare_some", "bare_said"))
            names.extend(
                n for n in given if not bare or quoted or _is_title_name(n, role_words) or _BARE_ROLE.fullmatch(n)
            )
            english = _ENGLISH_AFTER.match(sentence, cue.end())  # 也叫行政经理(Administration Supervisor)
            if english:
                names.append(english.group("name"))
    for refers in _REFERS_TO.finditer(sentence):  # 这个“老总”,多数时候指的就是报社总编辑
        if any(k in sentence[refers.end() :] for k in known):
            names.append(refers.group("name"))
    for saying in _SAYING_NAME.finditer(sentence):
        if names or any(k in sentence[: saying.start()] for k in known) or _THIS_POST.search(sentence, 0, saying.start()):
            names.append(saying.group("name"))
    for english in _ENGLISH_BEFORE.finditer(sentence):
        if names or any(k in sentence[: english.start()] for k in known) or _THIS_POST.search(sentence, 0, english.start()):
            names.append(english.group("name"))
    for ji in _JI_ALIAS.finditer(sentence):
        if not names and ji.start() >= 20:
            continue  # as with the other cues: early in the sentence, or in a definition
        name = ji.group("name").strip()
        if name.isascii() or ends_with_role_word(name, role_words):
            names.append(name)
    for short in _ABBREVIATION.finditer(sentence):  # …and of a name just given: 也叫PT,就是Personal Trainer的缩写
        before = sentence[: short.start()].rstrip(" ,就")
        if names and before.endswith(names[-1]) and short.group("name") not in names:
            names.append(short.group("name"))
    if "(" in sentence:
        for name in known:
            if name not in sentence:
                continue
            # …(and 下设培训总监岗位(对外可称首席学习官,英文简称CLO))
            for paren in re.finditer(re.escape(name) + r"(?:岗位|职位|一职)?\s*\((?P<paren>[^()]{1,60})\)", sentence):
                names.extend(n for n in _paren_names(paren.group("paren")) if _is_title_name(n, role_words))
            # …and the full name a known short one abbreviates: 农业技术推广员(简称农技推广员)
            for full in re.finditer(r"(?P<full>[\u4e00-\u9fff]{2,12})\s*\((?:简称|下称|以下简称)" + re.escape(name) + r"\)", sentence):
                names.append(_HOLDS_POST.sub("", full.group("full")))
    return names


_TITLE_ACRONYM_END = patterns.compile(r"[\u4e00-\u9fff] ?[A-Z]{2,4}$")  # 品牌 VP, 财务BP


def _is_title_name(name: str, role_words: re.Pattern[str]) -> bool:
    """A job title: one ending in a job-title word (HR专员), or a capitalised Latin one (HRBP,
    Account Manager, 品牌 VP) — not (full-time)."""
    return (
        ends_with_role_word(name, role_words)
        or (name.isascii() and any(c.isupper() for c in name))
        or _TITLE_ACRONYM_END.search(name) is not None
    )


# (…有的公司叫品牌总监或品牌 VP): 或 between two names, not in 或许
_PAREN_SPLIT = patterns.compile(r"[,、/;]|\s或\s|(?<=[\u4e00-\u9fffA-Za-z])(?:或者|或)(?![许是])(?=[\u4e00-\u9fffA-Za-z])")


def _paren_names(paren: str) -> list[str]:
    """The names in a definition's parentheses: (CMO,Chief Marketing Officer) (HR专员/人力资源专员)."""
    return [_PAREN_CUE.sub("", part.strip()).strip("“”\"'") for part in _PAREN_SPLIT.split(paren)]


def _strip_role_words(prefix: str) -> str:
    return re.sub(r"(的)?(主要|岗位|工作|核心|基本)?(职责|职能|任务)?$", "", prefix).strip()


_NOT_HELD = patterns.compile(r"的|所[称指说]")  # 小编精心整理的仓管员, 本规定所称出纳: no name the author holds
_PAREN_AFTER = patterns.compile(r"\s*\((?P<names>[^()]{1,30})\)")
_PERSONAL_PRONOUN = patterns.compile(r"[我你他她咱]")  # 我们和数据工程师(DE)…: people, not a name
_REPORTS_TO = patterns.compile(r"汇报|报告给|直属|直接上级|上级|下属")
_PRAISED = patterns.compile(r"^(?:一名|一位|一个)?(?:真正的|好的|优秀的|合格的|称职的)")


def _clean_name(name: str) -> str:
    quoted = name.startswith("“")
    name = name.strip(" “”\"'‘’《》*")  # …and Markdown's bold marks (简称 **CSM**)
    if not quoted:
        name = name.removesuffix("的")  # 也有叫网店运营的 (but “当家的” is a name)
        name = _PRAISED.sub("", name)  # 真正的招聘经理(Recruiting Manager): what the article praises, not a name
    return name if _NAME.match(name) and len(name) >= 2 and name not in _NO_NAME else ""


def structure(doc: Doc, role_words: re.Pattern[str] | None = None) -> Doc:
    """Set `doc.title`, `doc.role` and `doc.duties` (`role_words`: `load_role_words`' regex)."""
    title = find_title(doc, role_words)
    headings = find_duty_headings(doc)
    text_end = doc.lines[-1].end if doc.lines else 0
    first = doc.lines[headings[0].line].start if headings else text_end
    doc.role = find_role(doc, title, headings, Span(title.end if title else 0, first), role_words)
    duties: list[Duty] = []
    for number, heading in enumerate(headings):
        if number + 1 < len(headings):
            end = doc.lines[headings[number + 1].line].start
        else:
            end = _section_end(doc, headings[0], heading, text_end)
        section = Span(heading.body_start, max(end, heading.body_start))
        # One-line duties (a posting's items, a run-in list's points) are one-line to the last:
        # what follows the list is no part of the last one.
        last = number + 1 == len(headings)
        one_liners = last and len(duties) >= 2 and all(d.section == h.heading for d, h in zip(duties, headings, strict=False))
        if one_liners or not _WORDS.search(doc.text, section.start, section.end):  # nothing, or a stray ;
            # A one-line duty (a job posting's 1、负责公司日常财务核算…): the heading is its text.
            section = heading.heading
        duties.append(
            Duty(
                index=heading.index,
                title=_original_title(doc, heading),
                heading=doc.quote(heading.heading),
                section=section,
            )
        )
    doc.duties = duties
    return doc


def _original_title(doc: Doc, heading: Heading) -> str:
    """The title as written in the article (the match ran on the normalised text)."""
    start = doc.norm.find(heading.title, heading.heading.start, heading.heading.end)
    return doc.text[start : start + len(heading.title)] if start >= 0 else heading.title


def _section_end(doc: Doc, first: Heading, last: Heading, text_end: int) -> int:
    """The last duty runs to the end of the article, to a concluding paragraph (numbered too:
    三、任职要求 after the duties of 二、岗位职责), or to the next part of the outline the duties
    sit in (第三条 岗位职责 （一）…（七） 第四条 任职资格; the next chapter), or to the end of the
    answer or post it is in (a Q&A page's 发布于 line, an interview's next question)."""
    parent = next(
        (
            h
            for line in range(first.line - 1, max(first.line - 3, -1), -1)
            for h in match_headings(doc, line)
            if h.style != first.style
        ),
        None,
    )
    chapter_end = next(
        (end for chapter, end in _chapters(doc) if chapter.end() <= doc.lines[last.line].start < end), text_end
    )
    # Under a bare section header (岗位职责), the duties end at the next one (典型案例).
    header = doc.lines[first.line - 1] if first.line > 0 else None
    under_header = header is not None and _BARE_HEADER.fullmatch(doc.norm, header.start, header.end) is not None
    # Duties listed inside one answer (no question between the first and the last) end at the next question.
    in_one_answer = not any(_QUESTION_TURN.match(doc.norm, doc.lines[line].start) for line in range(first.line, last.line + 1))
    for line in range(last.line + 1, len(doc.lines)):
        span = doc.lines[line]
        if span.start >= chapter_end:
            return chapter_end
        if in_one_answer and _QUESTION_TURN.match(doc.norm, span.start, span.end):
            return span.start
        if last.style == "table-row" and "|" in doc.norm[span.start : span.end] and not match_headings(doc, line):
            return span.start  # a table's row after its numbered ones (备注 | …) is none of their text
        if under_header and _BARE_HEADER.fullmatch(doc.norm, span.start, span.end):
            return span.start
        footer = _POST_FOOTER.search(doc.norm, doc.lines[line - 1].end, span.start)
        if footer:
            return footer.start()  # the answer's footer, dropped as chrome: another answer follows
        if CONCLUSION.match(_OUTLINE_NUMBER.sub("", doc.norm[span.start : span.end].strip()).strip("【】[] ")):
            return span.start  # …bracketed too: 【职业发展】
        if parent and any(h.style == parent.style and h.index == parent.index + 1 for h in match_headings(doc, line)):
            return span.start
    return min(text_end, chapter_end)
