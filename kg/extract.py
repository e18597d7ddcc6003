"""Stage 5, extract: concepts, worked examples and concept co-occurrence.

Concepts are noun phrases: runs of noun-tagged words (jieba's dictionary tags), kept whole
when short (数据库营销模式), plus quoted terms (“三高一低”).  A domain lexicon
(`kg/data/domain_terms.txt`) and in-article frequency decide which candidates are salient;
every duty is grounded in at least three concepts from its own section.

Examples are SUBJECT + cue + “VALUE” clauses; the cues are data (`kg/data/example_cues.tsv`).
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import functools
import hashlib
import heapq
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg import patterns
from kg.model import Concept, Doc, Example, Link, Sentence, Token
from kg.read import normalize
from kg.resources import (
    DATA_DIR,
    JIEBA_IDF,
    ORGANISATION_WORDS,
    alternation,
    load_cached,
    read_word_list,
    save_cached,
    user_cache_dir,
)
from kg.segment import Segmenter
from kg.structure import SURNAMES, blanked_quote, employer_in_title, ends_with_role_word, load_role_words

EXAMPLE_CUES = DATA_DIR / "example_cues.tsv"
PERSON_WORDS = DATA_DIR / "person_words.txt"

NOUN_TAGS = frozenset({"n", "nz", "vn", "nt", "nl", "ng", "an", "l"})
# Tags that may stand inside a noun phrase but not alone (names and words jieba does not know).
INNER_TAGS = NOUN_TAGS | {"nr", "ns", "nrt", "nrfg", "eng", "j"}
# Example subjects may also hold words jieba does not know (brand names: 澜星电器).
SUBJECT_TAGS = INNER_TAGS | {"un"}
# Candidate kinds, weakest first: a label seen both ways is scored as its strongest kind.
KIND_RANK = {"word": 0, "phrase": 1, "defined": 2, "quoted": 2}
# jieba IDF at or above which a single word counts as specific (复盘, 工期, 回款), below which
# it is common (任务, 质量) and must be mentioned GENERIC_MIN_COUNT times to be a concept ...
SPECIFIC_IDF = 8.0
# A two-character word mentioned once is a concept only if rarer still (复盘, 回款).
RARE_IDF = 9.0
# A word at least this rare scores exactly as a word missing from jieba's IDF table (see
# `_score`), so only the commoner words are kept: 21,000 of the table's 270,000.
IDF_CUTOFF = max(SPECIFIC_IDF, RARE_IDF)
GENERIC_MIN_COUNT = 8
HEADING_WORD_CHARS = 4  # a word this long in a duty heading is a term, not the duty's verb or generic noun
GENERIC_IN_HEADING = 3  # ... or this many times when it is what a duty title is about
# Time and place words that end a noun run without being part of the concept (收尾时, 市场上).
LOCATIVE_SUFFIXES = frozenset("时上中下里内外前后间")
# What may close a noun run but no phrase: a locative (收尾时) or a verb's complement jieba tags
# as a noun (定位|成「…」).
_RUN_CLOSERS = LOCATIVE_SUFFIXES | frozenset("成")
MAX_PHRASE_WORDS = 3
MIN_INNER_TERM = 4  # a domain term this long inside a phrase is also a concept on its own
MAX_PHRASE_CHARS = 8
MIN_DUTY_CONCEPTS = 3
# The concept budget grows with the article: one per CHARS_PER_CONCEPT characters, within bounds.
CHARS_PER_CONCEPT = 35
MIN_CONCEPTS = 15
MAX_CONCEPTS = 120
LINKS_PER_CONCEPT = 3
EVIDENCE_PER_NODE = 3
PHRASE_CACHE_SIZE = 4096  # segmented duty titles and example subjects kept for reuse

# Role names, duty titles and example subjects and values recur across articles: each distinct
# one is normalised once.
_normal_label = functools.lru_cache(maxsize=PHRASE_CACHE_SIZE)(normalize)

# Quoted text: “…”, or ‘…’ (『…』 folds to it), which Chinese also uses as outer quotes.  The
# text is in group 1, 2 or 3, whichever matched: `m.lastindex`.
_BOOK_TITLE = patterns.compile(r"《[^《》\n]{1,30}》")
_QUOTED = patterns.compile(r"“([^“”]{1,30})”|‘([^‘’“”]{1,30})’|“([A-Za-z][A-Za-z0-9 ,.'&-]{30,60})”")  # …English runs longer
# A quoted name for the role itself or a quoted saying, not a concept: 是一家咖啡店的“大管家”,
# 被看作“品牌的家长”, 常说“…”.
_TITLE_AFTER = patterns.compile(r"(?:的)?(?:称号|美誉|头衔|荣誉|美称|雅号)")  # 获“金牌讲解员”称号: a title, no concept
_EPITHET_CUE = patterns.compile(r"(?:是|看作|看成|称为|称作|比作|当作|叫做|叫|说)(?:[^,;:。!?“”]{0,10}的)?$")
# A list item that explains a term: 1. 首次响应时间:从客户发起咨询到… / ② 一次解决率:…
_DEFINED_TERM = patterns.compile(
    r"\s*(?:\d{1,2}\s*[.、)]|\(\d{1,2}\)|[\u2460-\u2473\u2776-\u277f]|[-•·*])\s*"
    r"(?P<term>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11})\s*:(?=\s*[^\s\d])"
)
_ITEM_OPENERS = frozenset("0123456789(-•·* \t" + "".join(map(chr, range(0x2460, 0x2474))) + "".join(map(chr, range(0x2776, 0x2780))))
# What a word jieba does not know opens or closes with when it is glue, not a field's word:
# 这句|话, 再用|Excel, 三是|慢性病, 装着|血压计.
_GLUE_OPENERS = frozenset("这那每该此再又也还就都其各某本在于从对向把被为是有一二三四五六七八九十两几不没未很太更最只才别多")
_GLUE_CLOSERS = frozenset("着了过的地得是在和与及或等")
_TERM_SHAPE = patterns.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9+&·-]*$")
# A quoted term is a concept when short and free of function words: “三高一低”, “大广告+大通路”,
# not a quoted saying (“酒香也怕巷子深”) or a clause (“招来的人不是想要的人”).
_QUOTED_TERM = patterns.compile(
    r"^(?!.*[的是不也了就都要会在把被让我你他她它这那么吗呢吧])[\u4e00-\u9fffA-Za-z0-9+&·,、 -]{2,10}$"
)
# Enumerations: items joined by 、 or a conjunction, closed by 等 or a clause mark.
_LIST_JOINS = frozenset("、和与及或")
_LIST_ENDS = frozenset("等,;:。!?")
# …and a Chinese one: 中联财险(中国联合财产保险的简称)
_LATIN_GLOSS = patterns.compile(r"\([A-Za-z][A-Za-z0-9 .&'-]{1,40}\)|\([^()]{1,24}的(?:简称|全称|缩写)\)|\((?:简称|全称|即)[^()]{1,24}\)")
_SCHOOLS = ("大学", "中学", "小学")
MAX_PLACE_CHARS = 6
_PLACE_ENDS = frozenset("边旁畔")  # 洱海边的
_NUMBERED_NAME = patterns.compile(r"\d{1,4}(?P<rest>[\u4e00-\u9fff]{2,4})")
_COUNTED_TAGS = frozenset({"q", "m", "mq", "zg", "t", "tg", "f"})
# …and what a number counts that jieba tags as a noun (12小时, 2023年度, 3公里)
_COUNTED_WORD = patterns.compile(r"小时|分钟|秒钟|年度|季度|月份|周年|公里|公斤|千克|平方|平米|万元|亿元|元|岁|倍|成|星|级")
_ORDINAL_OPENING = patterns.compile(r"第[一二三四五六七八九十百\d]")
_QUOTE_IN_PARENS = patterns.compile(r"\(\s*[“‘][^()]*[”’]\s*\)")
# Names paired with quotes in one sentence: 奔驰——“最尊贵”,宝马——“最驾驶乐趣”
_DASH_PAIR = patterns.compile(r"(?:^|[,;:。!?、])\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9·&-]{2,10})\s*(?:——|—)\s*[“‘]")
MIN_PAIRS = 2
MIN_LISTED_QUOTES = 3
# A brand and what it stands for in parentheses: 红牛(提神抗疲劳) (no Latin gloss, no count of 篇)
_PARENTHESISED = patterns.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·&]{2,8})\((?P<value>(?=[^)]*[\u4e00-\u9fff])(?![^)]*(?:简称|全称|缩写|英文|精选|篇))[\u4e00-\u9fff0-9]{2,12})\)"
)
MAX_LISTED_NAME = 6
_CLAUSE_START = patterns.compile(r".*[,;:、。!?(】|]")  # 】 and |: a label before the example (【案例】华衡监理的口号…)
# A clause whose subject is a pronoun for the one before it (如奔驰,其定位是… / 以松间咖啡为例,
# 它把… / 其行政部门提出了…): the example's subject is in the clause before.
_PRONOUN_SUBJECT = patterns.compile(
    r"\s*(?:其(?!实|他|它|中|次|余|间|后|前|[一二三四五](?:[,、:]|是|就|$))|它们|它|他们|她们|该品牌|该公司|该企业|这家公司|这家企业|这个品牌"
    r"|该(?:校|院|园|店|所|厂|馆|仓|站|行|社|处|中心|机构|团体|组织|供应商|厂商|厂家|商家|客户)|人家"
    # …or the company, a part of it or a place inside it, alone (公司一贯 / 团队内部 / 比如母婴品牌“小鹿妈妈”,
    # 社群里一直坚持“…”)
    r"|(?:(?:公司|企业|集团|单位|酒店|医院|学校|银行)(?:内部|[\u4e00-\u9fff]{0,4}(?:部|部门|处|科|室|团队))?|团队内部|[\u4e00-\u9fff]{1,3}里"
    r"|[\u4e00-\u9fff]{1,3}(?:处|部|科|室))"  # 管理处一向奉行“…”: the department of the one just named
    r"(?:一贯|一直|一向|始终|向来|历来|也|都|则|就)*\s*$)"
)
# The page's own organisation: 本集团秉承“…” / 本公司一直…
_OWN_ORGANISATION = patterns.compile(r"\s*本(?:公司|集团|院|校|单位|行|所)(?:一贯|一直|一向|始终|向来|历来|也|都|则|就)*\s*")
# A clause of connectives only (像仁心大药房,就把“…”写进…): the subject is in the clause before.
_CONNECTIVE_ONLY = patterns.compile(
    r"\s*(?:在[^,]{1,8}?[上里中内])?(?:业内|业界|圈内|行业内)?(?:今年|去年|前年|近年来|近年|这几年|近几年|这些年|当年|早年|早期)?"
    # …or a place in it: 工地门口常年挂着“…” / 上面写着“…” / 那里的消毒室门上贴着“…”
    r"(?:[\u4e00-\u9fff]{0,8}?(?:门口|门前|墙上|门上|大厅里|大厅|走廊上|入口处|店里|上面)(?:常年|一直|都|还)?)?"
    r"(?:而是|而|并|因此|因而|从而|于是|就|也|则|便|还|更|都|始终|一直|同样|真正|切实|努力|把自己|将自己|刚刚|刚|曾经|曾|已经|已|又)*\s*"
)  # …在小红书上把自己…  # or nothing: …的做法,把“…”
# A sentence that only announces an example: 拿蕉内来说。 / 以海底捞为例。 / 比如星巴克。
_ANNOUNCED = patterns.compile(r"\s*(?:以|拿|比如|例如|譬如|像)(?P<name>[^,。;:!?“”]{2,10}?)(?:为例|来说|来讲)?[,。:!]?\s*")
_BULLET_MARK = "[-•·*●○■□▪◆◇▶►★☆▲△]"  # what opens a list item
# A bulleted list item's label: ■ 国家电网:…
_BULLET = patterns.compile(r"\s*" + _BULLET_MARK)
_LABEL = patterns.compile(r"\s*(?P<name>[^,;。!?:“”\s][^,;。!?:“”]{1,15}?)\s*")
# What ends a clause about a brand's place: Netflix的工程文化里|有一句“…”
_THERE_IS_TAIL = patterns.compile(r"(?:就|也|都|还)?(?:有|流传着|流行着|挂着)$")
_TRADE_WORDS = ("行业", "领域", "业内", "圈内", "圈里", "产业")
_QUANTIFIED = patterns.compile(r"不少|很多|许多|一些|部分|多数|大多|众多|诸多|有的|各家|各大")
# The case an earlier clause holds up: 以X为例, 拿X举例, 要数X, X常被拿来做例子 (one group each).
_CASE_IN = patterns.compile(
    r"(?:以|拿)(?P<taken>[^,。;:!?“”]{2,10}?)(?:为例|来说|来讲|举例)|(?:要数|当属|首推)(?P<first>[^,。;:!?“”]{2,10}?)\s*$"
    r"|(?P<cited>[^,。;:!?“”]{2,10}?)(?:常|常常|经常|总)?被(?:人)?(?:拿来|当作|当成)(?:做|当|举)?(?:例子|案例|典型)"
)
# Words that announce an example: loose cues (用“…”, 把“…”作为) count only after one.
_EXAMPLE_MARKER = patterns.compile(r"以.{1,12}为例|拿.{1,12}(?:来说|举例)|比如|例如|譬如|举例|举个例子|案例")
# Words that announce the example the sentence then names (说起稳定性,不得不提奈飞的“…”).
_ANNOUNCING = "不得不提|不能不提|不得不说|绕不开|绕不过|首推|当属|要数"
_SUBJECT_LEAD = patterns.compile(
    r"^\s*(?:" + _BULLET_MARK + r"|[│├└┣┗─━\s]+|\d{1,2}[.、]|\(?\d{1,2}\))?\s*(?:图为|由|正如|就像|如同|而且|而|但是|但|则|就|也|还有|还|另外|此外|比如说|比如|例如|譬如|如|像|好比|同样|自从|以(?=.+为例)|拿(?=.+(?:来说|举例|为例))|(?:常常|经常|常|总)拿"
    r"|我们|咱们|我司|我市|我区|我县|我省|我|打算|准备|计划|学习|对标|借鉴|借用|效仿|参考|参照|按照|根据|依据|遵循|落实|贯彻|执行|再比如|再如|推行|践行|引入|采用|推广|复制|沿用|沿袭|全面|认真|深入|积极|大力|把(?=[^,。]{2,12}$)|直到|直至|谁还记得|还记得|记得|可以|可"
    r"|行业里|行业内|业内|圈里|圈内|邻县|邻镇|邻村|隔壁|附近的|兄弟单位|友邻单位|兄弟医院|兄弟学校|听说|据说|以及|与|名叫|叫做|叫作|叫(?=[\u4e00-\u9fffA-Za-z]{2})|据了解|走进|来到|你知道|知道|为什么|对(?=[^,]{2,20}$)|(?:人们|大家|很多人|不少人|消费者)(?:至今|仍然|依然|都|还)?记得"
    r"|" + _ANNOUNCING + r"|你看|您看|再看|讲到|说到|谈到|提到|这几年|近几年|这些年|近年来|当年|早年|以前|过去|从前|那时候|那时|那会儿|当时|本市|本区|本县|人家(?=[\u4e00-\u9fffA-Za-z]{2})|(?:对面|隔壁|楼下|旁边)?的?那家(?=[\u4e00-\u9fffA-Za-z]{2})"
    r"|自(?=[\u4e00-\u9fff]{1,6}(?:省|市|区|县|州))"  # 自浙江省推行“…”改革以来 / 你看伊利,
    r"|(?:应当|应该|应|要)以"  # 应以协和医院的院训“…”为标杆
    r"|在?这(?:一)?方面"  # 这方面华为的经验…
    r"|(?:19|20)\d{2}\s*年(?:的)?"  # 2010年上海世博会以“…”为主题
    r"|在(?=..))*"  # 学习中国建筑“…”的企业使命
)
_SUBJECT_TAIL = patterns.compile(
    r"(?:为例|来说|举例|(?<![原准规])则|就|也|还|都|更|一直|始终|一向|向来|长期|一贯|历来|素来|多年来|多年|这几年|近几年|这些年|这两年|近两年|近年来|主要|使用|沿用|开始|打造|推出|创建|创办|开展|举办|(?:那个|这个)[\u4e00-\u9fff]{0,6}?的?|在[\u4e00-\u9fff]{1,6}?(?:期间|时期|阶段|期)|则是|就是|正是|是|要|(?<![协委商金合学工览展博])会|应|"
    r"连续[一二两三四五六七八九十\d]+年|每季度|每年(?:[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日)?|每月|今年|去年|前年|常年|刚刚|刚|曾经|曾|敢|较早|率先|最早|早|内部|明确地?|公开|正式|郑重|有(?:一|这么一)?[句条][\u4e00-\u9fff]{0,8}?|"
    r"学了|学来了|学到了|获评|荣获|获得|评上|之所以能|之所以|同时|在《[^》]{1,30}》中|[几数一二三四五六七八九十百]+多?年来|"  # 跟同城的安骑达配送学了“…”的办法 / …装配线获评“…”的经验
    r"应该|需要|必须|可以|能|上任(?:第一天|当天|伊始|之初|后)?|至今仍|至今|仍然|仍|依然|早在[^,]{1,12}?年代?|从[^,。]{1,10}?起|反复|一再|评论|留言|吐槽|那边|这边|常常|经常|常|到处|处处|(?<=[\u4e00-\u9fffA-Za-z]{2})(?<!之)家|专门|特意|特地|一律|\s*\d{4}\s*年|著名|有名|知名|当年|早年|早期|很早|早就|常说|总说|常讲|原则上|一生|终生|毕生|"
    r"把自己|将自己|把自身|自身|自己|本身|传承(?:了)?[几数百千一二两三四五六七八九十\d]*年(?:来)?|对外宣传|对外宣称|对外|对内|私下|挂着|贴着|写着|刻着|印着|那样|一样|这样|流传|流行|传着|盛传|看齐)+$"
)
# Organisation words (kg/data/organisation_words.txt says what each group is for).
_APPOSITION_HEADS = frozenset(ORGANISATION_WORDS["apposition"])
_NAME_HEADS = frozenset(ORGANISATION_WORDS["name_head"])
_DESCRIPTOR_HEADS = frozenset(ORGANISATION_WORDS["descriptor"])
_DESCRIPTOR_ENDS = tuple(ORGANISATION_WORDS["descriptor"])
_APPOSITION_ENDS = tuple(ORGANISATION_WORDS["apposition"])
_OWNED_NAME_HEADS = (*ORGANISATION_WORDS["name_head"], *ORGANISATION_WORDS["owned_place"])
_PART_OF_A_TEXT = ORGANISATION_WORDS["text_part"]
_FORMER_LATTER = frozenset({"前者", "后者"})
_QUOTE_JOINS = frozenset({"", "、", "和", "与", "及", "或"})
# Two names opening a clause, said of both: 龙湖和绿城都以产品力见长
_TWO_OPENING = patterns.compile(r"\s*(?P<first>[^,。;:!?“”‘’和与及、]{2,8}?)(?:和|与|及|、)(?P<second>[^,。;:!?“”‘’和与及、]{2,8}?)(?=都|均|也|两家|二者)")
_ROLE_ITSELF = frozenset({"", "工作", "岗位", "人员", "行业", "职业"})  # what follows the role's name in 保安工作
_PAGE_TITLE_WORDS = ("岗位职责", "工作职责", "职位描述", "岗位说明书", "说明书")
_NAMED_CENTRE = patterns.compile(rf"[\u4e00-\u9fff]{{5,}}{alternation(ORGANISATION_WORDS['named_centre'])}$")
_PLACE_TAIL = ORGANISATION_WORDS["place"]
# A unit a place names is an institution, not a department: 湾里村卫生室, 北岭镇文化站.
_PLACE_UNIT = patterns.compile(r"[\u4e00-\u9fff]{2}[村镇县市乡][\u4e00-\u9fff]{0,3}(?:室|中心|站)$")
_DEPARTMENT_OF = patterns.compile(
    rf"{alternation(ORGANISATION_WORDS['department_owner'])}"
    rf"(?P<unit>[\u4e00-\u9fff]{{0,4}}{alternation(ORGANISATION_WORDS['department_unit'])})$"
)
_NAME_SUFFIXES = frozenset(ORGANISATION_WORDS["name_suffix"])
_NAME_HEAD_UNITS = tuple(w for w in ORGANISATION_WORDS["name_head"] if w.endswith(ORGANISATION_WORDS["department"]) and w not in ORGANISATION_WORDS["department"])
_NAMED_DEPARTMENT = patterns.compile(rf"(?P<unit>[\u4e00-\u9fff]{{0,4}}{alternation(ORGANISATION_WORDS['department_unit'])})$")
_ORG_ENDS = (*ORGANISATION_WORDS["apposition"], *ORGANISATION_WORDS["name_head"])
_UNIT_ENDS = (*ORGANISATION_WORDS["department"], *ORGANISATION_WORDS["department_unit"], *_NAME_SUFFIXES)
# What a topic chain's organisation may end in (南州公交集团第三分公司, 东港航标处, 和平路门店, 星河科技).
_TOPIC_ENDS = (*_ORG_ENDS, *_UNIT_ENDS, *ORGANISATION_WORDS["industry"])
# Words that end the name a clause opens with: prepositions, adverbs, conjunctions, pronouns,
# particles, places and times, adjectives, punctuation (tag prefixes).
_NOT_TOPIC_TAGS = (
    "p",
    "d",
    "c",
    "r",
    "uj",
    "ul",
    "uz",
    "ug",
    "uv",
    "ud",
    "f",
    "t",
    "a",
    "x",
    "y",
    "e",
    "o",
)  # not "un"
_FUNCTION_CHARACTERS = frozenset("在于从对向较更很也都就已还将把被为")
_REFERENT_STOP_TAGS = ("v", "p", "c", "r", "d", "uj", "ul", "uz", "x")
_QUOTED_NAME_AFTER = patterns.compile(r"\s*[“‘]([^“”‘’]{2,12})[”’]")
_OWN_NAME_TAGS = frozenset({"nz", "nr", "nrt", "nrfg", "un"})  # a name's words, not a place's
_NAME_WORD_TAGS = frozenset({"ns", "nz", "nr", "nrt", "nrfg", "un"})
# Clauses of a sentence; a clause opening with 这家…/该… names an organisation named before it.
# Opening a sentence, these point to what the sentence before is about.
_BACK_POINTER = patterns.compile(r"\s*(?:他们|她们|它们|它|其(?![实他它中次余间后前])|那里|这里|那儿|这儿|(?:该|这家)?(?:公司|企业|集团)(?:始终|一直|一向|向来|历来)?)")
# 院里的, 公司内部, 那里的消毒室, 内部流传着(一句话)
# …or a clause ending in one (离不开它一直主打的“…”).
_STAFF_OF = patterns.compile(r"\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)的")  # 西贝的|服务员… (see _workplace)
_COMPANY_ALONE = patterns.compile(r"\s*(?:公司|企业|集团)(?:一直|始终|一向|向来|历来|也|都|就)*\s*")
_PRONOUN_OPENING = patterns.compile(r"\s*(?:他们|她们|它们)")
# …or a later clause opens with "there", the workplace the clause before named: 后来我跳到字节跳动,那边强调“…”
_THERE = patterns.compile(r"\s*(?:那边|那里|那儿)")
_POINTS_BACK = patterns.compile(r"(?<=[\u4e00-\u9fff])(?:它|他们|她们)(?:一直|始终|一向|向来|多年来|所)*\s*$")  # not opening it
_PART_OF_IT = patterns.compile(
    r"\s*(?:(?:[\u4e00-\u9fff]{1,3}(?:里|内部)|内部)(?:的[\u4e00-\u9fff]{0,4}|(?:一直|至今|始终)?(?:流传着|流传|盛传|流行着|流行|传着)|还|也|又|都)?"
    r"|(?:那里|这里|那儿|这儿)的[\u4e00-\u9fff]{0,6})\s*"
)
# Where the writer, or someone they speak of, works, worked or went: 我2016年进阿里巴巴 /
# 后来我跳到字节跳动待过两年 / 一个在海底捞干了五年的小姑娘
_WORKPLACE = patterns.compile(
    r"(?:^|(?<=[,;:。!?]))[^,;:。!?]{0,6}?(?:我|我们|他|她|同学|朋友|兄弟|同事|姑娘)[^,;:。!?]{0,8}?"
    r"(?:跳槽到|跳到|进了?|去了?|加入了?|入职了?|就职于|在)(?:[\u4e00-\u9fff]{0,4}?(?:一家|那家))?"  # 去上海一家丽思卡尔顿
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)"
    r"(?=待过|待了|干过|干了|当过|做过|工作|做|干|上班|实习|当|任|参加|参观|交流|学习|的时候|时|那几年|那些年|[,;:。!?]|$)"
)
_FRAME = patterns.compile(r"\s*在.{1,20}(?:下|中|后|时|期间|以来|之际)\s*")  # 在…的支持下, 在…过程中
_CLAUSE_PIECE = patterns.compile(r"[^,;:、。!?]+")
_THIS_ONE = patterns.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}?(?:这家|那家|这所)|该)(?=[\u4e00-\u9fff])")  # (我们对面)那家…
MAX_SUBJECT_CHARS = 16  # 临江市防汛抗旱指挥部办公室, 南屿医科大学附属第二医院急诊科
# A name in quotes after what it names: 独立短片团队“青禾影像”, 我们社“彩云之旅”.
# …or holds it up as a case: 壹基金就是一个典型。它提出的“…”
# (杭州宋城是主题公园里把品牌做透的代表。这家企业… / 乌镇在这方面提供了很好的样本。)
_A_CASE = patterns.compile(
    r"\s*(?P<name>[^,。;:!?“”是在]{2,12}?)(?:就|便|正|也)?(?:是|在这方面|在这一点上)[^,。;:!?“”]{0,24}?"
    r"(?:典型|例子|代表|范例|典范|样板|标杆|样本|榜样|范本)(?:之一)?[。!]?\s*"
)
_IS_A = patterns.compile(r"\s*(?P<name>[^,。;:是(]{2,12}?)(?:\([^()]{1,60}\))?是一(?:家|个|所|间|座)")
# A quote's owner named after it: 「…」——这是禾田便利写在陈列手册第一页的口诀 / “…”,这是招商银行多年的品牌口号
_SLOGAN_WORDS = ("口号", "品牌口号", "广告语", "标语", "slogan")
# What a quote may be to the organisation that holds it.
_SAYING_KINDS = (
    "口诀", "品牌口号", "口号", "广告语", "标语", "原则", "理念", "服务承诺", "承诺", "规矩", "信条", "宗旨", "格言", "价值观", "使命",
    "座右铭", "铁律", "准则", "slogan", "主题曲", "广告歌",
)
_NAMED_AFTER = patterns.compile(
    r"\s*(?:——|—|,)?\s*(?:(?:这|那)(?:是|就是|正是)|就是|正是)(?P<name>[^,。;:!?“”‘’]{2,16}?)"
    r"(?:写在[^,。;:!?]{0,12}|多年|一直|长期|(?:自[^,。;:!?]{1,10}?起|多次|一再|反复|一直|长期)?(?:公开)?(?:强调|提出|倡导|坚持|推出|打造|发起))?的"
    rf"[\u4e00-\u9fff]{{0,6}}?(?P<kind>{'|'.join(_SAYING_KINDS)}|立场|主张|系列|品牌|项目|活动|计划|平台|工程|改革|模式|机制|经验|定位)"
)
# …or 这句话出自X: “准时是骑手的脸面”,这句话出自飞驰外卖 / …出自我们的老对手万家福超市的陈列手册
_SAID_BY_AFTER = patterns.compile(
    r"\s*(?:——|—|,)?\s*(?:这句话|这句|此话|这话)(?:就)?(?:出自|来自|源自)(?P<name>[^,。;:!?“”‘’]{2,24}?)"
    r"(?:的(?P<kind>[\u4e00-\u9fff]{0,4}(?:手册|守则|标语|口号|规定|制度|墙上)))?(?=[,。;:!?]|$)"
)
# …or 这条…理念 of an owner after a dash: “…”——北辰化工的这条安全理念已经坚持了两百多年
_OWNED_AFTER = patterns.compile(
    r"\s*(?:——|—|,)\s*(?P<name>[^,。;:!?“”‘’的]{2,16})的(?:这条|这句|这一|这个|这项|这套)"
    rf"[\u4e00-\u9fff]{{0,4}}?(?P<kind>{'|'.join(_SAYING_KINDS)})"
)
_PLACE_IN_FRONT = patterns.compile(r"(?:门口|门前|墙上|门上|大厅里?|店里)$")
# …or the quote opening its clause as what an organisation holds: “…”是拾光婚礼工作室的企业精神 /
# 「…」一直是南湖市博物馆社教部对每一场活动的要求
_QUOTE_IS = patterns.compile(
    r"\s*(?:一直|始终|向来|历来)?(?:是|就是|正是)(?P<name>[^,。;:!?“”‘’]{2,16}?)(?:对[^,。;:!?]{1,12}|(?:沿用|使用|坚持|用了|喊了)[^,。;:!?]{0,6})?的"
    rf"[\u4e00-\u9fff]{{0,6}}?(?P<kind>{'|'.join(_SAYING_KINDS)}|企业精神|精神|硬性要求|要求|追求|哲学)"
)
# …or as what an organisation first put forth: “准时化生产”是北辰汽车最早提出的 / “人单合一”模式则是海尔于2005年提出的
_FIRST_PUT_BY = patterns.compile(
    r"\s*(?:——|—|,)?\s*(?:[\u4e00-\u9fff]{0,4}?(?:模式|模型|理论|理念|概念|方法|法则|体系|原则|制度|工作法|说法)(?:则|也|最早|最初)?)?"
    r"(?:这|那)?(?:是|就是|正是|由)(?P<name>[^,。;:!?“”‘’]{2,16}?)(?:于?\s*\d{4}\s*年代?|在[^,。;:!?“”]{1,16}?(?:中|时|里))?"
    r"(?:最早|最先|率先|首先|首次)?(?P<kind>提出|首创|发明|倡导|推出|创造)(?:的|出来的)(?=[,。;!?]|$)"
)
# …or in parentheses after it: “群策群力”(北辰电气培训中心的叫法) / “这样就好”(青松良品一直坚持的品牌理念)
_PAREN_OWNER = patterns.compile(
    r"\s*\((?P<name>[^()的,。]{2,16}?)(?:一直|始终|长期|多年来?)?(?:坚持|提出|推行|使用|沿用|倡导)?的"
    rf"[\u4e00-\u9fff]{{0,4}}?(?P<kind>{'|'.join(_SAYING_KINDS)}|叫法|说法|提法|做法)"
)
# …or as what an organisation keeps saying: “…”,是星河科技从创立之初就挂在嘴边的一句话
_SAYING_OF = patterns.compile(
    r"\s*,?\s*(?:这|这句话|这句)?(?:也|一直|始终)?(?:是|就是|正是)(?P<clause>[^,。;:!?“”‘’]{2,30}?)"
    r"(?:挂在嘴边|挂在嘴上|常说|常讲|反复强调|念叨|信奉)的(?:一句话|口头禅|话|信条)"
)
# …or the name, then its line: “爱干净,住汉庭”,汉庭用一句大白话… / “…”,999感冒灵这句广告语…
_NAME_THEN_LINE = patterns.compile(
    r"\s*,\s*(?P<name>[^,。;:!?“”‘’]{2,12}?)(?:当年|早年|一直)?(?:用|凭|靠)?(?:这|那)?一?句(?P<kind>广告语|口号|大白话|话|标语|slogan)"
)
# …or the brand a quality calls to mind: 说到“安全”,很多消费者第一时间就想到沃尔沃
_BRINGS_UP = patterns.compile(r"(?:说到|提到|提起|谈到|一提|一说)\s*$")
_CALLS_TO_MIND = patterns.compile(
    r"\s*,?\s*[^,。;:!?“”‘’]{0,12}?(?:就|便|都|会|马上|立刻|立马|首先|第一时间)*(?:会)?(?:想到|想起|联想到)(?:了|的是|的就是)?"
    r"(?P<name>[^,。;:!?“”‘’]{2,12}?)(?=[,。;!?]|$)"
)
# …or named inside what follows: “真诚到永远”这句海尔的品牌口号,…
_THIS_LINE_OF = patterns.compile(
    rf"\s*(?:这句|这一句|这条)(?P<name>[^,。;:!?“”‘’的]{{2,12}})的[\u4e00-\u9fff]{{0,4}}?(?P<kind>{'|'.join(_SAYING_KINDS)})"
)
# …or in parentheses right after it: “好空调,格力造”(格力)
_PAREN_NAME = patterns.compile(r"\s*\((?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·]{1,11})\)")
_PREDICATE_TAGS = ("p", "v", "d", "c", "t", "f")  # what ends the name a clause opens with
# …or after the cue's 的: 以“…”著称的西岭考古遗址公园 / 主打"社区15分钟健身圈"的青橙健身 / 有“…”之称的X
_AFTER_DE = patterns.compile(
    r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:著称|闻名|见长)|之(?:称|美誉|美称)|(?:为|作为)[\u4e00-\u9fff]{1,6}?|自居|自诩)?的(?P<name>[^,。;:!?“”‘’的]{2,16})"
)  # …以“…”为品牌主张的盒马 / 以“…”作为社区标语的哔哩哔哩
# A Latin name closing the clause: 我们曾专门研究过 Costco,它主张…
_LATIN_LAST = patterns.compile(
    r"(?P<name>(?<![A-Za-z\u4e00-\u9fff@0-9-])[A-Z][A-Za-z0-9&.-]+(?: (?:&|[A-Z][A-Za-z0-9&.-]+)){0,3}"
    r"|(?<![A-Za-z0-9@.-])\d{1,4}-?[A-Z][A-Za-z]+)\s*$"  # …or one opening with a number (日本7-Eleven)
)
# 不论是在被称为‘…’的卡地亚 / 案例:以“…”闻名的胖东来
_CASE_OPENER = patterns.compile(r"\s*(?:案例|实例|举例|例如|比如|譬如)?\s*(?:不论是|无论是|不管是)?在?\s*")
_SOURCE_KIND = patterns.compile(r"[A-Za-z0-9&]*(?:价值观|理念|标准|口号|原则|信条|文化|宣言|精神)$")
_SOURCE_LINE = patterns.compile(r"\s*(?:——|—|--)\s*(?P<name>\S)")  # ——丰田汽车 under a pull quote
_RESPECTIVELY = patterns.compile(
    r"(?P<a>[^,。;:!?“”‘’、和与]{2,12}?)(?:和|与|、)(?P<b>[^,。;:!?“”‘’、和与]{2,12}?)分别[^“”,。;]{0,8}?"
    r"“(?P<x>[^“”]{1,30})”(?:和|与|、)“(?P<y>[^“”]{1,30})”"
)
_JOINED_NAMES = patterns.compile(r"\s*(?P<first>[^,。;:!?“”‘’和与及、]{2,12}?)\s*(?:和|与|及|、)\s*(?P<second>[^,。;:!?“”‘’和与及、]{2,12}?)\s*")
_LATIN_OPENING = patterns.compile(
    r"\s*(?P<name>[A-Z][a-z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,3}"
    # …or a company's letters (IBM, 3M), not a metric's or a post's (KPI, HR, CEO: _NOT_A_COMPANY)
    r"|(?:\d[A-Z]{1,4}|[A-Z]{2,5})(?:-[A-Z0-9]+)?)(?![A-Za-z0-9])\s*(?=[\u4e00-\u9fff]|$)"
)
_NOT_A_COMPANY = patterns.compile(r"KPIs?|OKRs?|ROI|GMV|[DM]AU|SKU|SOP|HRBP|HR|IT|AI|PR|KOL|KOC|B2[BC]|O2O|CEO|CFO|CTO|COO|CMO|CIO|CHO|PM|TPM|DS|QA|UI|UX|APP|API|SQL|CRM|ERP")
_PLACE_OF_IT = patterns.compile(r"[\u4e00-\u9fff]{1,5}[上里中内]\s*")
_DEMONSTRATIVE = patterns.compile(r"[这那](?:封|个|次|份|条|句|款|项|场|家|位)")
# A name mentioned on a social network: 我们店长期合作的 @豆仓烘焙实验室 …
_MENTION = patterns.compile(r"@(?P<name>[^\s@,。:;!?“”‘’]{2,20})")
# A quoted name closing the clause: 比如我之前待过的「康途健康」 / 像隔壁「禾悦体检中心」那样 (not
# what something is said to be: 专干不是‘万金油’)
_QUOTED_LAST = patterns.compile(r"(?<![是当])[“‘](?P<name>[^“”‘’]{2,12})[”’](?:那样|一样|这样|为例|来说)?\s*$")
_QUOTED_APPOSITION = patterns.compile(rf"{alternation(ORGANISATION_WORDS['quoted_name'])}[“‘](?P<name>[^“”‘’]{{2,10}})[”’]")
# A name set in quotes, then what it does or owns: 莫干山的“半山小筑”给新管家培训时 / “汇金中心”的工程部 /
# “栖野”民宿的查房口诀 / 平台“鲜达优选”在考核…时
_QUOTED_SUBJECT = patterns.compile(
    r"[“‘](?P<name>[\u4e00-\u9fffA-Za-z0-9·&]{2,10})[”’]"
    r"(?=\s*(?:民宿|酒店|公司|集团|品牌|餐厅|门店|平台|医院|学校|超市|书店|工作室|大厦"
    r"|在|给|对|要求"
    r"|的[^,。;:!?“”]{0,8}?(?:墙上|门口|员工|团队|老板|管家|创始人|部|室|科|处|中心|柜台|黑板|口诀|规矩)))"
)
# …where a name stands: opening its clause or after its apposition (平台“鲜达优选”)
_NAME_PLACE = patterns.compile(rf"(?:^|[,;:。!?—]|{alternation(ORGANISATION_WORDS['quoted_name'])})\s*$")
# A sentence introducing a name for the next (有一家叫青芝客栈的精品民宿。他们坚持“…”).
_CALLED_NAME = patterns.compile(r"[一这那]?[家个款位间座所][^的,。;:!?“”]{0,4}?(?:名叫|叫做|叫作|名为|叫)[“‘]?(?P<name>[^的,。;:!?“”‘’]{2,10}?)[”’]?的")
# A name in the clause before a speaker: 我在丽思卡尔顿实习的时候,带教老师总说“…” / 去年我们和华鼎基金
# 联合举办…时,对方的基金经理反复强调“…”
_WHILE_AT = patterns.compile(
    r"(?:在|和|与|跟)(?P<name>[^,。;:!?“”在和与跟]{2,16}?)(?:实习|工作|轮岗|任职|干|待|上班|打工|做[\u4e00-\u9fff]{0,3}|合作|联合[\u4e00-\u9fff]{0,10})?"
    r"(?:的时候|那几年|那两年|期间|时)\s*$"
)
_ITS_WALL = patterns.compile(r"\s*[\u4e00-\u9fff]{1,2}里(?:的)?(?:墙上|门口|门上|大厅里?)?(?:就|也|都)?\s*")  # …干的时候,店里墙上就贴着“…”
_MEANS = frozenset({"凭借", "凭着", "通过", "依靠", "借助", "靠着"})
_GLUED_PREPOSITIONS = frozenset("对向给为在把将被从")
_ODD_IN_NAME = frozenset({"v", "d", "a", "ad", "f"})  # …and a locative: 鲜味|里|小馆
_METHOD_ENDS = ("管理法", "工作法", "方法", "做法", "模式", "制度", "体系", "理念", "哲学", "生产", "管理")
_INSTITUTION_ENDS = ("所", "馆", "院", "站", "堂", "社", "店", "厂")  # closing characters of an institution's name
_BY_STAFF = patterns.compile(r"\s*(?:由|让|请|是)?")
_FIRST_CELL = patterns.compile(r"\s*\|?\s*(?P<name>[^|“”‘’]{2,16}?)\s*\|")
_THE_TRADE = frozenset(ORGANISATION_WORDS["trade"])
_SENIOR_HAND = patterns.compile(r"(?:老|小|新|资深)[\u4e00-\u9fff]{1,6}[工员师长手官人]")
_SPOKESPERSON = patterns.compile(
    r"\s*(?P<org>[^,。;:!?“”‘’的]{2,16})的[^,。;:!?“”]{0,8}?(?:师傅|督导|店长|老板|经理|主管|老师|负责人|同事|站长|院长|创始人|领导|HR)"
)
_SPEAKER_TITLE = patterns.compile(r"创始人|创办人|董事长|总裁|总经理|CEO|CTO|COO|首席执行官|掌门人|负责人|老板|发言人|高管")
_TRAILING_TITLE = patterns.compile(r"(?:创始人|创办人|董事长|总裁|总经理|CEO|CTO|负责人|老板|掌门人)$")
# …and a person named after the title (Amazon 的 CTO Werner Vogels, 北辰铝业前CEO王克)
_TITLED_PERSON = patterns.compile(
    r"(?:\s*的)?\s*(?:前|原|时任|现任|首任)?\s*(?:创始人|创办人|董事长|总裁|总经理|CEO|CTO|COO|首席执行官|掌门人)"
    r"\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|(?:[A-Z]\.){0,3}[\u4e00-\u9fff·]{2,6})\s*$"  # …J.W.马里奥特
)
_EMULATE = patterns.compile(
    r"(?:(?:对标|学习|借鉴|借用|效仿|参照|参考|推广)了?|学的是|学过|(?:特别|很|最|非常)?喜欢|(?:^|(?<=[,;:\s]))学(?![校院生期习科会者员])|向(?=[^,。;:!?]{2,16}(?:看齐|学习))"
    r"|(?:跟|向|和)(?=[^,。;:!?]{2,16}学(?:了|来|到))"  # 跟同城的安骑达配送学了…
    r"|(?:^|(?<=[我你他她它们]))(?:为|替|帮|给)(?=[^,。;:!?]{2,16}$)"  # 我们帮织野女装|提炼出“…” (not 华为)
    r"|隶属于|隶属|沿用|沿袭|认同|推崇|欣赏|坚持和发展|发扬|弘扬|传承|研究过|研究了)(?=[^,。;:!?]{2})"  # …我们比较认同 Netflix 的“…”文化  # 公司隶属于华锦控股集团,集团一直以“…” / 车间沿用华锦纺织“…”的老规矩
)
_SPEAKER = patterns.compile(r"\s*(?:对方|[\u4e00-\u9fff]{0,6}?(?:老师|主管|经理|老板|师傅|前辈|同事|负责人|领导))")
# A name introduced as such: 一家叫禾木咖啡的连锁品牌, 名为青木的公司.
_CALLED = patterns.compile(
    r"[一这那]?[家个款位间座所][^的,。;:!?“”]{0,4}?(?:名叫|叫做|叫作|名为|名字叫|叫)"
    r"(?:(?P<name>[^的,。;:!?“”‘’]{2,10})(?:的|$)|[“‘](?P<quoted>[^“”‘’]{2,10})[”’](?:的|$))"  # …叫“木棉小屋”, ending the clause
)
_DEPARTMENT = ORGANISATION_WORDS["department"]
# 老张/小王: 老 or 小 before a common surname (小米 is a brand).
_NICKNAME = patterns.compile(rf"^[老小][{SURNAMES}]$")
_LATIN_WORD_NAME = patterns.compile(r"[A-Z][A-Za-z0-9&.-]+")
_LATIN_NAME = patterns.compile(r"[A-Z][A-Za-z0-9&.-]*(?: (?:&|[A-Z][A-Za-z0-9&.-]*)){1,3}|\d{1,4}-?[A-Z][A-Za-z]+")  # …, 7-Eleven
_TITLED_NAME = patterns.compile(r"(?:奠基人|之父|鼻祖|学家|专家|学者|大师|教授|博士|教练|主帅|名帅|总裁|董事长|创始人)[\u4e00-\u9fff·]{2,6}$")
_GLOSS_AFTER = patterns.compile(r"^\s*\((?![^()]*(?:的|叫法|说法|提法|理念|口号))[^()]{1,30}\)")
_BOOKED_NAME = patterns.compile(r"\s*《(?P<name>[^《》]{2,12})》\s*$")  # 《纽约时报》: a paper's name in its title marks
# What points back to the thing the sentence is about: 这项工程后来被统称为“…”, 这批人被球迷统称为“…”
_THIS_THING = patterns.compile(r"\s*(?:后来|如今|现在)?(?:这项|这个|这一|这些|这批|该)[\u4e00-\u9fff]{0,4}?(?:工程|项目|活动|计划|做法|制度|举措|改革|传统|人|球员|队员|员工)(?:后来|如今|也)?")
_TOPIC_LEAD = patterns.compile(r"^(?:讲到|说到|谈到|提到)")
_ANNOUNCE_LEAD = patterns.compile(r"\s*(?:" + _ANNOUNCING + r")\s*")
_ANNOUNCED_LAST = patterns.compile(r"(?:" + _ANNOUNCING + r")[^,。;:!?“”]{2,12}[。!]?\s*$")  # …,不能不提敦煌研究院。
_NAMING_COPULA = patterns.compile(
    r"(?:则是|就是|正是|便是|当属|要数|首推|的是|的(?:一个)?(?:参考|代表|标杆|案例|例子|典型|榜样)是|(?:绕不开|不得不提|最有名|最典型|最出名|最著名)的(?:就)?是)\s*"
)
_EVERY_ONE = patterns.compile(r"每(?:一)?(?:位|个|名)")
_PEOPLE_PRONOUNS = ("大家", "人们", "我们", "咱们", "他们", "她们", "大伙", "别人", "有人")
_NOT_NAME_TAGS = ("r", "t", "m", "d", "p", "c", "u", "f", "q")  # pronouns, times, numbers, function words
_NOT_NAME_START = frozenset({"d", "v", "a", "ad", "vd", "c", "p", "r", "u"})
_PROPER_NAME_TAGS = frozenset({"nz", "nr", "nrt", "nrfg", "ns", "nt"})
_DISCOURSE = patterns.compile(r"顾名思义|换句话说|说白了|简单来说|总的来说|也就是说")  # 顾名思义,…“合伙人”: no one's
_THAT_SAYING = patterns.compile(r"[这那][句条个]")  # 那句洗脑的“…”: a saying, not who says it
_THERE_IS = patterns.compile(r"有[一两几]?[个些种家位条句项套]")
_KIND_OF_COMPANY = patterns.compile(
    alternation(ORGANISATION_WORDS["kind"])
    + r"[\u4e00-\u9fff]{0,4}?(?:公司|企业|集团|品牌|商家|机构|单位|门店|酒店|医院|学校|银行|出版社|书店|工厂|厂家|餐厅|超市|平台|媒体)"
)
# 拉姆·查兰, 彼得·德鲁克 (parts of five characters at most: not 创始人康拉德·希尔顿最爱问)
_FOREIGN_NAME = patterns.compile(r"[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,5})+")
_PERSON_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})  # jieba's tags for names it takes for people's (阿里, nrt)
_COUNTRIES = frozenset(ORGANISATION_WORDS["country"])
_ADMINISTRATIVE_ENDS = ("省", "市", "区", "县", "州", "镇", "乡", "村", "街道")
_BRAND_WORD_TAGS = frozenset({"nz", "nr", "nrt", "nrfg", "eng"})  # one word naming a brand (京瓷, 7-Eleven)
# A subject does not start with a conjunction, preposition, pronoun, adverb, particle or number.
_NOT_SUBJECT_TAGS = frozenset({"c", "p", "r", "d", "u", "uj", "ul", "uz", "m", "q", "x", "f"})


@dataclass(frozen=True)
class ExampleCue:
    before: re.Pattern[str]
    after: re.Pattern[str]
    value_type: str
    relation: str
    label: str
    marked: bool = False  # counts only in a sentence that says it gives an example (以X为例, 比如X)
    # The cue refers back (大家都叫它“…”, 拿“…”来形容这家公司): the subject is the organisation the
    # sentence is about, not the speaker in the cue's clause.
    refers_back: bool = False
    # The quote fills a table row's cell (| 绿禾轻食 | … | “…” |): the subject is the row's first cell.
    in_row: bool = False
    # The cue is loose (X的“…”, 在X,“…”): it counts only after a name standing alone in its clause,
    # one with a name's shape (see Extractor._is_brand).
    alone: bool = False
    # …looser still (X:“…”): only after a proper name alone in its clause (see Extractor._is_proper_noun).
    named: bool = False
    # The cue is what people say (说过, 有句名言): it counts for an organisation's name
    # (…集团, …科技) or for one whose person in a title speaks (X的CEO), not for a person alone (德鲁克).
    spoken: bool = False


def _without_lead(name: str) -> str:
    lead = _SUBJECT_LEAD.match(name)
    return name[lead.end() :] if lead else name


def _announced_names(clause: str) -> Iterator[tuple[str, int, int, str]]:
    """Names a clause announces outright, in the order to try them: (name, start, end, how) —
    how is "quoted" (账号“山海说”, the last such; 一家叫“木棉小屋”的…; 待过的“康途健康”),
    "named" (一家叫禾木咖啡的…) or "" (华锐精密制造是一家…), for _is_subject."""
    quoted = next(reversed(list(_QUOTED_APPOSITION.finditer(clause))), None)
    if quoted:
        yield quoted.group("name"), quoted.start("name"), quoted.end("name"), "quoted"
    is_a = _IS_A.match(clause)
    if is_a:
        yield is_a.group("name"), is_a.start("name"), is_a.end("name"), ""
    called = _CALLED.search(clause)
    if called:
        group = "name" if called.group("name") else "quoted"
        yield called.group(group), called.start(group), called.end(group), "named" if group == "name" else "quoted"
    last = _QUOTED_LAST.search(clause)
    if last:
        yield last.group("name"), last.start("name"), last.end("name"), "quoted"
    latin = _LATIN_LAST.search(clause)
    if latin:
        yield latin.group("name"), latin.start("name"), latin.end("name"), "quoted"
    mention = next(reversed(list(_MENTION.finditer(clause))), None)
    if mention:
        yield mention.group("name"), mention.start("name"), mention.end("name"), "quoted"
    quoted_subject = next(reversed(list(_QUOTED_SUBJECT.finditer(clause))), None)
    if quoted_subject:
        yield quoted_subject.group("name"), quoted_subject.start("name"), quoted_subject.end("name"), "quoted"


def load_example_cues(path: Path = EXAMPLE_CUES) -> list[ExampleCue]:
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    cues = []
    for row in csv.DictReader(rows, delimiter="\t"):
        when = _cue_when(row.get("when") or "", path)
        cues.append(
            ExampleCue(
                # A space may stand between a cue and a quote in mixed text (奉行 "Reply within 24 hours" 的承诺).
                before=patterns.compile(f"(?:{row['before']})\\s*$" if row["before"] else "$"),
                after=patterns.compile(f"\\s*(?:{row['after'].removeprefix('^')})"),  # match() anchors it anyway
                value_type=row["type"],
                relation=row["relation"],
                label=row["label"],
                marked=when == "marked",
                refers_back=when == "back",
                in_row=when == "row",
                alone=when in ("alone", "name"),
                named=when == "name",
                spoken=when == "spoken",
            )
        )
    return cues


def _cue_when(when: str, path: Path) -> str:
    if when not in ("", "marked", "back", "row", "alone", "name", "spoken"):
        raise ValueError(
            f"{path}: unknown 'when' value {when!r} (expected 'marked', 'back', 'row', 'alone', 'name', 'spoken' or nothing)"
        )
    return when


class Extractor:
    def __init__(
        self, segmenter: Segmenter, cues: list[ExampleCue] | None = None, role_words: re.Pattern[str] | None = None
    ) -> None:
        self.segmenter = segmenter
        self.role_words = role_words or load_role_words()
        person_words = read_word_list(PERSON_WORDS)
        self.person_words = tuple(w for w in person_words if not w.startswith("-"))
        self.discipline_words = tuple(w[1:] for w in person_words if w.startswith("-"))
        # Whether a label may be a concept in any article, by label: labels recur across articles.
        self._may_be_concept: dict[str, bool] = {}
        # Duty titles and example subjects recur across articles: each is segmented once.
        self._phrase_tokens = functools.lru_cache(maxsize=PHRASE_CACHE_SIZE)(lambda phrase: segmenter.tokens(phrase, 0))
        self.cues = cues if cues is not None else load_example_cues()

    def __call__(self, doc: Doc) -> Doc:
        headings = _heading_sentences(doc)
        duty_of = _duty_of_sentences(doc, headings)
        doc.examples = self.find_examples(doc, duty_of)
        mentions, written, scores = self.find_candidates(doc, headings)
        # Everyday words that are not plain nouns (合理, tagged vn) ground a duty only as a last resort.
        last_resort = {
            lb
            for lb, score in scores.items()
            if not score and _is_common_word(lb) and self._phrase_tokens(lb)[0].tag not in ("n", "nz")
        }
        chosen = choose_concepts(doc, duty_of, mentions, scores, last_resort)
        doc.concepts = make_concepts(doc, duty_of, chosen, mentions, written, scores)
        doc.links = find_links(doc, chosen, mentions, written)
        return doc

    # -- examples -------------------------------------------------------------------------
    def find_examples(self, doc: Doc, duty_of: list[int]) -> list[Example]:
        examples: dict[tuple[str, str], Example] = {}  # one subject may give several (恒升电梯: two principles)
        topics = functools.cache(lambda: _frequent_words(doc))  # counted only if a subject needs them
        role_names = _role_names(doc)
        previous: Sentence | None = None
        # A headline about the role quotes figures of speech (乡村振兴专干:扎根田野的“多面手”), not
        # worked examples (a company's banner above a posting may hold its motto).
        about_role = doc.role is not None and doc.role.label in doc.title
        title_start = doc.text.find(doc.title_evidence) if doc.title_evidence and about_role else -1
        title = range(title_start, title_start + len(doc.title_evidence)) if title_start >= 0 else range(0)
        for number, (sentence, duty) in enumerate(zip(doc.sentences, duty_of, strict=True)):
            if sentence.span.start in title:
                continue
            text = doc.norm[sentence.span.start : sentence.span.end]
            respectively = self._respectively(doc, sentence, text)
            following = doc.sentences[number + 1] if number + 1 < len(doc.sentences) else None
            listed: tuple[Example, int] | None = None  # the last example and where its quote ends
            for match in _quotes(text):
                if _QUOTED_SUBJECT.match(text, match.start()) and self._where_a_name_stands(text, match.start()):
                    listed = None
                    continue  # a name set in quotes where a name stands (安吉的“竹里人家”在…), no value
                subject = respectively.get(match.start()) or self._attributed(doc, text, match, following)
                if subject:
                    example = self._example(doc, sentence, match, subject, "principle", "characterized_by", "主张", duty)
                else:
                    example = self._example_at(doc, sentence, text, match, duty, topics, previous)
                if example is None and listed and text[listed[1] : match.start()].strip() in _QUOTE_JOINS:
                    # 山姆把会员分成“个人会员”“卓越会员”两级: a quote listed after an example's is the same one's
                    last = listed[0]
                    example = self._example(doc, sentence, match, last.subject, last.value_type, last.relation, last.relation_label, duty)
                listed = (example, match.end()) if example else None
                if example and example.subject in _FORMER_LATTER:
                    example = self._former_or_latter(doc, sentence, text[: match.start()], example)
                if example and any(
                    _normal_label(example.subject).removeprefix(name) in _ROLE_ITSELF
                    or (
                        len(example.subject) >= 2
                        and name.startswith(_normal_label(example.subject))
                        and not any(w.tag in _NAME_WORD_TAGS for w in self._phrase_tokens(_normal_label(example.subject)))
                    )
                    for name in role_names
                ):
                    continue  # 保安工作 / 病媒生物|防制员的工作: the role itself, no example (保安服务有限公司 is one)
                if example and _normal_label(example.value) in role_names:
                    continue  # 这个岗位也被称作「运维负责人」: another name of the role, no example
                for one in self._each_subject(example) if example else ():
                    examples.setdefault((one.subject, one.value), one)
            if "(" in text:
                for one in self._parenthesised(doc, sentence, text, duty):
                    examples.setdefault((one.subject, one.value), one)
            previous = sentence
        return list(examples.values())

    def _parenthesised(self, doc: Doc, sentence: Sentence, text: str, duty: int) -> list[Example]:
        """A list of brands, each with what it stands for in parentheses and no quotes:
        全季(东方美学)、桔子水晶(设计感)、丽枫(薰衣草香氛).  Two at least, joined by 、/和, each name
        with a brand's shape; a single one is as often a gloss (ADR(平均房价))."""
        items = list(_PARENTHESISED.finditer(text))
        runs: list[list[re.Match[str]]] = []
        for item in items:
            if runs and text[runs[-1][-1].end() : item.start("name")].strip() in _LIST_JOINS:
                runs[-1].append(item)
            else:
                runs.append([item])
        examples = []
        for run in (r for r in runs if len(r) >= MIN_PAIRS):
            for item in run:
                name = item.group("name")
                # the name is the longest brand-shaped end of the words before the parentheses
                # (not a Latin abbreviation: TMS(运输管理系统) is a gloss)
                starts = [w.start for w in self._phrase_tokens(name)]
                cut = next((k for k in starts if len(name) - k >= 2 and self._is_brand(name[k:]) and not name[k:].isascii()), None)
                if text[item.start() - 1 : item.start()] in _LIST_JOINS and self._may_be_listed_name(name) and not name.isascii():
                    cut = 0  # a listed name jieba does not know (、扶他林(外用止痛)): all of it
                if cut is None:
                    continue
                at = sentence.span.start + item.start("name") + cut
                subject = doc.text[at : item.end("name") + sentence.span.start]
                examples.append(self._example(doc, sentence, item, subject, "positioning", "positioned_as", "定位", duty))
        return examples

    def _former_or_latter(self, doc: Doc, sentence: Sentence, before: str, example: Example) -> Example | None:
        """前者/后者: the first or second of two names a clause before joins (龙湖和绿城都以产品力见长,
        前者以“…”著称,后者…), or no example."""
        for clause in _CLAUSE_PIECE.finditer(before):
            joined = _TWO_OPENING.match(clause.group())
            if joined and all(self._is_subject(joined.group(part)) for part in ("first", "second")):
                part = "first" if example.subject == "前者" else "second"
                at = sentence.span.start + clause.start() + joined.start(part)
                return dataclasses.replace(example, subject=doc.text[at : at + len(joined.group(part))])
        return None

    def _attributed(self, doc: Doc, text: str, match: re.Match[str], following: Sentence | None) -> str:
        """A pull quote alone on its line with its source on the next (「…」 / ——阿里巴巴价值观): the organisation."""
        if following is None or text[: match.start()].strip() or text[match.end() :].strip(" 。!"):
            return ""
        source = _SOURCE_LINE.match(doc.norm, following.span.start, following.span.end)
        if not source:
            return ""
        start = source.start("name")
        line = doc.norm[start : following.span.end].rstrip("。 ")
        kind = _SOURCE_KIND.search(line)  # ——阿里巴巴价值观 / ——麦当劳QSC&V标准: the organisation before what it is
        name = line[: kind.start()] if kind and kind.start() >= 2 else line
        opening = self._opening_name(doc, line, start)
        if opening:
            return opening
        return doc.text[start : start + len(name)] if self._is_subject(name) else ""

    def _respectively(self, doc: Doc, sentence: Sentence, text: str) -> dict[int, str]:
        """青松电器和北辰电器分别提出了“…”和“…”: each name's quote, by where the quote starts."""
        pair = _RESPECTIVELY.search(text)
        if not pair:
            return {}
        # Names, as 分别 says (奔驰, tagged a verb, too), without a lead word (而奔驰和奥迪…).
        names = {"a": _without_lead(pair.group("a")), "b": pair.group("b")}
        if not all(self._is_brand(name) or self._is_subject(name) for name in names.values()):
            return {}
        written = {
            part: doc.text[sentence.span.start + pair.end(part) - len(name) : sentence.span.start + pair.end(part)]
            for part, name in names.items()
        }
        return {pair.start("x") - 1: written["a"], pair.start("y") - 1: written["b"]}

    def _each_subject(self, example: Example) -> list[Example]:
        """The example of each name an example joins (奈飞和字节跳动都推行“…”), else the example."""
        joined = _JOINED_NAMES.fullmatch(example.subject)
        if not joined or not all(self._is_brand(joined.group(part)) for part in ("first", "second")):
            return [example]
        return [dataclasses.replace(example, subject=joined.group(part).strip()) for part in ("first", "second")]

    def _example_at(
        self,
        doc: Doc,
        sentence: Sentence,
        text: str,
        match: re.Match[str],
        duty: int,
        topics: Callable[[], set[str]],
        previous: Sentence | None = None,
    ) -> Example | None:
        """The example a quote in `text` (`sentence`, after `previous`) gives, if a cue frames it."""
        before, after = text[: match.start()], text[match.end() :]
        after = _GLOSS_AFTER.sub("", after, count=1)  # “Més que un club”(不仅仅是一家俱乐部)写在…: the gloss
        for cue in self.cues:
            cue_match = cue.before.search(before)
            if not cue_match or not cue.after.match(after):
                continue
            if (
                cue_match.end() - cue_match.start() == 1
                and cue_match.start() > 0
                and self.segmenter.cutter.has_word(before[cue_match.start() - 1 : cue_match.end()])
                and not _after_a_name(sentence, cue_match.start())
            ):
                continue  # a one-character cue that ends a word: 用 of 费用, 是 of 但是 (not 泡泡玛特|以: 特以 is a word too)
            if cue.marked and not _EXAMPLE_MARKER.search(before):
                continue
            if "name" in cue.before.groupindex and cue_match.group("name"):
                # The cue names the subject itself (媒体报道称X是“…”, 顾客评价X“…”).
                start = sentence.span.start + cue_match.start("name")
                subject = self._subject(doc, cue_match.group("name"), start, topics)
                if subject and cue.alone and not self._is_alone(cue_match.group("name"), subject):
                    continue
                if subject:
                    return self._example(doc, sentence, match, subject, cue.value_type, cue.relation, cue.label, duty)
                continue
            # An English gloss after a name (北极星软件(Polaris Software)把…) is blanked, keeping offsets.
            clause = _LATIN_GLOSS.sub(lambda gloss: " " * len(gloss.group()), before[: cue_match.start()])
            if clause.rstrip().endswith(":"):
                clause = clause.rstrip()[:-1]  # a list item: - 蜜雪冰城:主打“高质平价”
            # A mark inside an earlier quote ends no clause; a quote in parentheses does
            # (理想汽车(「…,…」)与特斯拉(「…」)).
            clause_start = _CLAUSE_START.match(_QUOTE_IN_PARENS.sub(_as_clause_end, _BOOK_TITLE.sub(blanked_quote, _QUOTED.sub(blanked_quote, clause))))
            offset = clause_start.end() if clause_start else 0
            # Someone's words quoting a saying (她说:“中心医院的院训是‘…’,…”): the speech, its
            # opening mark still open, is a sentence of its own.
            speech = clause.rfind("“")
            if speech >= 0 and clause.rfind("”") < speech:
                clause, offset = " " * (speech + 1) + clause[speech + 1 :], max(offset, speech + 1)  # (offsets kept)
            if cue.in_row:
                first_cell = _FIRST_CELL.match(text)
                name = first_cell.group("name") if first_cell else ""
                subject = name if name and self._is_subject(name) else ""
                if subject:
                    at = sentence.span.start + first_cell.start("name")
                    return self._example(doc, sentence, match, doc.text[at : at + len(name)], cue.value_type, cue.relation, cue.label, duty)
                continue
            subject = self._topic_subject(doc, sentence, clause, offset, cue.refers_back, previous)
            topical = bool(subject)  # the organisation the sentence is about, not the cue's speaker
            if not subject and cue.refers_back:
                continue  # not the speaker in the cue's clause
            subject = subject or self._clause_subject(doc, sentence, clause, offset, match, topics, previous)
            if not subject and offset and _COMPANY_ALONE.fullmatch(clause, offset):
                # A later clause that is the company alone (店经理跟她讲,公司讲究“…”): the one the sentence is about.
                subject = self._topic(doc, sentence.span.start, clause[:offset])
            if not subject and not cue.alone:
                # …or a place of the brand's, where its words hang (丰田工厂里|则常年|挂着“…”的标语)
                tail = self._subject_tail(clause, offset)
                place = clause[offset : tail.start() if tail else len(clause)]
                subject = self._owner_of_place(doc, sentence.span.start + offset, place)
            if cue.alone and not (subject and self._is_alone(clause[offset:], subject)):
                # A name the sentence pairs with its quote (奔驰——“最尊贵”,宝马——“…”), or a place of
                # the brand's (丰田生产线上的“安灯”: 生产线上, 车间里)
                subject = self._paired_name(doc, sentence, text, clause, offset) or self._owner_of_place(
                    doc, sentence.span.start + offset, clause[offset:]
                )
                if not subject:
                    continue
            if cue.named and not self._is_proper_noun(subject):
                continue
            if cue.spoken and subject and not topical and not (subject.endswith(_TOPIC_ENDS) or _SPEAKER_TITLE.search(clause)):
                continue  # 德鲁克说过“…”: a person's saying
            if subject and clause.partition(subject)[2].lstrip().startswith(self.person_words):
                continue  # 竹坞村村民李大爷说“…”: one of its people, who does not speak for it
            if subject:
                return self._example(doc, sentence, match, subject, cue.value_type, cue.relation, cue.label, duty)
            break  # …the owner may still follow the quote: 一句话:“…”,这是暖芽口腔门口的标语
        # The name after the quote: 「先进先出,一目了然」——这是禾田便利写在陈列手册第一页的口诀
        opens_clause = not before.strip() or before.rstrip()[-1] in ",;:。!?"
        named = (
            _NAMED_AFTER.match(after)
            or (_NAME_THEN_LINE.match(after) if opens_clause else None)
            or _SAID_BY_AFTER.match(after)
            or _PAREN_OWNER.match(after)
            or (_QUOTE_IS.match(after) or _OWNED_AFTER.match(after) or _FIRST_PUT_BY.match(after) if opens_clause else None)
            or (_CALLS_TO_MIND.match(after) if _BRINGS_UP.search(before) else None)
            or _THIS_LINE_OF.match(after)
            or self._brand_in_parentheses(text[match.end() :], match.group(match.lastindex))  # (before the gloss goes)
        )
        saying = _SAYING_OF.match(after) if opens_clause and not named else None
        if saying:
            # “…”,是星河科技从创立之初就挂在嘴边的一句话: the organisation opening the clause after 是.
            start = sentence.span.start + match.end() + saying.start("clause")
            clause = saying.group("clause")
            # …or any noun phrase before its predicate there (小米|从创立之初): the frame says it is the owner.
            predicate = next((w.start for w in self._phrase_tokens(clause) if w.tag.startswith(_PREDICATE_TAGS)), 0)
            subject = self._opening_name(doc, clause, start) or (
                self._subject(doc, clause[:predicate], start, topics) if predicate >= 2 else ""
            )
            if subject:
                return self._example(doc, sentence, match, subject, "principle", "characterized_by", "主张", duty)
        if named:
            start = sentence.span.start + match.end() + named.start("name")
            name = _PLACE_IN_FRONT.sub("", named.group("name"))  # 暖芽口腔|门口的标语
            # (这句X的广告语: X a brand, not what the line is like: 这句直白的广告语)
            subject = self._subject(doc, name, start, topics) if named.re is not _THIS_LINE_OF or self._is_brand(name) else ""
            kind_word = named.groupdict().get("kind")
            if subject:
                kind = (
                    ("slogan", "has_slogan", "口号")
                    if kind_word in _SLOGAN_WORDS
                    else ("positioning", "positioned_as", "定位")
                    if kind_word == "定位" or named.re is _CALLS_TO_MIND
                    else ("principle", "characterized_by", "主张")
                )
                return self._example(doc, sentence, match, subject, *kind, duty)
        return None

    def _brand_in_parentheses(self, after: str, quote: str) -> re.Match[str] | None:
        """A brand named in parentheses right after its line: “怕上火喝王老吉”(王老吉) — a name the
        line holds, or one with a brand's shape (not a gloss in English or a place)."""
        paren = _PAREN_NAME.match(after)
        name = paren.group("name") if paren else ""
        if name and (name in quote or self._is_brand(name)) and not self._is_place(name):
            return paren
        return None

    def _topic_subject(
        self, doc: Doc, sentence: Sentence, clause: str, offset: int, refers_back: bool, previous: Sentence | None
    ) -> str:
        """The organisation an example is said of when its clause (`clause[offset:]`, before the
        cue) does not name it: one named before that the clause names again (该药房被员工称为「…」),
        or the one the sentence is about — when others speak of it (大家都叫它“…”: `refers_back`,
        also from the sentence before) or the clause leaves it out (X依托…,准点率…,被…誉为“…”)."""
        this_one = _THIS_ONE.match(clause, offset)
        if this_one:
            return self._named_again(doc, sentence, clause, offset, this_one, previous)
        own = clause[offset:]
        # …or names a part of it (院里的口号就是“…”, 公司内部推行…), as a clause after its first may.
        part_of_it = _PART_OF_IT.fullmatch(own) and (offset or _BACK_POINTER.match(own)) and not self._ends_in_name(own)
        # …or a person in a job says it (由店长带头喊出“…”): the organisation the sentence is about.
        staff = _BY_STAFF.match(own)
        by_staff = staff is not None and self.role_words.match(own, staff.end()) is not None
        # …or the sentence opens by pointing back (他们在…, 公司始终坚持“…”).
        pointer = (
            (not offset and _BACK_POINTER.match(own) is not None)
            or (offset > 0 and _THERE.match(own) is not None)
            # (or a later clause opens with 他们 after a colon: …印象特别深:他们的员工每天…念一句“…”)
            or (clause[:offset].rstrip().endswith(":") and _PRONOUN_OPENING.match(own) is not None)
            or _POINTS_BACK.search(own) is not None
        )
        # …or the clause goes on with an adverb and its verb (…之后,又推出了以“…”为核心的…): no subject of its own.
        words = self._phrase_tokens(own.strip()) if offset and own.strip() else []
        predicate_first = len(words) >= 2 and words[0].tag == "d" and words[1].tag == "v" and not any(w.tag in NOUN_TAGS for w in words)
        # …or people of it are said to (在迪士尼,前线员工一律被称为「…」).
        tail = self._subject_tail(own)
        core = (own[: tail.start()] if tail else own).strip()
        people = bool(core) and (core.endswith(self.person_words) or ends_with_role_word(core, self.role_words))
        this_thing = _THIS_THING.fullmatch(own) is not None
        if not (
            refers_back or part_of_it or by_staff or pointer or predicate_first or people or this_thing
            or (offset and _CONNECTIVE_ONLY.fullmatch(own))
        ):
            return ""
        # A colon opens a run of its own (…泾渭分明:海尔强调服务,主张“…”): its topic first, then the sentence's.
        colon = clause.rfind(":", 0, offset) + 1
        subject = (colon and self._topic(doc, sentence.span.start + colon, clause[colon:])) or self._topic(doc, sentence.span.start, clause)
        announced = previous is not None and _ANNOUNCED_LAST.search(doc.norm, previous.span.start, previous.span.end)
        if not subject and previous and (refers_back or _BACK_POINTER.match(clause) or announced):
            # 他们/那里… opens the sentence: the one the sentence before is about, or names last.
            previous_text = doc.norm[previous.span.start : previous.span.end]
            subject = (
                self._topic(doc, previous.span.start, previous_text)
                or self._before_predicate(doc, previous_text, previous.span.start)
                or self._last_name(doc, previous)
            )
        return subject

    def _case_named(self, doc: Doc, start: int, text: str) -> str:
        """The last name `text` (from `start`) holds up as a case: 以X为例, 拿X举例, 要数X, X常被拿来做例子."""
        cases = [m for m in _CASE_IN.finditer(text) if self._is_subject(m.group(m.lastgroup))]
        if not cases:
            return ""
        at = start + cases[-1].start(cases[-1].lastgroup)
        return doc.text[at : at + len(cases[-1].group(cases[-1].lastgroup))]

    def _named_again(
        self, doc: Doc, sentence: Sentence, clause: str, offset: int, this_one: re.Match[str], previous: Sentence | None
    ) -> str:
        """The organisation a clause opening with 这家…/该… (`this_one`, at `offset`) names again."""
        named_again = self._referent(doc, sentence.span.start, clause[:offset], clause[this_one.end() :])
        # …or the one an earlier clause holds up as the case (常拿全聚德举例:这家百年老字号把“…”)
        named_again = named_again or self._case_named(doc, sentence.span.start, clause[:offset].rstrip(",: "))
        if named_again or offset or not previous:
            return named_again
        # 城南有一家叫青柠生活馆的杂货铺。这家店被街坊们称为“…”: the sentence before names it,
        # or holds it up as a case (杭州宋城是…的代表。这家企业…).
        previous_text = doc.norm[previous.span.start : previous.span.end]
        case = _A_CASE.fullmatch(previous_text)
        if case and self._is_subject(case.group("name")):
            at = previous.span.start + case.start("name")
            return doc.text[at : at + len(case.group("name"))]
        return self._topic(doc, previous.span.start, previous_text)

    def _points_back(self, clause: str) -> bool:
        """Whether the clause opens with a pronoun or a place for the one named before (它, 厂里)."""
        return (
            _PRONOUN_SUBJECT.match(clause) is not None
            and not self._ends_in_name(clause)
            and not self._is_proper_name(clause.strip())  # 万科: a name, not a section (财务科)
        )

    def _ends_in_name(self, clause: str) -> bool:
        """Whether the clause's last word is a name jieba knows as a person's (例如阿里: not 厂里, a place)."""
        words = self._phrase_tokens(clause.strip())
        return bool(words) and words[-1].tag in _PERSON_NAME_TAGS and words[-1].end - words[-1].start >= 2

    def _before_predicate(self, doc: Doc, clause: str, start: int, copula: bool = False) -> str:
        """The name a clause (from `start`) opens with, up to its predicate (`copula`: 是 only), when it
        is a brand's or holds a proper name (丽水山耕|是…的标杆, 上海迪士尼度假区|主打…): who the clause is about."""
        lead = _SUBJECT_LEAD.match(clause)
        begin = lead.end() if lead else 0
        words = self._phrase_tokens(clause[begin:])
        predicate = next((w for w in words if w.tag.startswith(_PREDICATE_TAGS)), None)
        if predicate is None or (copula and clause[begin + predicate.start : begin + predicate.end] != "是"):
            return ""
        name = clause[begin : begin + predicate.start].strip()
        if len(name) < 2 or not (
            self._is_brand(name) or (self._is_subject(name) and any(w.tag in _PROPER_NAME_TAGS for w in self._phrase_tokens(name)))
        ):
            return ""
        at = start + clause.find(name, begin)
        return doc.text[at : at + len(name)]

    def _list_label(self, clause: str, colon: int) -> re.Match[str] | None:
        """The brand a bulleted item opens with, before its colon at `colon` (■ 国家电网:…), if it is all
        the label says (not 小贴士:…, no item)."""
        bullet = _BULLET.match(clause, 0, colon)
        label = _LABEL.fullmatch(clause, bullet.end(), colon) if bullet else None
        return label if label and self._is_brand(label.group("name")) else None

    def _last_name(self, doc: Doc, sentence: Sentence) -> str:
        """The name a sentence ends on (说到留人,不得不提隔壁的好运来配送。)."""
        text = doc.norm[sentence.span.start : sentence.span.end].rstrip("。!?;… ")
        clause_start = _CLAUSE_START.match(text)
        begin = clause_start.end() if clause_start else 0
        name = self._subject(doc, text[begin:], sentence.span.start + begin)
        words = self._phrase_tokens(_normal_label(name)) if name else []
        return name if words and words[0].tag not in ("v", "vn") else ""  # not a heading's 研究竞争品牌

    def _clause_subject(
        self,
        doc: Doc,
        sentence: Sentence,
        clause: str,
        offset: int,
        match: re.Match[str],
        topics: Callable[[], set[str]],
        previous: Sentence | None,
    ) -> str:
        """The subject of the cue's clause (`clause[offset:]`), or of the clause it refers back to."""
        previous_text = doc.norm[previous.span.start : previous.span.end] if previous else ""
        at_wall = offset and _ITS_WALL.fullmatch(clause[offset:]) and _WHILE_AT.search(clause, 0, offset - 1)
        # A list item's label before the cue's clause (■ 国家电网:电网侧的服务口号“…”, ■ 隆基绿能:其使命…).
        label = self._list_label(clause, offset - 1) if offset and clause[offset - 1] == ":" else None
        pointed_back = False
        while not at_wall and offset and (self._points_back(clause[offset:]) or _CONNECTIVE_ONLY.fullmatch(clause[offset:])):
            # 以海底捞为例,它的服务理念是“…”: the pronoun stands for the clause before it (and
            # that one may refer back again: 以X为例,该公司推行“三不原则”,即“…”).
            pointed_back = True
            clause = clause[: offset - 1]
            clause_start = _CLAUSE_START.match(clause)
            offset = clause_start.end() if clause_start else 0
        speaking = offset and (_SPEAKER.match(clause[offset:]) or _ITS_WALL.fullmatch(clause[offset:]))
        while_at = _WHILE_AT.search(clause, 0, offset - 1) if speaking else None
        if while_at:
            # 我在丽思卡尔顿实习的时候,带教老师总说“…”: the place the speaker belongs to.
            start = sentence.span.start + while_at.start("name")
            name = while_at.group("name")
            # …a one-word name however jieba tags it (联想, a verb): the frame says it is a workplace.
            words = self._phrase_tokens(_normal_label(name))
            one_word = len(words) == 1 and not words[0].tag.startswith(_NOT_NAME_TAGS)
            subject = self._subject(doc, name, start, topics) or (doc.text[start : start + len(name)] if one_word else "")
        elif (spokes := _SPOKESPERSON.match(clause, offset)) and self._is_subject(_without_lead(spokes.group("org"))):
            # 百顺便利店的区域督导周师傅常挂在嘴边的一句话是“…”: the organisation the person speaks for
            # (听说|海驾的老板…: without a lead word).
            org_end = sentence.span.start + spokes.end("org")
            subject = doc.text[org_end - len(_without_lead(spokes.group("org"))) : org_end]
        elif _OWN_ORGANISATION.fullmatch(clause[offset:]) and (employer := employer_in_title(doc.title)):
            # 本集团秉承“…”: the organisation the page's title names.
            subject = employer
        elif (
            not offset
            and self._points_back(clause)
            and (
                announced := _ANNOUNCED.fullmatch(previous_text)
                or _A_CASE.fullmatch(previous_text)
                or _IS_A.match(previous_text)
                or _CALLED_NAME.search(previous_text)
            )
        ):
            # 拿蕉内来说。它把自己定义为“…” / 美澜临床(…)是一家…。公司始终秉承“…”: the sentence before names it.
            name = announced.group("name")
            owned = name.rpartition("的")[2]  # 比如我们服务过的星澜生物。它的定位是…
            subject = name if self._is_subject(name) else owned if owned != name and self._is_subject(owned) else ""
        else:
            start = sentence.span.start + offset
            # (a clause saying where the writer worked: 我刚入行时在丽思卡尔顿实习,它的座右铭“…”)
            subject = self._workplace(doc, clause[offset:], start)
            if pointed_back:  # …or who the clause it points to is about (丽水山耕是…的标杆,它提出的“…”)
                subject = subject or self._before_predicate(doc, clause[offset:], start, copula=True)
            subject = subject or self._subject(doc, clause[offset:], start, topics)
            if pointed_back:  # …or holds up as the case (业内常拿招商银行举例,其服务理念是“…”)
                subject = subject or self._case_named(doc, start, clause[offset:])
            if not subject and _EVERY_ONE.search(clause, offset):
                # 青松集团每一位新人入职都要参加的“…”: the organisation before 每 (every one of its people).
                subject = self._opening_name(doc, clause[offset:], start)
        if label and (pointed_back or not subject):
            at = sentence.span.start + label.start("name")  # the whole label (its last word may look like a tail: 隆基绿|能)
            subject = doc.text[at : at + len(label.group("name"))]
        # …in a sentence that opens by naming one again by a kind of organisation (该景区通过…把东栅、
        # 西栅做成了度假目的地,其宣传口号“…”: not 度假目的地, which is no name)
        this_one = _THIS_ONE.match(clause) if pointed_back and not (
            subject and (self._is_brand(subject) or self._is_named_organisation(subject))
        ) else None
        words = self._phrase_tokens(clause[this_one.end() :]) if this_one else []
        if words and clause[this_one.end() : this_one.end() + words[0].end] in _TOPIC_ENDS:
            subject = self._named_again(doc, sentence, clause, 0, this_one, previous) or subject
        after = doc.norm[sentence.span.start + match.end() : sentence.span.end]
        bare = not clause[offset:].strip() or _CONNECTIVE_ONLY.fullmatch(clause[offset:]) or _CASE_OPENER.fullmatch(clause[offset:])
        if not subject and bare and (owner := _AFTER_DE.match(after)):
            # 以“…”著称的西岭考古遗址公园: the organisation follows.
            start = sentence.span.start + match.end() + owner.start("name")
            # …and may go on with what it does (以‘…’闻名的湘雅教会我): the name it opens with.
            subject = self._subject(doc, owner.group("name"), start, topics) or self._opening_name(doc, owner.group("name"), start)
        return subject

    def _example(
        self, doc: Doc, sentence: Sentence, match: re.Match[str], subject: str, value_type: str, relation: str, label: str, duty: int
    ) -> Example:
        value_start = sentence.span.start + match.start(match.lastindex)
        return Example(
            subject=self._without_place(self._without_descriptor(subject)),
            value=doc.text[value_start : value_start + len(match.group(match.lastindex))].strip(),
            value_type=value_type,
            relation=relation,
            relation_label=label,
            duty_index=duty,
            evidence=doc.quote(sentence.span),
        )

    def _without_descriptor(self, subject: str) -> str:
        """国产品牌五菱 -> 五菱, 化工企业巴斯夫 -> 巴斯夫: what describes a brand (ending in 品牌, 企业, 老字号) before its name."""
        words = self._phrase_tokens(_normal_label(subject))
        for word in words[:-1]:
            rest = subject[word.end :]
            head = subject[: word.end]
            # (an apposition's generic noun, not a name of its own: 化工企业|巴斯夫, not 华丰集团|职工书屋)
            generic = head.endswith(_DESCRIPTOR_ENDS) or (head.endswith(_APPOSITION_ENDS) and not self._is_proper_noun(head))
            if generic and self._is_brand(rest):
                return rest
        return subject

    def _without_place(self, subject: str) -> str:
        """日本京瓷 -> 京瓷, 日本7-Eleven -> 7-Eleven: a place before a brand's one-word name is no
        part of it, unlike 美国铝业, 北京银行 or 日本航空, whose rest is an everyday word, 上海音乐厅
        (an institution's word), 宁波北仑分仓 (a name of several words) or a registered name
        (江苏恒远精工有限公司), which hold their place."""
        words = self._phrase_tokens(_normal_label(subject))
        if (
            len(words) == 3
            and words[0].tag == "ns"
            and (words[1].tag in _BRAND_WORD_TAGS or words[1].tag == "un")
            and (
                subject[words[2].start :] in ("公司", "集团")
                or (subject[: words[1].start] in _COUNTRIES and words[1].tag in ("un", "nz", "eng"))  # (宝石 is nr)
            )
        ):
            # 美国奈飞公司 -> 奈飞公司, 美国梅奥诊所 -> 梅奥诊所: a name jieba does not know, then 公司, or
            # after a country (not 北京协和医院, whose city is part of its name)
            return subject[words[1].start :]
        if (
            len(words) != 2
            or subject.endswith((*_ORG_ENDS, *_ADMINISTRATIVE_ENDS))  # 南京市玄武区: a district of the city
            or words[0].tag != "ns"
            or words[1].tag not in _BRAND_WORD_TAGS
        ):
            return subject
        return subject[words[1].start :]

    def _subject(self, doc: Doc, clause: str, start: int, topics: Callable[[], set[str]] = frozenset) -> str:
        """The noun phrase that ends a clause: 而沃尔沃汽车则 -> 沃尔沃汽车, 老牌的北岭电器一直 -> 北岭电器,
        北岭汽车的采购 -> 北岭汽车 (the possessor, when what it owns is a common word or one of the
        article's frequent words, `topics()`: 完美日记的私域社群 in an article about 社群), 青木饮料对经销商 ->
        青木饮料, 零售企业青松超市 -> 青松超市, 一家叫禾木咖啡的连锁品牌 -> 禾木咖啡."""
        def written(begin: int, end: int) -> str:
            return doc.text[start + begin : start + end].strip()

        # Where someone is (王秀兰所在的梧桐里社区): the place, not the person.
        where = clause.rfind("所在的")
        if where >= 0 and len(clause.rstrip()) - where - 3 >= 2:
            return self._subject(doc, clause[where + 3 :], start + where + 3, topics)
        # A person who speaks for an organisation (Amazon 的 CTO Werner Vogels, 海尔张瑞敏): the organisation.
        tail = self._subject_tail(clause)
        body = clause[: tail.start()] if tail else clause  # 北辰铝业前CEO王克|上任第一天就
        person = _TITLED_PERSON.search(body)
        if person and person.start() >= 2:
            # …but a person alone when what the title is of names no organisation (护理学创始人南丁格尔).
            return self._subject(doc, body[: person.start()], start, topics)
        words = self._phrase_tokens(body.rstrip())
        last = body[words[-1].start : words[-1].end] if words else ""
        if len(words) >= 2 and words[-1].tag == "nr" and len(last) in (2, 3) and last[0] in SURNAMES:
            name = self._subject(doc, body[: words[-1].start], start, topics)
            if name and self._is_brand(name):
                return name

        for name, name_start, name_end, how in _announced_names(clause):
            if self._is_subject(name, named=bool(how), quoted=how == "quoted"):
                return written(name_start, name_end)
        # No lead ends inside a word (the 可 of 可口可乐, the 如 of 如家), but 以X为例 however jieba cuts it.
        begin = self._lead_end(clause, inside_words=_ANNOUNCED.fullmatch(clause) is not None)
        end = tail.start() if tail else len(clause)
        booked = _BOOKED_NAME.fullmatch(clause, begin, end)
        if booked and self._is_subject(booked.group("name")):
            return written(booked.start("name"), booked.end("name"))
        joined = _JOINED_NAMES.fullmatch(clause, begin, end)
        if joined and all(self._is_brand(joined.group(part)) for part in ("first", "second")):
            return written(begin, end)  # 奈飞和字节跳动都推行“…”: both (find_examples gives each its example)
        # What a copula names is the subject (国内的参考则是|青松集团 2015 年提出的“…”).
        copulas = list(_NAMING_COPULA.finditer(clause, begin, end))
        if copulas and end - copulas[-1].end() >= 2:
            begin = copulas[-1].end()
        # What 把/将 takes is the object, with its own 的 (北极星软件把这一阶段的原则概括为“…”).
        words, base = self._phrase_tokens(clause[begin:end]), begin
        objects = [w for w in words if w.start > 0 and clause[begin + w.start : begin + w.end] in ("把", "将")]
        if objects:
            end = begin + objects[-1].start
        # …and so does what a means takes (壹号运动馆凭借较高的续卡率和良好的会员口碑).
        means = [w for w in words if w.start > 0 and w.end <= end - begin and clause[begin + w.start : begin + w.end] in _MEANS]
        if means:
            end = begin + means[0].start
        if objects or means:
            tail = self._subject_tail(clause, begin, end)  # 东岳民俗博物馆正是|凭借…
            end = tail.start() if tail and tail.start() > begin else end
        # What a verb of emulating takes is the model (一直对标悦途M7酒店 / 提倡向招商银行看齐).
        emulated = list(_EMULATE.finditer(clause, begin, end))
        if emulated:
            begin = emulated[-1].end()
            lead = _SUBJECT_LEAD.match(clause, begin, end)  # 学习|推广|省级示范村东岳村
            begin = lead.end() if lead and lead.end() < end else begin
        # Candidate spans, narrowed (see _narrow): (begin, end, named, owned).
        # …at a 的 that is a word of its own (not the 的 of 美的).
        owner = max((base + w.start for w in words if clause[base + w.start : base + w.end] == "的" and begin <= base + w.start < end), default=-1)
        if owner < 0:
            spans = [(*self._narrow(clause, begin, end), False)]
        else:
            owned_begin, owned_end, named = owned_span = self._narrow(clause, owner + 1, end)
            if _TITLED_NAME.search(clause, owned_begin, owned_end):
                return ""  # 精益生产的奠基人大野耐一曾说: a person of renown, not the field
            spans = [(*owned_span, True), (*self._narrow(clause, begin, owner), False)]
            # 蜜雪冰城的抖音账号: a proper name owns the thing after 的, unless that is a name
            # an apposition announces (华东地区的服务商优仓云链).
            # …nor when the thing owned is an organisation (湖南的禾丰飞防合作社, 台北市的安家地政士事务所).
            # …nor when a place owns a brand (河南的胖东来).
            place_owns_brand = self._is_place(clause[begin:owner]) and self._is_brand(clause[owned_begin:owned_end])
            if not named and not place_owns_brand and not clause[owned_begin:owned_end].endswith((*_ORG_ENDS, *_INSTITUTION_ENDS)) and (
                self._is_proper_name(clause[begin:owner])
                or self._is_compound_name(clause[begin:owner])
                and any(
                    clause[owned_begin + w.start : owned_begin + w.end] in topics()
                    for w in self._phrase_tokens(clause[owned_begin:owned_end])
                )
            ):
                spans.reverse()
            elif (
                clause[owned_begin:owned_end].endswith(_METHOD_ENDS)
                or spans[1][2]
                or clause[owned_begin:owned_end].strip() in self.segmenter.domain_terms
            ):
                # 海尔推行的|OEC管理法讲究“…”: a method is its owner's, no name of its own, and so is a
                # field's practice (丰田汽车的|准时化生产(JIT)主张“…”) and what a name an apposition
                # announces owns (串流影音平台Netflix的|企業文化手冊).
                spans.reverse()
        for span_begin, span_end, named, owned in spans:
            if self._is_subject(clause[span_begin:span_end], owned, named):
                return written(span_begin, span_end)
            # The organisation a person speaks for: 力行健身创始人常说“…”
            title = _TRAILING_TITLE.search(clause, span_begin, span_end)
            if title and title.start() - span_begin >= 2 and self._is_subject(clause[span_begin : title.start()], owned):
                return written(span_begin, title.start())
            # A named company's department is a subject with it (东岳新能源集团档案室), where a
            # department alone (档案室) is none.
            unit = _DEPARTMENT_OF.search(clause, begin, span_end) or _NAMED_DEPARTMENT.search(clause, begin, span_end)
            owner = clause[begin : unit.start("unit")].strip() if unit else ""
            # …and so is a department of a name (海底捞人力资源部, 华信宽带客服部), unlike 财务部门.
            named_owner = unit is not None and unit.re is _NAMED_DEPARTMENT and (
                self._is_proper_name(owner) or _common_word_idf().get(owner, IDF_CUTOFF) >= SPECIFIC_IDF
            )
            if unit and (unit.re is _DEPARTMENT_OF or named_owner) and self._is_subject(owner, owned):
                return written(begin, span_end)
        return ""

    def _topic(self, doc: Doc, start: int, text: str) -> str:
        """The organisation a sentence (its `text` from `start`) is about: the first that one of
        its clauses opens with (2023年汛期,东湖客运公司调度中心在…), that a clause opening with
        这家…/该… names again, or where a clause says someone works (see _workplace)."""
        for piece in _CLAUSE_PIECE.finditer(text):
            if _FRAME.fullmatch(piece.group()):
                continue  # 在华峰集团的支持下: not what the sentence is about
            this_one = _THIS_ONE.match(piece.group())
            if this_one:
                name = self._referent(doc, start, text[: piece.start()], piece.group()[this_one.end() :])
                # …or a name of its own after it: 我们隔壁那家米粒儿童齿科
                name = name or self._opening_name(doc, piece.group()[this_one.end() :], start + piece.start() + this_one.end())
            else:
                name = self._opening_name(doc, piece.group(), start + piece.start()) or self._workplace(
                    doc, piece.group(), start + piece.start()
                )
            if name and _normal_label(piece.group()).partition(_normal_label(name))[2].startswith(_TRADE_WORDS):
                continue  # 在连锁零售行业,…: a trade, no organisation
            if name:
                return name
        return ""

    def _workplace(self, doc: Doc, clause: str, start: int) -> str:
        """Where the writer (or someone they speak of) works, worked or went, as a clause says:
        我2016年进阿里巴巴 / 一个在海底捞干了五年的小姑娘 / 我以前去上海一家丽思卡尔顿参加过一次交流,
        or whose people it opens with (西贝的服务员)."""
        workplace = _WORKPLACE.match(clause)
        if not workplace:
            # …or whose staff the clause opens with (西贝的服务员推荐菜的时候)
            staff = _STAFF_OF.match(clause)
            rest = clause[staff.end() :] if staff else ""
            if rest.startswith(self.person_words) or self.role_words.match(rest):
                workplace = staff
        name = workplace.group("name") if workplace else ""
        if name and self._is_brand(name) and not self._is_place(name):
            return doc.text[start + workplace.start("name") : start + workplace.end("name")]
        return ""

    def _opening_name(self, doc: Doc, clause: str, start: int) -> str:
        """The organisation a clause opens with: the words before its predicate that end in an
        organisation or unit word (南州公交集团第三分公司|依托…, 宝岚拍卖有限公司, 东港航标处|在…),
        after a place that owns it (杭州的|…)."""
        for name, name_start, name_end, how in _announced_names(clause):  # 精品咖啡品牌「鹿小野咖啡」
            if self._is_subject(name, named=bool(how), quoted=how == "quoted"):
                return doc.text[start + name_start : start + name_end]
        lead = _SUBJECT_LEAD.match(clause)
        begin = lead.end() if lead else 0
        if begin and begin not in {word.start for word in self._phrase_tokens(clause)} and not _ANNOUNCED.fullmatch(clause):
            begin = 0  # no lead word: the 就 of 就职于… (but 以鼎泰丰为例, however jieba cuts it: 以鼎泰|丰为例)
        announced = _ANNOUNCE_LEAD.match(clause)
        if announced:  # 不能不提南方周末: the name announced, however jieba tags it (周末, a time)
            rest = clause[announced.end() :].strip()
            words = self._phrase_tokens(rest) if 2 <= len(rest) <= MAX_SUBJECT_CHARS else []
            if words and not any(w.tag.startswith(("p", "c", "u", "r", "v", "x")) for w in words):
                return doc.text[start + announced.end() : start + announced.end() + len(rest)]
        copula = _NAMING_COPULA.search(clause)
        if copula and self._is_brand(clause[copula.end() :]):  # 最经典的案例是Dropbox: the name it gives
            return doc.text[start + copula.end() : start + len(clause.rstrip())]
        latin = _LATIN_OPENING.match(clause, begin)
        if latin and not _NOT_A_COMPANY.fullmatch(latin.group("name")):  # Northwind每年…, 3M有个外号…
            return doc.text[start + latin.start("name") : start + latin.end("name")]
        rest = clause[begin:].strip()
        tail = self._subject_tail(rest)  # 以北辰酒楼为例
        rest = rest[: tail.start()].strip() if tail and tail.start() else rest
        # (说到美容,…: what 说到 names is a topic, not who)
        if (begin or clause.lstrip().startswith("在")) and not _TOPIC_LEAD.match(clause.lstrip()) and rest and self._is_brand(rest):  # 在字节跳动, / 你看伊利,: a brand's name, no more
            at = start + begin + clause[begin:].find(rest)
            return doc.text[at : at + len(rest)]
        for _ in range(2):
            ends: list[int] = []  # where a span that may be the name ends
            verb = -1  # the word number of a verb inside the name (宝岚|拍卖|有限公司)
            first_odd = -1  # …and of the first (谷歌|内部|有个|著名: the name may end at a locative)
            far = False  # whether the run stopped for going on too long after a verb (通用电气|有|一套|专门|帮新)
            words = self._phrase_tokens(clause[begin:])
            stop = None  # the word the name's run stops at
            for number, word in enumerate(words):
                piece = clause[begin + word.start : begin + word.end]
                if (
                    len(piece) == 2
                    and piece[1] in _FUNCTION_CHARACTERS
                    and clause[begin : begin + word.start + 1].endswith(_TOPIC_ENDS)
                ):
                    ends.append(word.start + 1)  # jieba may join a unit's last character to what follows: 航标处|在
                    stop = word
                    break
                # A verb, adverb or adjective may stand inside a name that an organisation word closes
                # soon after (宝岚|拍卖|有限公司, 好|厝|边|代书|事务所 as jieba cuts them), not after one.
                odd = word.tag in _ODD_IN_NAME
                if (
                    (word.tag.startswith(_NOT_TOPIC_TAGS) and not odd)
                    or (word.tag in ("v", "vn") and not number)  # 研究竞争品牌: a verb and its object
                    or (odd and (ends or (verb >= 0 and word.tag == "v")))
                    or (far := verb >= 0 and number - verb > 2)
                ):
                    stop = word
                    break
                if odd and (number or word.tag != "a"):
                    verb = number
                    first_odd = number if first_odd < 0 else first_odd
                so_far = clause[begin : begin + word.end]
                # After a verb only an organisation word ends a name (宝岚拍卖|有限公司, 拍卖行 one
                # word), not a unit or a closing character (县里实行乡|村).
                if so_far.endswith(_TOPIC_ENDS) and (
                    verb < 0 or so_far.endswith((*_ORG_ENDS, *_INSTITUTION_ENDS)) or (number == verb and len(piece) >= 3)
                ):
                    ends.append(word.end)
            # An apposition's generic noun opens no name: 供应商|华瑞医疗科技有限公司.
            # An apposition's generic noun opens no name (供应商|华瑞医疗科技有限公司), nor what stands
            # before it (日本品牌|無印良品, 美國量販巨頭|好市多).
            heads = [
                n for n, w in enumerate(words[:3]) if n + 1 < len(words) and (
                    clause[begin + w.start : begin + w.end] in (_DESCRIPTOR_HEADS if n else _APPOSITION_HEADS)
                    or (not n and clause[begin + w.start : begin + w.end].endswith("单位"))
                )
            ]
            name_begin = begin + words[heads[-1] + 1].start if heads else begin
            for end in reversed(ends):
                name = clause[name_begin : begin + end]
                if len(name) <= MAX_SUBJECT_CHARS and (self._is_subject(name) or self._is_named_organisation(name)):
                    return doc.text[start + name_begin : start + begin + end]
            # …or a name of its own before a verb or preposition (我们总部|派克宠物|在…).
            every = stop is not None and clause.startswith("每", begin + stop.start)  # 通用电气|每年…
            locative = first_odd > 0 and words[first_odd].tag == "f"
            ran_out = stop is None and verb > 0  # 海尔|强调|服务: the name before the verb, with nothing after to stop at
            if (ran_out or (stop is not None and (stop.tag in ("p", "v", "c", "d", "t", "f", "m") or every or far or locative))) and verb != 0:  # 京东|之所以…, 小米|创立|初期
                cuts = [words[verb].start if verb > 0 or stop is None else stop.start]  # 悦齿口腔|创立|于…
                if locative and first_odd < verb:
                    cuts.append(words[first_odd].start)  # 谷歌|内部有个著名的…
                for cut in cuts:
                    name_end = begin + cut
                    tail = self._subject_tail(clause, name_begin, name_end)  # 澜庭物业|每季度|在…
                    name_end = tail.start() if tail and tail.start() > name_begin else name_end
                    name = clause[name_begin:name_end]
                    run = self._phrase_tokens(name) if len(name) >= 2 else []
                    named = any(w.tag in _NAME_WORD_TAGS for w in run) and all(w.tag in SUBJECT_TAGS for w in run)
                    # …or one rare word of three or more characters (百事可乐, tagged an idiom)
                    rare = len(run) == 1 and len(name) >= 3 and _common_word_idf().get(name, IDF_CUTOFF) >= SPECIFIC_IDF
                    if (named or rare) and len(name) <= MAX_SUBJECT_CHARS and self._is_subject(name) and (
                        rare or self._is_proper_name(name) or self._is_compound_name(name) or self._is_brand(name)
                    ):
                        return doc.text[start + name_begin : start + name_end]
            owner = clause.find("的", begin, begin + 7)  # a place owns it: 杭州的, 隔壁街的
            if ends or owner < 0:
                return ""
            owned_place = _PLACE_OF_IT.fullmatch(clause, owner + 1) and self._is_subject(clause[begin:owner])
            if owned_place or (_DEMONSTRATIVE.match(clause, owner + 1) and self._is_brand(clause[begin:owner])):
                # 海底捞的那封致歉信… / 在中国铁建的工地上,…: the brand's own thing, its own place
                return doc.text[start + begin : start + owner]
            begin = owner + 1
        return ""

    def _referent(self, doc: Doc, start: int, before: str, rest: str) -> str:
        """The name in `before` (from `start`) that 这家救助站/该药房 (`rest`: what follows 这家/该)
        names again: the last one ending in the same word."""
        for size in (4, 3, 2, 1):
            head = rest[:size]
            if len(head) < size or (size == 1 and head not in _NAME_SUFFIXES):
                continue
            end = before.rfind(head) + size
            if end < size:
                continue
            clause_start = _CLAUSE_START.match(before, 0, end)
            begin = clause_start.end() if clause_start else 0
            quoted = _QUOTED_NAME_AFTER.match(before, end)
            if quoted:  # 環保團體『綠匯行動』…,該團體: the name in quotes
                return doc.text[start + quoted.start(1) : start + quoted.end(1)]
            # The words before the head back to a verb, preposition or particle (须到|康宁堂城北中心药房),
            # without an apposition's generic noun (供应商|华瑞医疗科技有限公司).
            words = self._phrase_tokens(before[begin:end])
            for number in range(len(words) - 1, -1, -1):
                word = before[begin + words[number].start : begin + words[number].end]
                if words[number].tag.startswith(_REFERENT_STOP_TAGS) or (
                    len(word) == 2 and word[1] in "于在到从"
                ):  # 就|职于
                    words = words[number + 1 :]
                    break
            if len(words) > 1 and before[begin + words[0].start : begin + words[0].end] in _APPOSITION_HEADS:
                words = words[1:]
            begin += words[0].start if words else end - begin
            name = before[begin:end]
            # What 这家/该 refers to is a name: one we can tell, or a long one ending in an organisation word.
            long_name = len(name) >= size + 3 and name.endswith(_TOPIC_ENDS) and not name.endswith(self.person_words)
            if len(name) > size and (long_name or self._is_subject(name) or self._is_named_organisation(name)):
                return doc.text[start + begin : start + end]
        return ""

    def _subject_tail(self, clause: str, begin: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The words that end a subject in `clause[begin:end]` (海尔|一直, 澜庭物业|每季度), not from
        inside a name jieba knows: the 会 of 唯品会|曾用 (the tail then starts after the name)."""
        end = len(clause) if end is None else end
        tail = _SUBJECT_TAIL.search(clause, begin, end)
        if tail is not None:
            inside = next((w for w in self._phrase_tokens(clause) if w.start < tail.start() < w.end and w.tag in _PROPER_NAME_TAGS), None)
            if inside is not None:
                tail = _SUBJECT_TAIL.search(clause, inside.end, end)
        return tail

    def _paired_name(self, doc: Doc, sentence: Sentence, text: str, clause: str, offset: int) -> str:
        """The name alone in its clause when the sentence pairs names with quotes (奔驰——“最尊贵”,
        宝马——“…”): the pairing says each is a name, whatever the dictionary calls the word
        (奔驰, a verb).  In a sentence that lists three quotes or more (云南白药代表“…”,舒适达意味着
        “…”,…) so is any word the dictionary does not know as an everyday one (舒适|达)."""
        name = clause[self._lead_end(clause[offset:]) + offset :].strip()
        if not _TERM_SHAPE.match(name):
            return ""
        # (counted over the sentence's line: 海飞丝——“去屑”;飘柔——“柔顺”;潘婷——“营养”。)
        line = doc.norm[doc.norm.rfind("\n", 0, sentence.span.start) + 1 : _line_end(doc.norm, sentence.span.end)]
        pairs = [m.group("name") for m in _DASH_PAIR.finditer(line)]
        quotes = sum(1 for _ in _QUOTED.finditer(text))
        paired = name in pairs and (len(pairs) >= MIN_PAIRS or quotes >= MIN_LISTED_QUOTES)
        if not paired and not (quotes >= MIN_LISTED_QUOTES and self._may_be_listed_name(name)):
            return ""
        at = sentence.span.start + offset + clause[offset:].index(name)
        return doc.text[at : at + len(name)]

    def _may_be_listed_name(self, name: str) -> bool:
        """A short phrase that may be a brand in a list of brands: no everyday word, no people,
        not opened by a pronoun, adverb or preposition."""
        words = self._phrase_tokens(name)
        return (
            2 <= len(name) <= MAX_LISTED_NAME
            and "的" not in name
            and bool(words)
            and words[0].tag not in _NOT_SUBJECT_TAGS
            and _common_word_idf().get(name, IDF_CUTOFF) >= SPECIFIC_IDF
            and not ends_with_role_word(name, self.role_words)
            and not name.endswith(self.person_words)
        )

    def _where_a_name_stands(self, text: str, at: int) -> bool:
        """Whether a quote at `at` stands where a name does: opening its clause, after its
        apposition (平台“鲜达优选”) or after a place's 的 (安吉的“竹里人家”, 洱海边的“苍洱时光”)."""
        if _NAME_PLACE.search(text, 0, at):
            return True
        if not text.endswith("的", 0, at):
            return False
        words = self._phrase_tokens(text[max(0, at - 1 - MAX_PLACE_CHARS) : at - 1])
        # (jieba takes many a place name for a person's: 安吉, nr)
        return bool(words) and (words[-1].tag in ("ns", "nr") or text[at - 2] in _PLACE_ENDS)

    def _lead_end(self, clause: str, inside_words: bool = False) -> int:
        """Where a clause's name may start, after its lead words (那时候, 比如, 而), but never inside a
        dictionary word (unless `inside_words`): 那时候如家 leads with 那时候 only (如 is a lead, 如家 a
        name).  A word jieba does not know may hold a lead (那家瑞幸, 如蒂芙尼): that lead stands."""
        lead = _SUBJECT_LEAD.match(clause)
        end = lead.end() if lead else 0
        if not end or inside_words:
            return end  # (most clauses have no lead: nothing to segment)
        inside = next((w for w in self._phrase_tokens(clause) if w.start < end < w.end), None)
        return inside.start if inside and inside.tag != "un" else end

    def _is_alone(self, clause: str, subject: str) -> bool:
        """Whether `subject` is all its `clause` says, but for lead words (而麦当劳的“…”), and has a
        brand's shape (see _is_brand)."""
        rest = clause[self._lead_end(clause) :].strip()
        tail = self._subject_tail(rest)  # OPPO当年的“…”
        rest = rest[: tail.start()].strip() if tail and tail.start() else rest
        emulated = list(_EMULATE.finditer(rest))  # 有同事很推崇衡水中学的“…”: the model
        rest = rest[emulated[-1].end() :].strip() if emulated else rest
        held = rest.rfind("把")  # 才发现人家把 7-Eleven 的“…”这四条原则…: what 把 takes
        rest = rest[held + 1 :].strip() if held >= 0 and rest[held + 1 :].strip() == subject.strip() else rest
        quoted = len(rest) > 2 and rest[0] in "“‘" and rest[-1] in "”’"  # 「全聯」的「實在真便宜」
        return len(rest) - 2 * quoted == len(subject.strip()) and (quoted or self._is_brand(subject))

    def _owner_of_place(self, doc: Doc, start: int, clause: str) -> str:
        """The brand whose place a `clause` (from `start`) is alone, but for lead words: 丰田|生产线|上
        -> 丰田, with an everyday noun for the place and a locative closing it."""
        begin = self._lead_end(clause)
        rest = _THERE_IS_TAIL.sub("", clause[begin:].rstrip())  # (Netflix的工程文化里|有一句“…”)
        words = self._phrase_tokens(rest)
        if len(words) < 3 or rest[words[-1].start :] not in ("上", "里", "中", "内"):
            return ""
        # The place: one everyday noun (丰田|生产线|上), or everyday nouns after 的 (Netflix的|工程|文化|里).
        owned = rest.find("的", 0, words[-1].start)
        first = next((k for k, w in enumerate(words) if w.start > owned), len(words) - 2) if owned > 0 else len(words) - 2
        place_words = words[first:-1]
        owner = rest[: owned if owned > 0 else words[-2].start]
        if not place_words or any(
            w.tag not in NOUN_TAGS or _common_word_idf().get(rest[w.start : w.end], IDF_CUTOFF) >= SPECIFIC_IDF for w in place_words
        ):
            return ""
        return doc.text[start + begin : start + begin + len(owner)].strip() if self._is_brand(owner) else ""

    def _is_place(self, phrase: str) -> bool:
        """One word the dictionary tags as a place (河南, 杭州)."""
        words = self._phrase_tokens(phrase.strip())
        return len(words) == 1 and words[0].tag == "ns"

    def _is_brand(self, phrase: str) -> bool:
        """A name with a brand's or a company's shape: in Latin letters (Amazon, 7-Eleven), one
        word the dictionary tags as a name or a rare one (麦当劳, 谷歌), or several words, one of
        them rare (星河科技, 华信宽带) — not a place (日本) nor everyday words (基层, 互联网公司)."""
        phrase = phrase.strip()
        if _is_latin_brand(phrase):
            return True
        words = self._phrase_tokens(phrase)
        # (a proper name of three or more characters is a name however common: 迪士尼, 沃尔玛)
        long_name = len(phrase) >= 3 and self._is_proper_name(phrase)
        if not self._is_subject(phrase, owned=not long_name) or self._is_place(phrase):
            return False
        if not all(w.tag in SUBJECT_TAGS for w in words):
            return False  # a verb or a preposition: a clause (是一家咖啡店, 揭秘车辆段), no name
        if words[0].tag == "un" and phrase[0] in _GLUED_PREPOSITIONS | {"以"}:
            return False  # …glued to the next character by jieba (以本|公司|管理)
        if phrase in self.segmenter.domain_terms:
            return False  # a field's word (供应链), however rare in everyday text
        if phrase.startswith(_PEOPLE_PRONOUNS):
            return False  # 大家常说的“…”: people, no brand
        if len(words) == 1 and words[0].tag in ("nr", "un") and len(phrase) == 3 and phrase[0] in SURNAMES:
            return False  # a person (张明华)
        rare = len(words) == 1 and _common_word_idf().get(phrase, IDF_CUTOFF) >= SPECIFIC_IDF
        return rare or self._is_proper_name(phrase) or self._is_compound_name(phrase)

    def _is_named_organisation(self, phrase: str) -> bool:
        """An organisation or unit with a name of its own: 东港航标处, 华川大学附属第一医院药学部,
        康宁堂城北中心药房 (a place or a name before the last word), not 财务部 or 人力资源部."""
        words = self._phrase_tokens(phrase)
        return (
            phrase.endswith(_TOPIC_ENDS)
            and any(w.tag in _NAME_WORD_TAGS for w in words[:-1])
            and not ends_with_role_word(phrase, self.role_words)
            and not phrase.endswith(self.person_words)
        )

    def _is_proper_noun(self, phrase: str) -> bool:
        """A name beyond doubt: one the dictionary tags as a name (华为, 麦当劳), a capitalised Latin
        one (Costco) or an organisation's (星河科技有限公司) — not a rare word (顺口溜, 物料口诀)."""
        phrase = phrase.strip()
        return (
            self._is_proper_name(phrase) or _is_latin_brand(phrase) or self._is_named_organisation(phrase)
        )

    def _is_proper_name(self, phrase: str) -> bool:
        """One word the dictionary tags as a name (蜜雪冰城/nz, 华为/nr, 阿里巴巴/nrt)."""
        words = self._phrase_tokens(phrase.strip())
        return len(words) == 1 and words[0].tag in _PROPER_NAME_TAGS

    def _is_compound_name(self, phrase: str) -> bool:
        """Several words, none a verb or adjective on its own: 完美日记, not 老牌 or 稻盛和夫倡导;
        and no place (隔壁街道, 本市)."""
        words = self._phrase_tokens(phrase.strip())
        return (
            len(words) >= 2
            and not any(w.tag.startswith(("v", "a", "d")) and w.tag != "vn" for w in words[1:])
            and words[0].tag != "s"
            and not phrase.endswith(_PLACE_TAIL)
        )

    def _narrow(self, clause: str, begin: int, end: int) -> tuple[int, int, bool]:
        """begin:end without a prepositional phrase closing it (对经销商) and without the generic
        noun an apposition opens with (连锁零售企业|青松超市); and whether it had one, which makes
        what follows a name however jieba tags it (企业|万家福超市, 万家 a numeral)."""
        while begin < end and clause[begin].isspace():
            begin += 1
        while end > begin and clause[end - 1].isspace():
            end -= 1  # a blanked English gloss after the name
        words = self._phrase_tokens(clause[begin:end])
        done = next((w for w in reversed(words[:-1]) if w.tag in ("ul", "ug")), None)
        if done:  # no name holds 了 or 过: 有两个去了|麦田堂
            begin += done.end
            words = self._phrase_tokens(clause[begin:end])
        for word in reversed(words[1:]):
            text = clause[begin + word.start : begin + word.end]
            # …or a preposition jieba joined to the next character (栖云酒店|对夜|审)
            glued = word.tag == "un" and len(text) == 2 and text[0] in _GLUED_PREPOSITIONS
            if word.tag == "p" or glued or text in ("将", "把"):  # 病案室将借阅原则
                end = begin + word.start
                tail = self._subject_tail(clause, begin, end)  # 澜庭物业每季度|在…
                if tail and tail.start() > begin:
                    end = tail.start()
                words = [w for w in words if w.end <= end - begin]
                break
        # …and so does one that opens with a proper name and a verb (元气森林|进入饮料市场时).
        clause_like = bool(words) and (
            (words[-1].tag not in SUBJECT_TAGS and not clause[begin:end].endswith(_UNIT_ENDS))
            or (
                len(words) >= 3
                and words[0].tag in _PROPER_NAME_TAGS
                and words[1].tag == "v"
                and not clause[begin:end].endswith((*_ORG_ENDS, *_UNIT_ENDS))  # 杭州|安息堂生命服务中心 is one name
            )
        )
        for word in words[1:-1]:
            # 字节跳动|在校招宣传中反复: a clause that ends in no noun names what comes before its
            # first verb (but 嘉禾市第一人民医院急诊|护理|组 is one name), and so does a verb right
            # after an organisation's name (华瑞医疗科技有限公司|派工程师驻场调试).
            after_name = clause[begin : begin + word.start].endswith(_ORG_ENDS) and not clause[begin:end].endswith(_UNIT_ENDS)
            if word.tag == "v" and (clause_like or after_name):
                end = begin + word.start
                words = [w for w in words if w.end <= word.start]
                break
        else:
            # …and a verb closing it after a name the dictionary knows (海尔|推行的OEC管理法)
            if len(words) == 2 and words[-1].tag == "v" and words[0].tag in _PROPER_NAME_TAGS:
                end = begin + words[-1].start
                words = words[:-1]
        for number in range(len(words) - 2, -1, -1):
            word = words[number]
            head = clause[begin + word.start : begin + word.end]
            rest = clause[begin + word.end : end].strip()
            if (
                (head in _APPOSITION_HEADS or head.endswith(("商", "厂", "店", "单位")))
                # …but a name's own 集团 before a unit of it is none: 华丰集团|职工书屋
                and not (number and words[number - 1].tag in _OWN_NAME_TAGS)
                and len(rest) >= 2
                and rest not in _APPOSITION_HEADS | _NAME_HEADS  # 锦澜酒店|集团 and 长丰农商|银行 are one name
            ):
                return begin + word.end, end, True
        return begin, end, False

    def _is_subject(self, phrase: str, owned: bool = False, named: bool = False, quoted: bool = False) -> bool:
        """Whether `phrase` can name an example: a company, brand or method, not a person in a
        role (区域经理提出了“…”的理念) nor a generic noun (门店实行“…”制度).  An `owned` phrase
        (after 的) of common words only is what its owner does (北岭汽车的采购, 华为的行政服务): no name.
        A `named` phrase follows an apposition's generic noun: only its shape is checked; a `quoted`
        one may also end in a person or a unit word."""
        phrase = phrase.strip()
        if _LATIN_NAME.fullmatch(phrase):
            return True  # Ant Design, Google Cloud: a name in Latin letters of its own
        numbered = _NUMBERED_NAME.fullmatch(phrase)
        if numbered:
            # 58同城, 999感冒灵: a name opening with digits, unless what follows counts (3年, 5个, 10家门店, 361度)
            rest = numbered.group("rest")
            return self._phrase_tokens(rest)[0].tag not in _COUNTED_TAGS and not _COUNTED_WORD.match(rest)
        if not (2 <= len(phrase) <= MAX_SUBJECT_CHARS) or not _TERM_SHAPE.match(phrase) or phrase.startswith("每"):
            return False  # …nor what 每 (every) opens: 每一位新人
        if _QUANTIFIED.search(phrase):
            return False  # 国内不少机场, 很多企业: a group of organisations, no one name
        if phrase.startswith(("没有", "没能", "并没有")):
            return False  # 没有正面硬拼: what someone did not do, no name
        if _THERE_IS.match(phrase) or _KIND_OF_COMPANY.fullmatch(phrase) or _THAT_SAYING.match(phrase) or _DISCOURSE.match(phrase):
            return False  # 我们有个“老带新”的规矩, 上市公司CFO坦言“…”: something exists, a kind of company; no name
        if _TITLED_NAME.search(phrase):
            return False  # a person by a title of renown: 奠基人大野耐一, 管理学家德鲁克
        if len(phrase) >= 3 and phrase.endswith("学") and not phrase.endswith(_SCHOOLS) and self.segmenter.cutter.has_word(phrase):
            return False  # a field of study: 护理学(创始人南丁格尔) (but 复旦大学, 万华化学)
        if _FOREIGN_NAME.fullmatch(phrase) and not _SUBJECT_TAIL.search(phrase):
            return True  # 杰克·韦尔奇: a foreign name written in Chinese
        # Segment the phrase on its own: in the sentence jieba may join its end to the cue (物主|打).
        words = self._phrase_tokens(phrase)
        # People and parts of a company are no example (区域经理, 新员工, 财务部门, 老张): names
        # are; nor is a place (区域内).
        # A name in quotes may end in anything (品牌“小鹿妈妈”, 隔壁“禾悦体检中心”) but a job title.
        if ends_with_role_word(phrase, self.role_words) or (not quoted and phrase.endswith(self.person_words)):
            return False
        if _SENIOR_HAND.fullmatch(phrase) or phrase in _THE_TRADE:
            return False  # 老巡线工, 新店员: people in a job, though no job-title word we know; 业界: the trade
        if self.role_words.match(phrase) and not phrase.endswith((*_ORG_ENDS, *_INSTITUTION_ENDS)):
            return False  # 店长带头: a person in a job and what they do
        if not quoted and (
            phrase in self.segmenter.stopwords
            or (
                phrase.endswith(_DEPARTMENT)
                and not phrase.endswith(_NAME_HEAD_UNITS)  # 动能健身工作室 is no department (客服中心 is)
                and not _NAMED_CENTRE.search(phrase)
                and not _PLACE_UNIT.search(phrase)
                and not self._is_named_organisation(phrase)  # 明澈视光中心
            )
            or _NICKNAME.match(phrase)
        ):
            return False
        if len(phrase) >= 3 and words[-1].end - words[-1].start == 1 and phrase[-1] in LOCATIVE_SUFFIXES:
            return False
        if phrase.endswith(("时", "时候", "期间", "之际")):
            return False  # 行里培训时: a time, no name
        places = ("里", "门口", "入口", "墙上", "大厅", "走廊", "背后", "后面", "前面", "旁边", "对面")
        name_in_li = phrase[-1] == "里" and words[-1].tag in _PROPER_NAME_TAGS and (
            words[-1].end - words[-1].start >= 3 or words[-1].tag in _PERSON_NAME_TAGS
        )
        if phrase.endswith(places) and not name_in_li:
            return False  # 镇里, 行里, 机房门口: a place (not 马德里 or 阿里, names ending in 里)
        if phrase.endswith(_PART_OF_A_TEXT):  # 核心内容可以概括为“…”: what the text says, no name
            return False
        if phrase.endswith(("岗位", "职位", "职业", "工种")):  # 这个岗位也被称作「…」: the role, no name
            return False
        if named:  # what follows an apposition's head: a name unless an everyday word (加盟店|统一)
            common = len(words) == 1 and _common_word_idf().get(phrase, IDF_CUTOFF) < SPECIFIC_IDF
            # …and a brand may open with an adjective (平和|保险经纪).
            return bool(words) and (words[0].tag == "a" or words[0].tag not in _NOT_NAME_START) and not common
        if not words or words[0].tag in _NOT_SUBJECT_TAGS or (words[0].tag == "t" and len(words) > 2):
            return False  # …nor with a time word, unless a short name (现代|汽车, 现代 tagged t): 去年我到…
        if _ORDINAL_OPENING.match(phrase):
            return False  # an ordinal (第一课): no name
        if len(phrase) == 2 and phrase in self.segmenter.domain_terms:
            return False
        # A name's closing character may be tagged anything (衡正|所, 所 a conjunction).
        suffixed = len(words) >= 2 and words[-1].end - words[-1].start == 1 and phrase[-1] in _NAME_SUFFIXES
        checked = words[:-1] if suffixed else words
        # …but a measure after a number may stand in a name (云溪500|千伏|变电站).
        if any(
            w.tag in _NOT_SUBJECT_TAGS - {"d", "m", "f"} and not (w.tag == "q" and k and checked[k - 1].tag == "m")
            for k, w in enumerate(checked)
        ):
            return False
        if len(words) >= 3 and any(w.tag == "v" for w in words[1:-1]) and not phrase.endswith((*_ORG_ENDS, *_UNIT_ENDS)):
            return False  # a clause, not a name: 县里实行乡村一体化管理 (山屿度假酒店 is one)
        idf = _common_word_idf()
        if len(words) == 1 and words[0].tag in ("a", "ad") and idf.get(phrase, IDF_CUTOFF) < SPECIFIC_IDF:
            return False  # 这句直白的广告语: a quality, no owner
        if len(words) >= 2 and words[-1].tag == "v" and (
            words[0].tag in ("a", "ad", "d")
            or (words[0].tag not in ("v", "vn") and all(idf.get(phrase[w.start : w.end], IDF_CUTOFF) < SPECIFIC_IDF for w in words))
        ):
            return False  # 牢固|树立, 总会|看到: something done, no name (行动|学习, a method, is one)
        if (
            len(words) >= 2
            and words[0].tag in ("v", "vn")
            and (
                words[0].end == 1  # (管|门诊: a one-character verb opens no name)
                or (
                    words[0].tag == "v"
                    and all(idf.get(phrase[w.start : w.end], IDF_CUTOFF) < SPECIFIC_IDF and w.tag != "eng" for w in words)
                )
            )
            and not phrase.endswith((*_ORG_ENDS, *_UNIT_ENDS, *_INSTITUTION_ENDS))
        ):
            # an everyday verb and its object: 发生|责任|火灾事故, 度假|目的地 (not 联想|集团, 得到|App, 增长|黑客|理论)
            return False
        rarity = idf.get(phrase, IDF_CUTOFF)
        # …unless it ends in what names a place or an institution (我们区的幸福里社区).
        if owned and all(idf.get(phrase[w.start : w.end], IDF_CUTOFF) < SPECIFIC_IDF for w in words) and not (
            len(words) >= 2 and phrase.endswith(_OWNED_NAME_HEADS)
        ):
            return False
        if (
            len(words) >= 2
            and all(idf.get(phrase[w.start : w.end], IDF_CUTOFF) < SPECIFIC_IDF and w.tag in ("n", "vn") for w in words)
            and not phrase.endswith((*_TOPIC_ENDS, *_INSTITUTION_ENDS))
        ):
            return False  # everyday words only (货物堆码遵循“五距”要求): no name
        last = words[-1]
        # A noun at the end, or a two-character word closing a name (敏捷开发, 蓝鲸互动), or a
        # rare word standing alone: a brand the dictionary knows as something else (奔驰, a verb).
        return (
            last.tag in SUBJECT_TAGS
            or (len(words) >= 2 and last.end - last.start >= 2)
            or suffixed
            or (len(words) == 1 and rarity >= SPECIFIC_IDF)
        )

    # -- concepts -------------------------------------------------------------------------
    def find_candidates(
        self, doc: Doc, headings: set[int] | None = None
    ) -> tuple[dict[str, list[int]], dict[str, str], dict[str, float]]:
        """Concept candidates: the sentences mentioning each (keyed by normalised label), each
        one's label as first written, and its salience score (0 = not a concept).  `headings`:
        the numbers of the duty-heading sentences, when already known."""
        excluded = _excluded_labels(doc)
        role_names = _role_names(doc)
        # The role's field: its names without the job-title word (项目 of 项目经理).
        fields = tuple(
            name[: title.start()]
            for name in role_names
            for title in self.role_words.finditer(name)
            if title.end() == len(name) and title.start() >= 2
        ) or ("\0",)
        # Words inside quotes are not concepts on their own: the quote is a concept as a whole
        # (“三高一低”), an example's value, an epithet (“大管家”) or a saying.
        inside_quotes = {
            position
            for sentence in doc.sentences
            for m in _QUOTED.finditer(doc.norm, sentence.span.start, sentence.span.end)
            for position in range(m.start(m.lastindex), m.end(m.lastindex))
        } | {  # …nor are words of a book's title (《博物馆教育学导论》)
            position for m in _BOOK_TITLE.finditer(doc.norm) for position in range(m.start(), m.end())
        }
        mentions: dict[str, list[int]] = defaultdict(list)
        written: dict[str, str] = {}
        kinds: dict[str, str] = {}
        # Whether a label may be a concept depends on the label alone: decided once per article,
        # not at each of its mentions.
        allowed: dict[str, bool] = {}
        headings = _heading_sentences(doc) if headings is None else headings
        # A candidate an author lists (A、B和C等) or names in a duty heading is a term even when
        # the prose mentions it once (用户访谈, 税务筹划).
        listed: set[str] = set()
        in_heading: set[str] = set()
        text = doc.norm
        requirements = _requirements_start(doc)
        # Lines above the title are the page's (a site's name, a document header, a username).
        title_start = max(doc.text.find(doc.title), 0) if doc.title else 0
        for number, sentence in enumerate(doc.sentences):
            if sentence.span.start >= requirements:
                break
            if sentence.span.end <= title_start:
                continue
            candidates = self._candidates(doc, sentence)
            if number in headings:
                # Each phrase and its heads, from each of its words on: 门市营业目标 names 营业目标.
                for label, start, _ in candidates:
                    end = start + len(label)
                    in_heading.update(text[t.start : end] for t in sentence.tokens if start <= t.start < end - 1)
                # A phrase the heading names is one of the duty's concepts (抓好产品质量控制); its
                # single words are mostly the duty's verbs and generic nouns (形成一个共识), but a
                # long word the dictionary knows as one is a term (参与需求评审), unless it just
                # names the role's own field again (把控项目进度, for a 项目经理).
                candidates = [
                    c
                    for c in candidates
                    if c[2] != "word" or (len(c[0]) >= HEADING_WORD_CHARS and not c[0].startswith(fields))
                ]
            for label, start, kind in candidates:
                ok = allowed.get(label)
                if ok is None:
                    ok = allowed[label] = (
                        self._may_be_concept_label(label)
                        and label not in excluded
                        and not _overlaps_any(label, role_names)
                    )
                if not ok or (kind != "quoted" and start in inside_quotes):
                    continue
                mentions[label].append(number)
                if label not in listed and _in_list(text, start, start + len(label)):
                    listed.add(label)
                if label not in written:
                    written[label] = doc.text[start : start + len(label)]
                if kind != "word" and KIND_RANK[kind] > KIND_RANK[kinds.get(label, "word")]:
                    kinds[label] = kind  # "word" is the weakest kind: it never replaces another
        objects = self._duty_objects(doc)
        scores = {
            label: self._score(
                label,
                len(hits),
                kinds.get(label, "word"),
                label in objects,
                listed=label in listed,
                headed=label in in_heading,
            )
            for label, hits in mentions.items()
        }
        return mentions, written, scores

    def _may_be_concept_label(self, label: str) -> bool:
        """What the label alone decides: its shape, stop words, a page title (维修工岗位职责),
        people (新员工, 企业管理层, 总经理: the graph shows them as the role, not as concepts)."""
        ok = self._may_be_concept.get(label)
        if ok is None:
            ok = self._may_be_concept[label] = (
                _is_concept_shaped(label)
                and (label in _PAGE_TITLE_WORDS or not label.endswith(_PAGE_TITLE_WORDS))
                and label not in self.segmenter.stopwords
                and not label.endswith(self.person_words)
                and not (ends_with_role_word(label, self.role_words) and not label.endswith(self.discipline_words))
                and not self._is_site_name(label)
            )
        return ok

    def _is_site_name(self, label: str) -> bool:
        """A website's name: words and then 网 on its own (职场百科|网), not a word that ends in it
        (互联网, 电网, 能源|互联网)."""
        if not label.endswith("网") or len(label) < 3:
            return False
        words = self._phrase_tokens(label)
        return len(words) >= 2 and words[-1].end - words[-1].start == 1

    def _candidates(self, doc: Doc, sentence: Sentence) -> list[tuple[str, int, str]]:
        """(normalised label, offset, kind) of every concept candidate in the sentence;
        kind is "quoted" (“三高一低”), "defined" (the term a list item explains: 1. 首次响应时间:…),
        "phrase" (several words: 数据库营销模式) or "word".
        Labels are not yet filtered by shape, stop words or the role (see find_candidates)."""
        out: list[tuple[str, int, str]] = []
        text = doc.norm
        terms = self.segmenter.domain_terms
        for match in _QUOTED.finditer(text, sentence.span.start, sentence.span.end):
            epithet = _EPITHET_CUE.search(text, sentence.span.start, match.start()) or _TITLE_AFTER.match(
                text, match.end(), sentence.span.end
            )
            quoted = match.lastindex
            if _QUOTED_TERM.match(match.group(quoted)) and not epithet:
                out.append((match.group(quoted), match.start(quoted), "quoted"))
        first = text[sentence.span.start : sentence.span.start + 1]
        defined = _DEFINED_TERM.match(text, sentence.span.start, sentence.span.end) if first in _ITEM_OPENERS else None
        # A form's field (- 地点:会议室) is no term: an explained term is long or rare.
        if defined and (len(defined.group("term")) >= 3 or _common_word_idf().get(defined.group("term"), IDF_CUTOFF) >= SPECIFIC_IDF):
            out.append((defined.group("term"), defined.start("term"), "defined"))
        for run in _noun_runs(sentence.tokens, text):
            if len(run) == 1:  # most runs are one word, which is its own phrase
                token = run[0]
                word = text[token.start : token.end]
                if token.tag in NOUN_TAGS or word in terms or _is_latin_name(token, word):
                    out.append((word, token.start, "word"))
                continue
            for phrase_run in self._phrases(text, run):
                phrase = text[phrase_run[0].start : phrase_run[-1].end]
                if len(phrase_run) > 1:
                    out.append((phrase, phrase_run[0].start, "phrase"))
                    # Long domain terms inside a phrase count too (年度品牌传播计划 -> 品牌传播).
                    out.extend(
                        (text[t.start : t.end], t.start, "word")
                        for t in phrase_run
                        if t.end - t.start >= MIN_INNER_TERM and text[t.start : t.end] in terms
                    )
                elif phrase_run[0].tag in NOUN_TAGS or phrase in terms or _is_latin_name(phrase_run[0], phrase):
                    out.append((phrase, phrase_run[0].start, "word"))
        return out

    def _phrases(self, text: str, run: list[Token]) -> list[list[Token]]:
        """The noun phrases in a run of noun-like words.

        A verbal noun or a lone character opening the run is a verb with its object
        (分析竞争对手) or a stray measure word (项任务); a verbal noun inside a long run
        separates two phrases (绩效考核|激励|团队); a locative ends it (收尾时), as does 成 (定位成).
        """
        if len(run) > 1 and text[run[-1].start : run[-1].end] in _RUN_CLOSERS:
            run = run[:-1]
        if text[run[0].start : run[-1].end] in self.segmenter.domain_terms:
            return [run]
        while len(run) > 1 and (run[0].tag == "vn" or run[0].end - run[0].start == 1):
            run = run[1:]
        if len(run) > 2:  # split at inner verbal nouns
            pieces: list[list[Token]] = [[]]
            for token in run:
                if token.tag == "vn" and pieces[-1]:
                    pieces.append([])
                pieces[-1].append(token)
        else:
            pieces = [run]
        out: list[list[Token]] = []
        for piece in pieces:
            fits = len(piece) <= MAX_PHRASE_WORDS and piece[-1].end - piece[0].start <= MAX_PHRASE_CHARS
            out.extend([piece] if fits else _singles(piece))
        return out

    def _duty_objects(self, doc: Doc) -> set[str]:
        """The noun each duty title ends on when it stands alone (设定一个目标 -> 目标)."""
        objects = set()
        for duty in doc.duties:
            title = _normal_label(duty.title)
            tokens = self._phrase_tokens(title)
            runs = _noun_runs(tokens, title)
            if runs and len(runs[-1]) == 1 and runs[-1][0].end == len(title):
                objects.add(title[runs[-1][0].start :])
        return objects

    def _score(
        self, label: str, count: int, kind: str, duty_object: bool, *, listed: bool = False, headed: bool = False
    ) -> float:
        """Salience: how specific the label is, times a damped mention count.

        Phrases and quoted terms are specific by construction; a single word is specific when
        it is rare in general Chinese (jieba's IDF table).  Common words such as 任务 or 质量
        are concepts only when a duty heading names them or the article keeps coming back to them.
        A specific label that a duty heading names (`headed`: 税务筹划 in 开展税务筹划与合规申报)
        counts as a domain term: the author's own lexicon.  A noun phrase mentioned once is a
        concept when the author lists it (`listed`: 用户分群 in 借助漏斗分析、用户分群等手段).
        """
        terms = self.segmenter.domain_terms
        idf = _common_word_idf().get(label)
        specific = kind != "word" or len(label) >= 3 or idf is None or idf >= SPECIFIC_IDF
        once_common = kind == "word" and len(label) == 2 and count == 1 and idf is not None and idf < RARE_IDF
        if kind in ("quoted", "defined") or ((label in terms or headed) and specific and not once_common):
            weight = 3.0
        elif kind == "phrase" or len(label) >= 3:
            # A phrase headed by a domain term (数据库营销模式) beats one that only starts with
            # one (过剩经济时代), which beats one with none, seen more than once or listed.
            weight = _term_weight(label, terms)
            rare_word = kind == "word" and (idf is None or idf >= SPECIFIC_IDF)
            if not weight and rare_word and count >= 2:
                weight = 2.0  # as a rare two-character word below: a dictionary term (堆高机)
            elif not weight and (count >= (2 if kind == "phrase" else 3) or (kind == "phrase" and listed)):
                weight = 1.0
        elif idf is None or idf >= SPECIFIC_IDF:
            weight = 2.0 if count >= 2 or (label in terms and not once_common) else 0.0
        elif label in terms and (count >= GENERIC_MIN_COUNT or (count >= GENERIC_IN_HEADING and duty_object)):
            weight = 1.0
        else:
            weight = 0.0
        return weight * (1 + math.log2(count))


def choose_concepts(
    doc: Doc,
    duty_of: list[int],
    mentions: dict[str, list[int]],
    scores: dict[str, float],
    last_resort: set[str] = frozenset(),
) -> list[str]:
    """The most salient candidates (a budget that grows with the article), plus enough of each
    duty's own candidates to ground it; best first."""
    budget = max(
        MIN_CONCEPTS, min(MAX_CONCEPTS, sum(s.span.end - s.span.start for s in doc.sentences) // CHARS_PER_CONCEPT)
    )
    ranked = sorted((lb for lb, sc in scores.items() if sc > 0), key=lambda lb: _rank(lb, scores))
    chosen = set(ranked[:budget])
    chosen |= _ground_duties(doc, duty_of, mentions, scores, chosen, last_resort)
    return sorted(chosen, key=lambda lb: _rank(lb, scores))


def _rank(label: str, scores: dict[str, float]) -> tuple[float, int, str]:
    """Best first; among equals the longer (more specific) label first."""
    return (-scores[label], -len(label), label)


def make_concepts(
    doc: Doc,
    duty_of: list[int],
    chosen: list[str],
    mentions: dict[str, list[int]],
    written: dict[str, str],
    scores: dict[str, float],
) -> list[Concept]:
    concepts = []
    for label in chosen:
        hits = mentions[label]
        first_in_duty: dict[int, str] = {}
        for n in hits:
            if duty_of[n] not in first_in_duty:
                first_in_duty[duty_of[n]] = doc.quote(doc.sentences[n].span)
        evidence = list(dict.fromkeys(doc.quote(doc.sentences[n].span) for n in hits))[:EVIDENCE_PER_NODE]
        concepts.append(
            Concept(
                label=written[label],
                count=len(hits),
                evidence=evidence,
                duties=dict(sorted(Counter(duty_of[n] for n in hits).items())),
                duty_evidence=dict(sorted(first_in_duty.items())),
                score=round(scores[label], 3),
            )
        )
    return concepts


def _is_latin_brand(phrase: str) -> bool:
    """A name in Latin letters: one capitalised word (Costco, IBM) or several (Four Seasons), 7-Eleven."""
    return _LATIN_WORD_NAME.fullmatch(phrase) is not None or _LATIN_NAME.fullmatch(phrase) is not None


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _as_clause_end(parens: re.Match[str]) -> str:
    """Parentheses blanked, a comma for their closing one: what follows is a clause of its own."""
    return " " * (len(parens.group()) - 1) + ","


def _quotes(text: str) -> Iterator[re.Match[str]]:
    """The quotes of `text` in order, and the sayings someone's words quote in turn
    (“中心医院的院训是‘仁心、精术’,…”: the speech, then ‘仁心、精术’)."""
    for match in _QUOTED.finditer(text):
        yield match
        if match.lastindex == 1:
            yield from _QUOTED.finditer(text, match.start(1), match.end(1))


def _in_list(text: str, start: int, end: int) -> bool:
    """Whether the words at start:end are a whole item of an enumeration (A、B和C等): an item
    before a 、, or one between a 、 or conjunction and the next delimiter (not 压缩非关键工作等,
    where the item is a verb phrase)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return after == "、" or (before in _LIST_JOINS and (after in _LIST_JOINS or after in _LIST_ENDS))


def _overlaps_any(label: str, names: list[str]) -> bool:
    """Whether the label is inside one of the names or holds one (项目 and 项目经理)."""
    # A loop, not any() over a generator: it runs for each new label of each article, and the
    # generator costs four times as much.
    for name in names:  # noqa: SIM110
        if label in name or name in label:
            return True
    return False


def _singles(run: list[Token]) -> list[list[Token]]:
    return [[token] for token in run]


def _noun_runs(tokens: list[Token], text: str) -> list[list[Token]]:
    """Runs of noun-like words.  A word jieba does not know ("un", found by its HMM) joins one
    only before a noun: it is a field's word then (研学|课程, 请购|计划), else glue (再用|Excel)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    waiting: Token | None = None  # an unknown word, joining the run if a noun comes next
    for token in tokens:
        tag = token.tag
        if tag in INNER_TAGS:
            if waiting is not None:
                if tag in NOUN_TAGS:
                    current.append(waiting)
                waiting = None
            current.append(token)
            continue
        if current:
            runs.append(current)
            current = []
        # not 这句|话, 再用|…, 三是|慢性病 (opening like glue), nor 装着|血压计 (closing like glue)
        glue = tag != "un" or text[token.start] in _GLUE_OPENERS or text[token.end - 1] in _GLUE_CLOSERS
        waiting = None if glue else token
    if current:
        runs.append(current)
    return runs


def _is_latin_name(token: Token, text: str) -> bool:
    """A Latin word in Chinese text is a name: a tool, a method, a metric (SQL, Python, GMV)."""
    return token.tag == "eng" and len(text) >= 2


def _is_concept_shaped(label: str) -> bool:
    return len(label) >= 2 and not label.isdigit() and bool(_TERM_SHAPE.match(label) or "+" in label)


_REQUIREMENTS = patterns.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\d{1,2}\s*[、.](?!\d))?\s*[#*【\[]*\s*(?:(?:任职|岗位|职位|应聘|招聘)(?:要求|资格|条件)|任职资格与要求|福利待遇|薪资待遇|薪酬福利|薪资福利)"
)


def _requirements_start(doc: Doc) -> int:
    """Where a posting's requirements part (任职要求:) starts after the duties: what it names
    (学历, 沟通能力) says who may apply, not what the role does."""
    after = doc.duties[-1].section.end if doc.duties else len(doc.norm)
    for line in doc.lines:
        if line.start >= after and _REQUIREMENTS.match(doc.norm, line.start, line.end):
            return line.start
    return len(doc.norm)


def _after_a_name(sentence: Sentence, at: int) -> bool:
    """Whether a name the segmenter knows (nz, nr, nt …) ends right before `at` (an offset from the
    sentence's start)."""
    position = sentence.span.start + at
    return any(token.end == position and token.tag in _PROPER_NAME_TAGS for token in sentence.tokens)


def _heading_sentences(doc: Doc) -> set[int]:
    """Numbers of the sentences that are duty headings: they end where a section starts, and
    hold no part of a section themselves (a one-line duty's heading is its text; 1. 规划:制定…;
    is heading and text of its own duty, not the heading of the duty on the next line)."""
    starts = {d.section.start for d in doc.duties}
    sections = {(d.section.start, d.section.end) for d in doc.duties}
    return {
        n
        for n, s in enumerate(doc.sentences)
        if (s.span.end in starts or doc.norm[s.span.end : s.span.end + 1] == "\n" and s.span.end + 1 in starts)
        and not any(start < s.span.end and s.span.start < end for start, end in sections)
    }


def _term_weight(label: str, terms: set[str]) -> float:
    """How much a domain term makes of the label: 2 when one covering more than half of it ends
    it (数据库营销模式), 1.5 when one starts it (过剩经济时代), else 0 (任务数量, 机会创新)."""
    longer_than_half = range(len(label) // 2 + 1, len(label))
    if any(label[-k:] in terms for k in longer_than_half):
        return 2.0
    if any(label[:k] in terms for k in longer_than_half):
        return 1.5
    return 0.0


def _role_names(doc: Doc) -> list[str]:
    """The role's names, normalised: concepts inside or around them (项目 in 项目经理) are the role."""
    if not doc.role:
        return []
    return [_normal_label(n) for n in (doc.role.label, *doc.role.aliases) if len(n) >= 2]


@functools.cache
def _common_word_idf() -> dict[str, float]:
    """jieba's IDF (inverse document frequency in a general corpus) of the words below IDF_CUTOFF.

    Read from jieba's file as jieba.analyse does, without importing jieba.analyse: that import
    also loads jieba.posseg's tag table, a second of start-up in every process for nothing.
    Parsing the whole file costs every process a third of a second, so the small table is
    kept in the user's cache folder, keyed by the file and the cut-off."""
    source = JIEBA_IDF
    stat = source.stat()
    key = f"{sys.version}\0{source}\0{stat.st_size}\0{stat.st_mtime_ns}\0{IDF_CUTOFF}"
    cache_file = user_cache_dir() / f"kg-idf-{hashlib.sha256(key.encode()).hexdigest()[:24]}.pickle"
    cached = load_cached(cache_file)
    if isinstance(cached, dict):
        return cached
    idf: dict[str, float] = {}
    for line in source.read_bytes().decode("utf-8").splitlines():
        word, freq = line.strip().split(" ")
        if float(freq) < IDF_CUTOFF:
            idf[word] = float(freq)
    save_cached(cache_file, idf)
    return idf


def _excluded_labels(doc: Doc) -> set[str]:
    """Names that already have nodes of their own: the role, its aliases, duty titles, examples."""
    excluded = {d.title for d in doc.duties}
    for example in doc.examples:
        excluded |= {example.subject, example.value}
    return {_normal_label(label) for label in excluded}


def _frequent_words(doc: Doc, times: int = 3) -> set[str]:
    """Words of two or more characters the article uses at least `times` times: its topics."""
    counts = Counter(doc.norm[t.start : t.end] for s in doc.sentences for t in s.tokens if t.end - t.start >= 2)
    return {word for word, n in counts.items() if n >= times}


def _is_common_word(label: str) -> bool:
    """A short word of everyday Chinese (合理, 辅导, 市场)."""
    return len(label) <= 2 and _common_word_idf().get(label, IDF_CUTOFF) < SPECIFIC_IDF


def _duty_of_sentences(doc: Doc, headings: set[int]) -> list[int]:
    """Each sentence's duty index: the duty whose section holds it, or whose heading it is
    (`headings`: their sentence numbers); 0 if none."""
    starts = [d.section.start for d in doc.duties]
    # By a sentence's last character: one that opens with its duty's heading (1. 库存控制:设定…)
    # starts before the section it belongs to.
    duty_of = [_duty_at(doc, starts, s.span.end - 1) for s in doc.sentences]
    opened = {d.section.start: d.index for d in doc.duties}
    for number in headings:
        end = doc.sentences[number].span.end
        duty_of[number] = opened.get(end, opened.get(end + 1, 0))
    return duty_of


def _duty_at(doc: Doc, starts: list[int], position: int) -> int:
    """Index of the duty whose section contains `position`, 0 if none."""
    at = bisect.bisect_right(starts, position) - 1
    if at < 0:
        return 0
    duty = doc.duties[at]
    return duty.index if duty.section.start <= position < duty.section.end else 0


def _ground_duties(
    doc: Doc,
    duty_of: list[int],
    mentions: dict[str, list[int]],
    scores: dict[str, float],
    chosen: set[str],
    last_resort: set[str] = frozenset(),
) -> set[str]:
    """Extra concepts so that every duty links to at least MIN_DUTY_CONCEPTS of its own: the
    best scored; among equals, everyday words (制度, 考核) and `last_resort` labels last, then
    the most mentioned and the longest (护理文书 before 文书)."""
    labels_in_duty: dict[int, set[str]] = defaultdict(set)
    for label, hits in mentions.items():
        for n in hits:
            labels_in_duty[duty_of[n]].add(label)
    extra: set[str] = set()
    for duty in doc.duties:
        local = labels_in_duty[duty.index]
        missing = MIN_DUTY_CONCEPTS - len(local & chosen)
        if missing > 0:
            # The best few, not all of them sorted: a duty has dozens of candidates.
            extra.update(heapq.nsmallest(missing, local - chosen, key=lambda lb: (-scores[lb], lb in last_resort, _is_common_word(lb), -len(mentions[lb]), -len(lb), lb)))
    return extra


def find_links(doc: Doc, chosen: list[str], mentions: dict[str, list[int]], written: dict[str, str]) -> list[Link]:
    """Concept pairs in one sentence, keeping each concept's strongest few partners."""
    in_sentence: dict[int, list[str]] = defaultdict(list)
    for label in sorted(chosen):
        for number in dict.fromkeys(mentions[label]):
            in_sentence[number].append(label)
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    for number in sorted(in_sentence):
        present = in_sentence[number]
        for i, a in enumerate(present):
            for b in present[i + 1 :]:
                if a in b or b in a:  # 营销团队 and 团队: one mention, not a relation
                    continue
                counts[(a, b)] += 1
                first.setdefault((a, b), number)
    partners: dict[str, list[tuple[int, str, tuple[str, str]]]] = defaultdict(list)
    for pair, count in counts.items():
        partners[pair[0]].append((-count, pair[1], pair))
        partners[pair[1]].append((-count, pair[0], pair))
    kept: set[tuple[str, str]] = set()
    for label in partners:
        kept.update(pair for _, _, pair in sorted(partners[label])[:LINKS_PER_CONCEPT])
    return [
        Link(written[a], written[b], counts[(a, b)], doc.quote(doc.sentences[first[(a, b)]].span))
        for a, b in sorted(kept)
    ]
