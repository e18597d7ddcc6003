"""Structure stage: title, role and aliases, numbered duties in every heading style."""

import pytest
from support import analyse

from kg.pipeline import Pipeline, Settings
from kg.read import read_text
from kg.structure import load_role_words, parse_number, role_in_title

BODY = "这一部分讲的是这项职责的具体做法,需要团队协作和预算管理。"


def article(headings: list[str], title: str = "店长的岗位职责") -> str:
    lines = [title, "店长是门店的负责人,负责门店的日常运营。"]
    for heading in headings:
        lines += [heading, BODY]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "headings",
    [
        ["店长职责一、管理门店团队", "店长职责二、控制门店成本", "店长职责三、提升顾客体验"],
        ["一、管理门店团队", "二、控制门店成本", "三、提升顾客体验"],
        ["1. 管理门店团队", "2. 控制门店成本", "3. 提升顾客体验"],
        ["1、管理门店团队", "2、控制门店成本", "3、提升顾客体验"],
        ["(一)管理门店团队", "(二)控制门店成本", "(三)提升顾客体验"],
        ["（一）管理门店团队", "（二）控制门店成本", "（三）提升顾客体验"],
        ["职责(一):管理门店团队", "职责(二):控制门店成本", "职责(三):提升顾客体验"],
        ["店长职责（一）：管理门店团队", "店长职责（二）：控制门店成本", "店长职责（三）：提升顾客体验"],
        ["店长职责之一:管理门店团队", "店长职责之二:控制门店成本", "店长职责之三:提升顾客体验"],
        ["## 一、管理门店团队", "## 二、控制门店成本", "## 三、提升顾客体验"],
        ["１．管理门店团队", "２．控制门店成本", "３．提升顾客体验"],
        ["①管理门店团队", "②控制门店成本", "③提升顾客体验"],
        ["⑴ 管理门店团队", "⑵ 控制门店成本", "⑶ 提升顾客体验"],
        ["❶、管理门店团队", "❷、控制门店成本", "❸、提升顾客体验"],
        ["Ⅰ. 管理门店团队", "Ⅱ. 控制门店成本", "Ⅲ. 提升顾客体验"],
        ["第一项职责：管理门店团队", "第二项职责：控制门店成本", "第三项职责：提升顾客体验"],
        ["〔一〕管理门店团队", "〔二〕控制门店成本", "〔三〕提升顾客体验"],
        ["一）管理门店团队", "二）控制门店成本", "三）提升顾客体验"],
        ["<1> 管理门店团队", "<2> 控制门店成本", "<3> 提升顾客体验"],
        ["店长的第一项职责：管理门店团队", "店长的第二项职责：控制门店成本", "店长的第三项职责：提升顾客体验"],
        ["第一大职责是管理门店团队", "第二大职责是控制门店成本", "第三大职责是提升顾客体验"],
        ["其一,管理门店团队", "其二,控制门店成本", "其三,提升顾客体验"],
        ["其一,就是管理门店团队", "其二,就是控制门店成本", "其三,就是提升顾客体验"],
        ["职责一——管理门店团队", "职责二——控制门店成本", "职责三——提升顾客体验"],
        ["一是管理门店团队。", "二是控制门店成本。", "三是提升顾客体验。"],
        ["Q1：管理门店团队", "Q2：控制门店成本", "Q3：提升顾客体验"],
        ["问题1：管理门店团队", "问题2：控制门店成本", "问题3：提升顾客体验"],
        ["1️⃣ 管理门店团队", "2️⃣ 控制门店成本", "3️⃣ 提升顾客体验"],
        ["第一条　管理门店团队。", "第二条　控制门店成本。", "第三条　提升顾客体验。"],  # a regulation's articles
        ["[1] 管理门店团队[2]", "[2] 控制门店成本", "[3] 提升顾客体验"],  # with an encyclopedia's reference mark
        ["考点一：管理门店团队（★★★）", "考点二：控制门店成本（★）", "考点三：提升顾客体验（★★）"],  # a study note's ratings
        ["Part 1 管理门店团队", "Part 2 控制门店成本", "Part 3 提升顾客体验"],
        ["Step 1: 管理门店团队", "Step 2: 控制门店成本", "Step 3: 提升顾客体验"],
        ["• 管理门店团队", "• 控制门店成本", "• 提升顾客体验"],  # unnumbered: the list's order numbers them
        ["👉 管理门店团队", "✅ 控制门店成本", "🔥 提升顾客体验"],
        ["- 管理门店团队", "- 控制门店成本", "- 提升顾客体验"],
        ["一｜管理门店团队", "二｜控制门店成本", "三｜提升顾客体验"],
        ["1 | 管理门店团队 | 负责排班", "2 | 控制门店成本 | 负责盘点", "3 | 提升顾客体验 | 负责回访"],  # a table's rows
        ["A. 管理门店团队：负责排班", "B. 控制门店成本：负责盘点", "C. 提升顾客体验：负责回访"],  # letters (a 104 job page)
        ["1.1 管理门店团队", "1.2 控制门店成本", "1.3 提升顾客体验"],  # a handbook's second level
        ["01 管理门店团队", "02 控制门店成本", "03 提升顾客体验"],  # a WeChat post's section numbers
        ["01 | 管理门店团队", "02 | 控制门店成本", "03 | 提升顾客体验"],
        ["考点一：管理门店团队", "考点二：控制门店成本", "考点三：提升顾客体验"],  # a study note
        ["要点 1：管理门店团队", "要点 2：控制门店成本", "要点 3：提升顾客体验"],
        # The number alone on its line, the title on the next (a wiki page, a WeChat post).
        ["职责 1\n管理门店团队", "职责 2\n控制门店成本", "职责 3\n提升顾客体验"],
        ["考点一\n管理门店团队", "考点二\n控制门店成本", "考点三\n提升顾客体验"],
        ["—— 01 ——\n管理门店团队", "—— 02 ——\n控制门店成本", "—— 03 ——\n提升顾客体验"],
        ["第一，要管理门店团队。", "第二，要控制门店成本。", "第三，要提升顾客体验。"],  # a speech
        ["第一个，也是最重要的，就是管理门店团队。", "第二个呢，控制门店成本。", "最后一个，提升顾客体验。"],  # a talk
        ["第一个职责，管理门店团队。", "咱们说第二个，控制门店成本。", "最后一个，提升顾客体验。"],  # a video's script
        ["头一个，管理门店团队，这个最磨人。", "第二个嘛，控制门店成本，这块最难。", "最后一个，提升顾客体验，这是根本。"],  # a podcast
        ["1、管理门店团队，这是天天要干的。", "2、控制门店成本，这个呢最费心。", "3、提升顾客体验，这是考核的大头。"],  # a voice message
        ["① 管理门店团队 🎯", "② 控制门店成本 💰", "③ 提升顾客体验 👩\u200d🎨"],  # emoji after the title
        ["第一节 管理门店团队", "第二节 控制门店成本", "第三节 提升顾客体验"],  # a textbook chapter
        ["├─ 1 管理门店团队", "├─ 2 控制门店成本", "└─ 3 提升顾客体验"],  # a mind map's first-level branches
        ["1\t管理门店团队\t负责排班", "2\t控制门店成本\t负责盘点", "3\t提升顾客体验\t负责回访"],  # tab-separated rows
        ["一 管理门店团队", "二 控制门店成本", "三 提升顾客体验"],  # a space alone after the numeral
        ["NO.1 管理门店团队", "NO.2 控制门店成本", "NO.3 提升顾客体验"],
        ["/ 01 /\n管理门店团队", "/ 02 /\n控制门店成本", "/ 03 /\n提升顾客体验"],
        ["**管理门店团队**", "**控制门店成本**", "**提升顾客体验**"],  # bold lines alone, unnumbered
        ["🔥 01丨管理门店团队", "💡 02丨控制门店成本", "✅ 03丨提升顾客体验"],  # emoji, then 丨 (the CJK stroke)
        ["职责①：管理门店团队", "职责②：控制门店成本", "职责③：提升顾客体验"],
        ["壹、管理门店团队", "贰、控制门店成本", "叁、提升顾客体验"],  # financial numerals
        ["1\u20e3\ufe0f管理门店团队：", "2\u20e3控制门店成本：", "3\u20e3\ufe0f提升顾客体验："],  # keycaps, FE0F after
        ["关于管理门店团队：这一块最重要。", "关于控制门店成本：要算清账。", "说到提升顾客体验，要多回访。"],  # 关于X: paragraphs
        ["秘诀一：管理门店团队", "秘诀二：控制门店成本", "秘诀三：提升顾客体验"],
        ["1/ 管理门店团队", "2/ 控制门店成本", "3/ 提升顾客体验"],
        ["第一件事：管理门店团队", "第二件事：控制门店成本", "第三件事：提升顾客体验"],
        ["第1件事｜管理门店团队", "第2件事｜控制门店成本", "第3件事｜提升顾客体验"],  # a post's bars
        ["头一件事：管理门店团队。", "再一个：控制门店成本", "最后一件事：提升顾客体验"],  # a practitioner's post
        ["第一个，管理门店团队。", "还有一件事，控制门店成本。", "另外一个，提升顾客体验。"],
        ["第一个是管理门店团队，说白了就是带人。", "第二个是控制门店成本，这是根本。", "最后一个，是提升顾客体验。"],
        ["先说第一块，管理门店团队。", "第二块是控制门店成本。", "最后一块是提升顾客体验，这一块新人最容易忽视。"],
        ["🔸职责一｜管理门店团队", "🔸职责二｜控制门店成本", "🔸职责三｜提升顾客体验"],  # a WeChat post's bars
        ["第一讲  管理门店团队", "第二讲  控制门店成本", "第三讲  提升顾客体验"],  # a training handout
        ["Part 1｜管理门店团队", "Part 2｜控制门店成本", "Part 3｜提升顾客体验"],
        ["01.\n管理门店团队", "02.\n控制门店成本", "03.\n提升顾客体验"],  # the number alone, the title below
        ["Day 1-7：管理门店团队", "Day 8-30：控制门店成本", "Day 90：提升顾客体验"],  # a plan's periods
        ["第1-30天：管理门店团队", "第31-60天：控制门店成本", "第61-90天：提升顾客体验"],
        ["第一阶段：管理门店团队", "第二阶段：控制门店成本", "第三阶段：提升顾客体验"],
        ["第一周：管理门店团队", "第二周：控制门店成本", "第三周：提升顾客体验"],
        ["【职责一：管理门店团队】", "【职责二：控制门店成本】", "【职责三：提升顾客体验】"],  # a video's on-screen text
        ["▎01 管理门店团队", "▎02 控制门店成本", "▎03 提升顾客体验"],  # a newsletter's section bars
        ["① 管理门店团队！", "② 控制门店成本！", "③ 提升顾客体验！"],
        ["职责① 管理门店团队", "职责② 控制门店成本", "职责③ 提升顾客体验"],  # a circled number needs no comma
        ["模块一  管理门店团队", "模块二  控制门店成本", "模块二  控制门店成本（续）", "模块三  提升顾客体验"],  # a slide goes on
        ["01\n管理门店团队", "02\n控制门店成本", "03\n提升顾客体验"],  # a post's numbers on lines of their own
        ["【管理门店团队】", "【控制门店成本】", "【提升顾客体验】"],  # bracketed lines without numbers
        ["Duty 1｜管理门店团队", "職責二｜控制门店成本", "Duty 3｜提升顾客体验"],  # two styles taking turns
        ["| 管理门店团队 | 负责排班 |", "| 控制门店成本 | 负责盘点 |", "| 提升顾客体验 | 负责回访 |"],  # rows without numbers
        # A bilingual bullet: the Chinese paragraph under it, named by its first clause.
        ["• Lead the store team\n  管理门店团队，督导保安及清洁等前线员工，编排更表并定期巡查各楼层",
         "• Keep costs down\n  控制门店成本，跟进管理费收支及追收欠款，协助编制年度财政预算及每月财务报表",
         "• Delight customers\n  提升顾客体验，处理住户查询及投诉，跟进个案直至完满解决，并记录于客户服务系统"],
        # Bilingual: the Chinese title on the line after the English one.
        ["1. Lead the store team.\n管理门店团队", "2. Keep store costs down.\n控制门店成本", "3. Delight customers.\n提升顾客体验"],
    ],
)
def test_heading_styles_give_duties_in_order(headings):
    doc = analyse(article(headings))
    assert [(d.index, d.title) for d in doc.duties] == [(1, "管理门店团队"), (2, "控制门店成本"), (3, "提升顾客体验")]
    assert all(BODY in doc.text[d.section.start : d.section.end] for d in doc.duties)


@pytest.mark.parametrize("separator", ["：", ":", "。", "——", " "])
def test_heading_that_runs_on_into_its_paragraph(separator):
    lines = ["店长的岗位职责"]
    for number, title in zip("一二三", ["管理门店团队", "控制门店成本", "提升顾客体验"], strict=True):
        lines.append(f"{number}、{title}{separator}{BODY}")
    doc = analyse("\n".join(lines))
    assert [d.title for d in doc.duties] == ["管理门店团队", "控制门店成本", "提升顾客体验"]
    assert all(doc.text[d.section.start : d.section.end].strip() == BODY for d in doc.duties)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (  # the list after a duty header, though a later one is longer
            "法务助理招聘\n工作职责:\n• 整理案件材料。\n• 起草法律文书。\n• 开展法律检索。\n"
            "任职资格:\n• 法学本科。\n• 熟悉办公软件。\n• 沟通能力好。\n• 能出差。\n",
            ["整理案件材料", "起草法律文书", "开展法律检索"],
        ),
        (  # bullets inside the numbered part on duties of a slide deck
            "讲解员培训\n01 岗位认知\n• 讲解员是桥梁。\n02 岗位职责\n◆ 负责展厅讲解。\n◆ 撰写讲解词。\n◆ 策划社教活动。\n"
            "03 服务规范\n• 仪容仪表\n04 考核与成长\n• 星级评定\n",
            ["负责展厅讲解", "撰写讲解词", "策划社教活动"],
        ),
        (  # another kind of bullet is another list; a second duty header goes on with the first
            "讲解员培训\n02 岗位职责（一）\n◆ 负责展厅讲解。\n◆ 撰写讲解词。\n02 岗位职责（二）\n◆ 策划社教活动。\n"
            "03 服务规范\n• 仪容仪表\n• 语言规范\n• 时间规范\n• 禁止事项\n",
            ["负责展厅讲解", "撰写讲解词", "策划社教活动"],
        ),
    ],
)
def test_which_bulleted_list_is_the_duties(text, titles):
    assert [d.title for d in analyse(text).duties] == titles


def test_the_questions_of_a_q_and_a_page_are_its_duties():
    text = "规培基地主任的6个问答\n问：如何抓制度建设？\n答：" + BODY + "\n问：带教师资队伍怎么建？\n答：" + BODY + "\n问：轮转计划由谁来排？\n答：" + BODY + "\n"
    assert [d.title for d in analyse(text).duties] == ["如何抓制度建设", "带教师资队伍怎么建", "轮转计划由谁来排"]


def test_bullets_inside_numbered_duties_are_no_duties():
    text = "店长职责\n一、管理门店团队\n• 排班\n• 培训\n• 考核\n二、控制门店成本\n三、提升顾客体验\n"
    assert [d.title for d in analyse(text).duties] == ["管理门店团队", "控制门店成本", "提升顾客体验"]


def test_two_bullets_are_no_list_of_duties():
    assert analyse("店长职责\n• 管理门店团队\n• 控制门店成本\n").duties == []


def test_paragraph_openers_split_title_from_section():
    text = "\n".join(
        [
            "人事经理的主要职责",
            "人事经理负责公司的人力资源工作。",
            "第一，做好招聘配置。招聘计划要与业务目标一致。",
            "第二，完善薪酬体系。薪酬要兼顾内部公平和外部竞争力。",
            "总而言之，人事经理要懂业务。",
        ]
    )
    doc = analyse(text)
    assert [d.title for d in doc.duties] == ["做好招聘配置", "完善薪酬体系"]
    sections = [doc.text[d.section.start : d.section.end] for d in doc.duties]
    assert sections[0].strip() == "招聘计划要与业务目标一致。"
    assert "总而言之" not in sections[1]


def test_a_list_inside_the_outlines_part_on_duties_is_the_duties():
    text = (
        "推广员述职报告\n一、履行岗位职责情况\n一是抓好品种推广。\n1. 建示范片。\n2. 遴选示范户。\n"
        "二是做好病虫监测。\n1. 系统调查。\n2. 发布警报。\n三是开展农民培训。\n二、存在的不足\n学习不够。\n三、下一步打算\n多下村。\n"
    )
    assert [d.title for d in analyse(text).duties] == ["抓好品种推广", "做好病虫监测", "开展农民培训"]


def test_a_handbooks_duties_are_the_numbers_under_its_part_on_duties():
    text = (
        "第七章 信息安全工程师岗位说明书\n1 岗位概述\n1.1 岗位名称：信息安全工程师\n1.2 所属部门：信息安全部\n"
        "1.3 直接上级：部门经理\n1.4 岗位定位：负责安全体系\n2 岗位职责\n2.1 安全制度建设\n2.1.1 制定安全基线。\n"
        "2.2 漏洞管理\n2.3 应急响应\n"
    )
    assert [d.title for d in analyse(text).duties] == ["安全制度建设", "漏洞管理", "应急响应"]


@pytest.mark.parametrize("end", ["；", "。"])
def test_a_posting_item_may_go_on_after_its_first_clause(end):
    items = [f"{n}、负责物料的入库验收工作，核对送货单的品名、规格、数量与采购订单是否一致{n}{end}对存疑物料通知复检。" for n in (1, 2, 3)]
    duties = analyse("仓管员岗位职责\n" + "\n".join(items) + "\n").duties
    assert [d.title[-5:] for d in duties] == ["是否一致1", "是否一致2", "是否一致3"]


def test_a_numbered_part_after_the_duties_ends_the_last_duty():
    text = "施工员岗位职责\n二、岗位职责\n（1）熟悉图纸；\n（2）测量放线；\n（3）竣工验收。\n三、任职要求\n1. 持证上岗。\n"
    doc = analyse(text)
    assert [d.title for d in doc.duties] == ["熟悉图纸", "测量放线", "竣工验收"]
    assert "持证上岗" not in doc.norm[doc.duties[-1].section.start : doc.duties[-1].section.end]


def test_a_job_descriptions_later_fields_are_no_part_of_the_last_duty():
    lines = ["安全工程师岗位说明书", "主要职责:", "(一)组织制定安全管理制度;", "(二)组织开展隐患排查;", "工作关系:", "内部协调:生产部、人力资源部"]
    doc = analyse("\n".join(lines))
    assert [d.title for d in doc.duties] == ["组织制定安全管理制度", "组织开展隐患排查"]
    assert "生产部" not in doc.text[doc.duties[-1].section.start : doc.duties[-1].section.end]


@pytest.mark.parametrize(
    "inner",
    [
        ["首先,要建立供应商档案。", "其次,要定期考核供应商。", "再次,要淘汰不合格的供应商。", "最后,要维护好供应商关系。"],
        ["一是建立供应商档案。", "二是定期考核供应商。", "三是淘汰不合格的供应商。", "四是维护供应商关系。"],
    ],
)
def test_ordinal_paragraphs_inside_a_numbered_duty_do_not_replace_the_duties(inner):
    lines = ["采购经理的岗位职责", "一、供应商管理", "负责开发供应商。", *inner, "二、成本控制", BODY, "三、合同管理", BODY]
    assert [d.title for d in analyse("\n".join(lines)).duties] == ["供应商管理", "成本控制", "合同管理"]


def test_a_quarterly_list_in_the_intro_does_not_replace_the_duties():
    lines = ["行政主管的职责", "Q1:营收同比增长20%", "Q2:营收持平", "Q3:营收下降", "Q4:营收回升"]
    lines += ["一、后勤保障", BODY, "二、会议管理", BODY, "三、档案管理", BODY]
    assert [d.title for d in analyse("\n".join(lines)).duties] == ["后勤保障", "会议管理", "档案管理"]


def test_a_job_description_field_inside_a_duty_stays_in_it():
    lines = ["销售经理职责", "一、开拓市场", BODY, "二、绩效管理", "为每位销售制定考核方案。", "考核指标:销售额、回款率。"]
    doc = analyse("\n".join(lines))
    assert "回款率" in doc.text[doc.duties[-1].section.start : doc.duties[-1].section.end]


def test_a_posting_item_too_long_for_a_title_keeps_its_place_in_the_list():
    items = ["负责招聘", "负责公司全部员工的劳动合同签订、续签、变更、解除与终止等各项手续的办理,以及相关劳动争议的协调处理与档案归集", "负责考勤"]
    text = "\n".join(["人事专员岗位职责", "岗位职责:", *(f"{n}、{d};" for n, d in enumerate(items, 1))])
    titles = [d.title for d in analyse(text).duties]
    assert titles == ["负责招聘", "负责公司全部员工的劳动合同签订、续签、变更、解除与终止等各项手续的办理", "负责考勤"]


def test_a_colon_inside_parentheses_does_not_end_a_posting_items_title():
    items = [
        "（1）负责水样的日常采集，做好样品标识；",
        "（2）负责工艺过程的水质监控，协助确定混凝剂投加量、加氯量等工艺参数（标杆学习：学习某集团“从源头到龙头”的做法，建立三级台账）；",
        "（3）完成科长交办的其他工作。",
    ]
    doc = analyse("化验员岗位说明书\n主要职责：\n" + "\n".join(items) + "\n")
    assert [d.title for d in doc.duties] == ["负责水样的日常采集，做好样品标识", "负责工艺过程的水质监控", "完成科长交办的其他工作"]


def test_a_posting_duty_is_its_whole_line_however_long():
    duties = [
        "负责公司招聘渠道的维护与拓展,发布招聘信息,筛选简历并安排面试",
        "负责新员工入职、转正、调岗、离职等手续的办理及人事档案的管理",
    ]
    text = "\n".join(["人事专员岗位职责", "岗位职责:", *(f"{n}、{d};" for n, d in enumerate(duties, 1)), "任职要求:", "1、本科学历;"])
    assert [d.title for d in analyse(text).duties] == duties


def test_a_short_heading_keeps_the_words_after_its_colon():
    lines = ["社群运营的职责", "1️⃣ 拉新：搭建社群引流渠道", BODY, "2️⃣ 促活：设计社群日常活动", BODY, "3. 预算管理：负责编制年度预算，跟踪执行。"]
    doc = analyse("\n".join(lines))
    assert [d.title for d in doc.duties] == ["拉新：搭建社群引流渠道", "促活：设计社群日常活动"]  # as written
    text = "\n".join(["财务经理的职责", "1. 预算管理：负责编制年度预算，跟踪执行。", "2. 会计核算：负责审核凭证，编制报表。"])
    assert [d.title for d in analyse(text).duties] == ["预算管理", "会计核算"]  # prose follows the colon
    text = "\n".join(["烘焙师的职责", "一、原料验收与备料：从面粉开始把关", BODY, "二、面团制作与发酵：温度是关键", BODY])
    assert [d.title for d in analyse(text).duties] == ["原料验收与备料", "面团制作与发酵"]  # a full name, then a remark


@pytest.mark.parametrize(
    ("openers", "titles"),
    [
        (["首先", "其次", "再次", "第四", "最后"], ["做好招聘配置", "完善薪酬体系", "推行绩效管理", "组织员工培训", "处理员工关系"]),
        (["首先", "其次", "最后"], ["做好招聘配置", "完善薪酬体系", "推行绩效管理"]),
        # 第一…第三 then 最后: the closing paragraph may sum up rather than name a fourth duty.
        (["第一", "第二", "第三", "最后"], ["做好招聘配置", "完善薪酬体系", "推行绩效管理"]),
        # …but an interview's 第一…其次…再有…最后 is one list of four.
        (["第一", "其次", "再有", "最后"], ["做好招聘配置", "完善薪酬体系", "推行绩效管理", "组织员工培训"]),
    ],
)
def test_paragraphs_opened_by_ordinal_words_are_duties(openers, titles):
    duties = ["做好招聘配置", "完善薪酬体系", "推行绩效管理", "组织员工培训", "处理员工关系"]
    lines = ["人事经理的主要职责", "人事经理负责公司的人力资源工作。"]
    lines += [f"{opener}，{duty}。{BODY}" for opener, duty in zip(openers, duties, strict=False)]
    doc = analyse("\n".join(lines))
    assert [(d.index, d.title) for d in doc.duties] == list(enumerate(titles, 1))


def test_a_closing_paragraph_after_ordinal_duties_is_no_duty():
    lines = ["人事经理的主要职责", "首先，做好招聘配置。" + BODY, "其次，完善薪酬体系。" + BODY, "最后，推行绩效管理。" + BODY]
    lines.append("其次，人事经理还要懂业务。")  # after 最后 nothing continues the run
    doc = analyse("\n".join(lines))
    assert [d.title for d in doc.duties] == ["做好招聘配置", "完善薪酬体系", "推行绩效管理"]


def test_the_titles_count_picks_the_bulleted_duties_over_a_postings_numbered_list():
    bullets = "\n".join(f"✅ {t}\n{BODY}" for t in ("定义指标体系", "设计实验", "构建模型"))
    posting = "——————\n📋 JD如下：\n1. 统计学相关专业硕士；\n2. 3年以上数据分析经验；\n3. 熟悉SQL；\n4. 沟通能力强。\n"
    doc = analyse(f"数据科学家做什么？3个核心职责\n{bullets}\n{posting}")
    assert [d.title for d in doc.duties] == ["定义指标体系", "设计实验", "构建模型"]


def test_a_handbook_chapter_names_its_role_in_whom_it_is_for():
    text = "鑫源集团员工手册\n第三章 岗位职责与工作标准\n本章适用于各配送中心的仓库管理员（以下简称“仓管员”）。\n3.1 入库验收管理\n" + BODY + "\n3.2 在库保管\n" + BODY + "\n"
    role = analyse(text).role
    assert (role.label, role.aliases) == ("仓库管理员", ["仓管员"])


def test_a_newsletters_masthead_is_no_title():
    text = "衡远律师事务所\nHENGYUAN LAW OFFICES\n合规通讯 | 2024年第3期\n\n首席合规官时代来临：合规官的六项核心职责解析\n（一）搭建合规体系\n" + BODY + "\n（二）开展合规审查\n" + BODY + "\n"
    doc = analyse(text)
    assert doc.title == "首席合规官时代来临：合规官的六项核心职责解析"
    assert doc.role.label == "首席合规官"  # the title's first job title


def test_a_long_notice_title_under_a_portals_name_and_its_document_number():
    title = "临江市政务服务和数据管理局关于印发《12345政务服务便民热线主管岗位职责》的通知"  # 42 characters
    text = "\n".join(["临江市政务服务和数据管理局门户网站", "首页 > 政务公开 > 通知公告", title, "临政数发〔2024〕17号",
                     "各区县政务服务管理部门：", "第一条 负责话务接听。" + BODY, "第二条 负责工单办理。" + BODY]) + "\n"
    assert analyse(text).title == title


def test_a_search_engine_titles_site_suffix_is_cut():
    assert analyse("直播运营总监岗位职责与任职要求（2024最新版）_职场岗位库\n一、负责直播运营\n" + BODY + "\n二、负责团队管理\n" + BODY + "\n").title == (
        "直播运营总监岗位职责与任职要求（2024最新版）"
    )


def test_a_handbook_chapter_without_the_role_in_title_or_intro_takes_the_job_title_it_mentions_most():
    text = (
        "第三章 岗位职责\n3.1 查房与卫生检查\n客房主管每日须检查走客房，客房主管要填写记录。\n"
        "3.2 排班与人员管理\n客房主管根据出租率编排班次，报客房经理审核。\n3.3 投诉处理\n客房主管接到投诉后到场处理。\n"
    )
    assert analyse(text).role.label == "客房主管"


def test_an_overview_opening_the_numbered_parts_is_no_duty():
    text = (
        "客房主管岗位职责\n3.1 岗位概述\n客房主管（部分门店称“楼层主管”）在客房经理的领导下工作。\n"
        "3.2 查房与卫生检查\n" + BODY + "\n3.3 排班与人员管理\n" + BODY + "\n3.4 投诉处理\n" + BODY + "\n"
    )
    doc = analyse(text)
    assert [(d.index, d.title) for d in doc.duties] == [(1, "查房与卫生检查"), (2, "排班与人员管理"), (3, "投诉处理")]
    assert "楼层主管" in doc.role.aliases  # the overview is the intro


def test_a_letter_to_newcomers_names_the_role_in_its_title():
    text = "写给刚当上人事专员的你：这六件事最要紧\n一、管好员工档案\n" + BODY + "\n二、做好招聘\n" + BODY + "\n"
    assert analyse(text).role.label == "人事专员"


def test_a_search_engines_title_line_loses_its_site_name():
    text = "景区运营总监的岗位职责是什么_景区运营总监工作内容-职场百科网\n一、制定运营计划\n" + BODY + "\n二、管理游客服务\n" + BODY + "\n"
    assert analyse(text).title == "景区运营总监的岗位职责是什么"


def test_a_quoted_word_in_the_title_is_no_role():
    text = "从“管家”到“军师”：人力资源总监的六项硬功夫\n一、搭建人才梯队\n" + BODY + "\n二、设计薪酬体系\n" + BODY + "\n"
    assert analyse(text).role.label == "人力资源总监"


def test_a_person_addressed_in_the_title_is_no_role():
    text = "【语音转文字】王站长给新人小刘：外卖站长到底管些啥\n1、排班调度，这是天天要干的。\n" + BODY + "\n2、招人带新，这个呢最费心。\n" + BODY + "\n"
    assert analyse(text).role.label == "外卖站长"


def test_a_community_in_the_title_is_no_place_to_drop():
    text = "阳光里社区党委书记2023年度述职报告\n社区党委书记，也就是大家常说的社区书记，是社区的领导者。\n一是强化政治引领，" + BODY + "\n二是服务居民群众，" + BODY + "\n"
    role = analyse(text).role
    assert "社区党委书记" in [role.label, *role.aliases]


def test_an_emails_subject_line_is_its_title():
    header = "发件人：王敏（人力资源中心）\n收件人：各部门负责人\n抄送：总裁办公室\n主题：关于设立培训总监岗位及明确其职责的通知\n日期：2024年4月8日\n"
    doc = analyse(header + "各位同事：\n一是统筹培训体系。" + BODY + "\n二是编制培训计划。" + BODY + "\n")
    assert doc.title == "关于设立培训总监岗位及明确其职责的通知"
    assert doc.role.label == "培训总监"


def test_a_content_farms_second_title_gives_another_name():
    text = f"连锁超市采购总监岗位职责 采购总监的工作内容是什么\n一、做好一件事\n采购总监要{BODY}\n二、做好两件事\n采购总监要{BODY}\n"
    role = analyse(text).role
    assert (role.label, role.aliases[:1]) == ("连锁超市采购总监", ["采购总监"])  # 超市 is no place to drop


def test_a_pages_site_name_after_its_title_is_no_part_of_it():
    doc = analyse(f"公关经理是做什么的？日常工作有哪些？ - 职言问答\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n")
    assert doc.title == "公关经理是做什么的？日常工作有哪些？"


def test_a_bilingual_heading_is_longer_than_a_chinese_one():
    headings = ["Responsibility 1: Team Management 管理门店团队", "Responsibility 2: Cost & Budget Control 控制门店成本",
                "Responsibility 3: Customer Experience 提升顾客体验"]
    titles = [d.title for d in analyse(article(headings)).duties]
    assert titles == [h.partition(": ")[2] for h in headings]


def test_a_name_in_parentheses_after_something_else_is_no_alias():
    intro = "某岗位负责大客户，他们往往贡献了80%的revenue（也就是我们常说的二八法则）。"
    role = analyse(f"某岗位的职责\n{intro}\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert "二八法则" not in role.aliases


def test_a_table_of_contents_gives_way_to_the_headings_it_lists():
    toc = "目录\n- 一、管理门店团队\n- 二、控制门店成本\n- 三、提升顾客体验\n"
    body = "## 一、管理门店团队（Team）\n店长要排班。\n## 二、控制门店成本\n店长要盘点。\n## 三、提升顾客体验\n店长要回访。\n"
    doc = analyse(f"店长的职责\n{toc}\n店长又叫门店经理。\n{body}")
    assert [d.title for d in doc.duties] == ["管理门店团队（Team）", "控制门店成本", "提升顾客体验"]
    assert "门店经理" in doc.role.aliases  # the intro runs on past the table of contents


def test_a_shorter_name_the_intro_calls_the_post_is_an_alias():
    intro = "门店越开越多，于是就有了区域运营总监这个岗位。"
    role = analyse(f"连锁餐饮企业区域运营总监的岗位职责\n{intro}\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert "区域运营总监" in role.aliases


def test_a_person_quoted_is_no_alias():
    doc = analyse("质量总监的职责\n今天聊质量总监。有的公司也叫品质总监。戴明有句话，叫“停止依靠检验来达成质量”。\n一、搭建体系\n" + BODY + "\n二、过程控制\n" + BODY + "\n")
    assert doc.role.aliases == ["品质总监"]


@pytest.mark.parametrize(
    "marked", ["# 数据分析师的主要职责", "**数据分析师的主要职责**", "# 数据分析师的主要职责 #", "数据分析师的主要职责（建议收藏）"]
)
def test_a_markdown_title_loses_its_marks(marked):
    doc = analyse("\n".join([marked, "## 1）业务需求梳理", BODY, "## 2）数据清洗", BODY]))
    assert doc.title == "数据分析师的主要职责"
    assert [d.title for d in doc.duties] == ["业务需求梳理", "数据清洗"]


def test_nested_numbered_list_does_not_replace_duty_headings():
    text = "\n".join(
        [
            "品牌经理的职责",
            "一、制定品牌战略",
            "1. 分析市场",
            "2. 明确定位",
            "二、管理品牌传播",
            "1. 选择媒介",
            "2. 控制预算",
            "3. 评估效果",
        ]
    )
    assert [d.title for d in analyse(text).duties] == ["制定品牌战略", "管理品牌传播"]


def test_a_bare_number_on_its_line_is_no_heading():
    """A PDF's page numbers: only a part word (职责 1) or dashes (—— 01 ——) make a number line a heading."""
    assert analyse(article(["1\n管理门店团队", "2\n控制门店成本", "3\n提升顾客体验"])).duties == []


def test_numbering_must_run_from_one():
    text = "标题\n3、管理门店团队\n5、控制门店成本\n"
    assert analyse(text).duties == []


@pytest.mark.parametrize(("text", "number"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("7", 7), ("③", 3), ("⑿", 12), ("❿", 10), ("Ⅳ", 4)])
def test_parse_number(text, number):
    assert parse_number(text) == number


def test_title_role_and_definition_aliases():
    text = "\n".join(
        [
            "市场总监的职责有哪些",
            "首席营销官(CMO,Chief Marketing Officer)是指企业中负责市场运营工作的高级管理人员,又称作市场部经理、营销总监。",
            "市场营销总监职责一、形成一个共识",
            BODY,
            "市场营销总监职责二、带领一支团队",
            BODY,
        ]
    )
    role = analyse(text).role
    assert role.label == "市场营销总监"  # the duty headings' prefix names the role
    assert set(role.aliases) == {"市场总监", "首席营销官", "CMO", "Chief Marketing Officer", "市场部经理", "营销总监"}


@pytest.mark.parametrize(
    ("sentence", "aliases"),
    [
        ("人力资源经理(HRM),又称人事经理,是企业里负责人事工作的管理者。", {"HRM", "人事经理"}),
        ("店长也被称为门店经理,是门店的第一负责人。", {"门店经理"}),
        ("首席财务官简称CFO,是企业财务的负责人。", {"CFO"}),
        ("项目经理（PM），又称项目负责人，是对项目负责的人。", {"PM", "项目负责人"}),
        ("品牌经理(Brand Manager,简称BM)是企业中负责品牌的人。", {"Brand Manager", "BM"}),
        ("财务经理,即财务部门负责人,是企业财务工作的主管。", {"财务部门负责人"}),
        ("财务经理,英文名为Finance Manager,负责企业的财务工作。", {"Finance Manager"}),
        ("财务经理又被叫做财务主管,是企业的核心岗位。", {"财务主管"}),
        ("财务经理也就是我们常说的财务主管。", {"财务主管"}),
        ("人力资源总监(Chief Human Resources Officer)是企业人力资源的负责人。", {"Chief Human Resources Officer"}),
        ("采购经理(Purchasing Manager),有的企业称为采购主管,是供应链的关键角色。", {"Purchasing Manager", "采购主管"}),
        ("客服主管,也有人叫它客服组长,是团队的带头人。", {"客服组长"}),
        ("行政主管,也叫行政经理(Administration Supervisor),负责行政事务。", {"行政经理", "Administration Supervisor"}),
        ("运营总监,英文一般称为Operations Director,是企业的高级管理者。", {"Operations Director"}),
        ("生产主管,在很多工厂里也被叫作车间主任,英文职位名称一般写作Production Supervisor。", {"车间主任", "Production Supervisor"}),
        ("三年前我从编辑转岗做社群运营(有的公司把这个岗位叫社群运营专员,英文一般写Community Operator),带过三个类目。",
         {"社群运营专员", "Community Operator"}),
        ("岗位别称:安全员、EHS工程师", {"安全员", "EHS工程师"}),  # a job description's field
        ("渠道经理,有的公司也叫渠道主管,英文职位名称是Channel Manager,是关键岗位。", {"渠道主管", "Channel Manager"}),
        ("教务主任，又名教导主任，别称教务处主任，是教务处的负责人。", {"教导主任", "教务处主任"}),
        ("电商运营专员在有些公司也叫店铺运营，小公司里也有叫网店运营的。", {"店铺运营", "网店运营"}),
        ("软件测试工程师，圈里也叫QA工程师，有的公司招聘时写成质量保障工程师。", {"QA工程师", "质量保障工程师"}),
        ("外贸业务员通常也叫外贸业务专员，英文title一般写Sales Representative，圈里人更习惯自嘲为“外贸狗”——时差颠倒、随时待命。",
         {"外贸业务专员", "Sales Representative", "外贸狗"}),  # the nickname's quote only
        ("幼儿园园长（以下简称园长）即幼儿园法定代表人，全面负责本园工作。", {"园长", "幼儿园法定代表人"}),
        ("私人健身教练，圈里一般叫私教，也叫PT，就是Personal Trainer的缩写。", {"私教", "PT", "Personal Trainer"}),
        ("导购，也叫导购员，有的商场习惯叫销售顾问。", {"导购员", "销售顾问"}),
        ("质检员，也叫质量检验员，在工厂车间里大家通常直接叫QC。", {"质量检验员", "QC"}),
        ("在一些本土代理商和甲方市场部，这个岗位也常被叫作文案策划。", {"文案策划"}),  # 这个岗位 names the role
        ("本職缺即業界一般所稱的「QA工程師」，隸屬品保部。", {"QA工程師"}),
        ("导游，正式名称叫导游人员，也有人叫导游员。", {"导游人员", "导游员"}),
        ("展厅背后有一群人，他们是某岗位，在职业分类大典里的正式名称叫文物保护修复师，也常被大家亲切地叫作“文物医生”。",
         {"文物保护修复师", "文物医生"}),  # cues far into the sentence, after the role is named
        ("先说结论：产品经理（Product Manager，简称PM）是对产品全程负责的人，在一些公司里这个岗位也叫产品策划。",
         {"Product Manager", "PM", "产品策划"}),  # a lead-in before the definition
        ("农技推广员在我们镇上大家一般叫“农技员”，村里老乡也常叫我们“田秀才”。", {"农技员", "田秀才"}),
        ("飞行签派员是运行控制中心里的核心岗位，行里人常说签派员就是“地面机长”，有的公司又叫运行控制员。",
         {"飞行签派员", "地面机长", "运行控制员"}),
        ("环境监测员又叫环境监测工，是对水、气进行采样和分析的技术人员。", {"环境监测员", "环境监测工"}),
        ("网格员，文件上叫“专职网格员”，有的地方也叫“网格管理员”，老百姓更愿意叫你们“小巷管家”。",
         {"专职网格员", "网格管理员", "小巷管家"}),  # any calling straight before a quote
        ("监理工程师也称“注册监理工程师”，施工现场俗称“监理”，不少施工队还习惯叫一声“监理老总”。",
         {"注册监理工程师", "监理", "监理老总"}),
        ("数据库管理员，英文简称DBA，业务部门的同事也常称之为“库管”。", {"DBA", "库管"}),
        ("本岗位亦称水质检验员，厂内习惯称为“化验工”。", {"水质检验员", "化验工"}),
        ("岗位别称：本岗位亦称仓储主管，各分仓日常口头上多称为“库房主管”。", {"仓储主管", "库房主管"}),  # a field opening with a cue
        ("在不同企业中，这一岗位的叫法并不统一：有的企业称之为车间经理，有的称为生产车间负责人，在部分外资企业中则常见Workshop Manager的英文职衔。",
         {"车间经理", "生产车间负责人", "Workshop Manager"}),
        ("这个岗位啊，有的公司叫管理处主任，有的叫项目负责人，业主嘴里一般就喊“物业经理”。", {"管理处主任", "项目负责人", "物业经理"}),
        ("CRC, also known as Study Coordinator, works on site.", {"Study Coordinator"}),
        ("UI设计师，全称用户界面设计师，不少公司的招聘JD里也把它写作“界面设计师”。", {"用户界面设计师", "界面设计师"}),
        ("在外企里，这个岗位通常被称为\"HR主管\"；不少民营企业则沿用老叫法，把它叫作人事主管。", {"HR主管", "人事主管"}),
        ("这一岗位常被称作\"大区经理\"，于是也有『片区经理』的说法；它又可能叫城市经理。", {"大区经理", "片区经理", "城市经理"}),
        ("私域操盘手，有的公司在JD里写作“私域运营负责人”，圈子里也有人干脆称之为社群操盘手。", {"私域运营负责人", "社群操盘手"}),
        ("客房服务员，行业里也叫楼层服务员，不少老员工则习惯把这份工作叫作「房嫂」。", {"楼层服务员", "房嫂"}),
        ('社区护士正式名称叫社区卫生服务护士，老街坊们则更习惯亲切地喊她们"家庭护士"。', {"社区卫生服务护士", "家庭护士"}),
        ("设备科科长在院内也称为设备科主任，在医学工程相关文件中又称为医学装备管理负责人。", {"设备科主任", "医学装备管理负责人"}),
        ("本规定所称出纳，亦称出纳员，英文职称为 Cashier；在本集团内部又称为\"资金收付岗\"。", {"出纳员", "Cashier", "资金收付岗"}),
        ("咖啡师，英文就是Barista，圈里人也叫「吧台手」。", {"Barista", "吧台手"}),
        ("现招仓库文员2名，该岗位在我司也称单证员，老员工习惯叫库房文员。", {"仓库文员", "单证员", "库房文员"}),  # the post hired for
        ("客户成功经理——英文圈普遍简称为CSM，国内不少公司则称之为客户成功顾问——负责整个客户生命周期。", {"CSM", "客户成功顾问"}),
        ("IT运维主管在公司内部也被称作「运维负责人」，几位老员工则习惯沿用旧称“系统管理主管”。", {"运维负责人", "系统管理主管"}),
        ("猎头顾问，外面的人常叫我们“猎头”，英文里叫Headhunter。", {"猎头", "Headhunter"}),
        ("这个岗位通常称为前厅部经理，在一些中小型酒店里，人们也习惯叫他前台经理。", {"前厅部经理", "前台经理"}),
        ("这个岗位在不少物业公司也叫客服中心主管，一些推行管家制的项目则称其为管家主管。", {"客服中心主管", "管家主管"}),
        ("电竞教练，正式一点的叫法是电子竞技教练员，圈里人更习惯喊『教头』。", {"电子竞技教练员", "教头"}),
        ("污水处理工，也有地方叫污水处理操作工，在一些水厂的岗位编制表上则写作水处理运行工。", {"污水处理操作工", "水处理运行工"}),
        ("调音师，在职业资格证书上写的是「钢琴调律师」。", {"钢琴调律师"}),
        ("店长被叫作“一店之长”，店里的老员工干脆喊一声“当家的”。", {"一店之长", "当家的"}),  # a quoted name keeps its 的
        ("2019年人社部收录了这一新职业，所以在官方文件里它叫无人机驾驶员；执照上的称呼则是无人机操控员。",
         {"无人机驾驶员", "无人机操控员"}),
        ("直播运营，业内也称“直播操盘手”，在不少MCN机构里简称“播运”，还有人戏称它是“直播间的大管家”。",
         {"直播操盘手", "播运", "直播间的大管家"}),
        ("航道工，也有单位叫航道员或者航道养护工，是航道系统的技术工人。", {"航道员", "航道养护工"}),
        ("提起鉴定师，行内也叫鉴定顾问，有些老藏家干脆喊他们掌眼手。", {"鉴定顾问", "掌眼手"}),
        ("本规范所称线路调度员，是指在车队负责发车调度的人员。", {"线路调度员"}),  # a regulation's definition
        ("店长是门店的负责人，这个岗位在连锁品牌里一般叫门店经理。", {"门店经理"}),
        ("本指引所称驾培教练员，是指从事驾驶教学的人员，社会上习惯称为驾校教练或学车师傅。", {"驾培教练员", "驾校教练", "学车师傅"}),
        ("公司内部通常称为理赔专员；负责外勤的，行业中普遍叫查勘定损员。", {"理赔专员", "查勘定损员"}),
        ("验光师是负责验光的技术岗位，部分连锁企业把兼做定配的人员统称为验光配镜师。", {"验光配镜师"}),
        ("理货员在部分门店也叫陈列员，总部人事系统里登记的名称是商品管理员。", {"陈列员", "商品管理员"}),
        ("我做了三年外卖站长，劳动合同上的岗位名称是配送站站长。", {"配送站站长"}),
        ("先说名字：牙科助理在公立医院一般叫口腔护士，私立诊所多叫椅旁助理。", {"口腔护士", "椅旁助理"}),
        ("这个岗位在行业标准里叫管道巡线员，也有单位称作燃气巡检员。", {"管道巡线员", "燃气巡检员"}),
        ("这个岗位的正式名称是通行费征收员，社会上也常叫收费站收费员。", {"通行费征收员", "收费站收费员"}),
        ("今年52岁的他，是滨江燃气集团管网运行部的一名燃气管网巡线工。", {"燃气管网巡线工"}),  # 是…的一名X
        ("此職位在部分客戶合約上亦稱為 Event Executive，直接向經理匯報。", {"Event Executive"}),
        ("地政士，就是一般民眾口中的「代書」，英文常譯為Land Registration Agent。", {"代書", "Land Registration Agent"}),
        ("在一些公司，这一岗位被提升到高管层级，称为首席体验官，英文简称CXO。", {"首席体验官", "CXO"}),  # ,称为X
        ("本文的主角就是这类人——新任主管，英文常说 first-time supervisor，也有人简称“新主管”。",
         {"新任主管", "first-time supervisor", "新主管"}),  # ——X,英文常说Y
        ("某岗位，英文是 Store Partner，也有人干脆叫它“门店伙伴”。", {"Store Partner", "门店伙伴"}),  # 干脆叫它“…”
        ("某岗位，有的公司也叫品质主管，大一点的集团会叫首席质量官，英文缩写CQO。", {"品质主管", "首席质量官", "CQO"}),
        ("公司在人力资源中心下设某岗位（对外可称首席学习官，英文简称CLO），负责人才培养。", {"首席学习官", "CLO"}),
        ("本人从美工干到某岗位（外企叫Design Director，有的公司也叫创意总监）。", {"Design Director", "创意总监"}),
        ("這個職位在業界亦稱為分店經理，同事之間則通常直接叫佢做店長。", {"分店經理", "店長"}),  # Cantonese 叫佢做
        ("很多同学都会听到编辑们提起“老总”。这个“老总”，多数时候指的就是某岗位。", {"老总"}),  # “X”指的就是…
        ("他们就是某岗位，居民们亲切地称他们为“网格管家”。", {"网格管家"}),
        ("某岗位，也就是人们常说的城管队员，在一些地方也称综合行政执法队员。", {"城管队员", "综合行政执法队员"}),
        ("在很多公司，这个岗位也被称作“供应链主管”或“SCM经理”。", {"供应链主管", "SCM经理"}),  # two quoted names
        ("某岗位，这一岗位又称“管理处主任”“物业服务中心经理”。", {"管理处主任", "物业服务中心经理"}),  # side by side
        ("某岗位又被称为产品负责人，个别大公司甚至设有首席产品官。", {"产品负责人", "首席产品官"}),
        ("某岗位，我们行里也叫店经理。瑞幸有个说法叫“社群就是第二个门店”。", {"店经理"}),  # a saying is no alias
        ("某岗位\n又称：校招专员 / 校园招聘HR", {"校招专员", "校园招聘HR"}),  # an infographic's field
        ("某岗位常被简称为“总编”，这个岗位叫作“主编”，英文对应的是 Editor-in-Chief。", {"总编", "主编", "Editor-in-Chief"}),
        ("对，某岗位业内一般就叫GM，是英文General Manager的缩写。", {"GM", "General Manager"}),
        ("某岗位，英文 Customer Success Manager，简称 **CSM**。", {"Customer Success Manager", "CSM"}),  # Markdown bold
        ("本文所称某岗位，包括加挂“社区医院”牌子的社区卫生服务中心主任和乡镇卫生院院长。", {"社区卫生服务中心主任", "乡镇卫生院院长"}),
        ("关于这个岗位：某岗位，业内通称HRBP，英文全称 HR Business Partner。", {"HRBP", "HR Business Partner"}),
        ("有的公司叫用户运营经理，也有公司沿用外企的叫法，叫CRM经理。", {"用户运营经理", "CRM经理"}),
        ("现在的职位叫某岗位，公司里大家习惯叫我“调度长”，司机师傅们都喊我“派车的”。", {"调度长", "派车的"}),
        ("在房地产企业里，不少开发商把这个岗位叫做营销副总。", {"营销副总"}),
        ("国企里这一岗位对应“总会计师”，部分民营企业则称“财务副总裁”。", {"总会计师", "财务副总裁"}),
        ("部分企业称为安全生产总监，在对外合作中也可称为首席安全官（CSO）。", {"安全生产总监", "首席安全官", "CSO"}),
        ("社区书记即社区党组织书记（包括社区党委书记、党支部书记），是第一责任人。", {"社区书记", "社区党组织书记", "社区党委书记", "党支部书记"}),
        ("技术总监（CTO，即 Chief Technology Officer）是技术体系的负责人。", {"CTO", "Chief Technology Officer"}),
        ("餐厅经理这个叫法各家不一样，有的连锁叫门店经理，也有直接叫店经理的。", {"门店经理", "店经理"}),
        ("安全主管，有的单位叫安环主管，也有的老厂还叫安全科长。", {"安环主管", "安全科长"}),
        ("很多企业直接把这个岗位叫作店长，也有的公司称为门店主管。", {"店长", "门店主管"}),
        ("这个角色的叫法五花八门：有人叫增长官，有人叫增长总监，也有公司直接挂一个CGO（Chief Growth Officer）的头衔。",
         {"增长官", "增长总监", "CGO", "Chief Growth Officer"}),
        ("品控经理这个岗位，有的公司叫质量经理，外企一般写QA Manager。", {"质量经理", "QA Manager"}),
        ("采购经理（也有企业叫采购部经理，外企一般写Purchasing Manager）管花钱。", {"采购部经理", "Purchasing Manager"}),
        ("药剂科主任（设立药学部的医院称为药学部主任，英文 Director of Pharmacy）是负责人。", {"药学部主任", "Director of Pharmacy"}),
        ("某岗位，也就是业内常说的“景区大管家”，部分单位也称为景区运营负责人。", {"景区大管家", "景区运营负责人"}),
        ("某岗位，也就是大家平常说的文化站长，官不大，但责任不小。", {"文化站长"}),
        ("某岗位在行业里也叫运输主管，不少老司机更习惯称呼他为“车队长”。", {"运输主管", "车队长"}),
        ("所属部门 | 品质部 | 岗位别称 | IQC主管、进料检验主管", {"IQC主管", "进料检验主管"}),  # a table's fields
        ("某岗位又称首席礼宾司，英文叫作Chief Concierge。", {"首席礼宾司", "Chief Concierge"}),
        ("某岗位，业内简称“用研总监”，英文职位名一般为Head of User Research。", {"用研总监", "Head of User Research"}),
        ("某岗位这个岗位，有的公司叫HR专员，有的叫人力资源专员，外企的JD上写的是HR Specialist。", {"HR专员", "人力资源专员", "HR Specialist"}),
        ("【导读】某岗位（英文Brand Manager，简称BM），又称品牌主管、品牌负责人，是企业的岗位。", {"Brand Manager", "BM", "品牌主管", "品牌负责人"}),
        ("首席品牌官（CBO，有的公司叫品牌总监或品牌 VP，本质差不多）不是管广告的人。", {"CBO", "品牌总监", "品牌 VP"}),
    ],
)
def test_alias_patterns(sentence, aliases):
    role = analyse(f"某岗位的职责\n{sentence}\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert aliases <= set(role.aliases) | {role.label}


@pytest.mark.parametrize(
    "sentence",
    [
        "某岗位（CBO，有的公司叫品牌总监或品牌 VP，本质差不多）不是管广告的人。",  # a comment in the parentheses
        "某岗位，有的集团也叫区域运营总监，英文名片上一般印 Area General Manager。",  # 英文名|片: a business card
        "某岗位（设立药学部的医院称为药学部主任）是负责人。",
        "某岗位有的在专业研究公司工作，也就是通常所说的乙方；另一部分在企业任职。",  # no job title
    ],
)
def test_what_surrounds_a_name_is_no_alias(sentence):
    role = analyse(f"某岗位的职责\n{sentence}\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert not [a for a in role.aliases if any(w in a for w in ("本质", "片上", "医院", "或", "乙方"))], role.aliases


def test_the_name_before_a_cue_that_gives_the_titles_name_is_an_alias():
    text = (
        "规培基地主任到底管什么\n在每家培训基地医院里，真正把培训落到床旁的人，是住院医师规范化培训专业基地主任，"
        "俗称“规培基地主任”。\n一、做好一件事\n" + BODY + "\n二、做好两件事\n" + BODY + "\n"
    )
    role = analyse(text).role
    assert role.label == "规培基地主任" and "住院医师规范化培训专业基地主任" in role.aliases


def test_names_in_parentheses_after_the_role_anywhere_in_the_intro_are_aliases():
    text = "人事专员招聘\n公司成立于2016年,现诚聘人事专员(HR专员/人力资源专员)一名。\n岗位职责:\n1、负责招聘;\n2、负责培训;\n"
    role = analyse(text).role
    assert (role.label, set(role.aliases)) == ("人事专员", {"HR专员", "人力资源专员"})


def test_a_name_in_parentheses_after_the_role_is_an_alias_anywhere_in_the_article():
    text = "律师助理招聘\n工作职责:\n1. 整理案件材料。\n2. 起草法律文书。\n3. 开展法律检索。\n公司介绍\n律师助理（也称法律助理）是团队的重要角色。\n"
    assert analyse(text).role.aliases == ["法律助理"]


@pytest.mark.parametrize(
    ("paren", "names"),
    [("CMO,Chief Marketing Officer", ["CMO", "Chief Marketing Officer"]), ("公司内部亦称“安全运维工程师”", ["安全运维工程师"])],
)
def test_names_in_a_roles_parentheses(paren, names):
    from kg.structure import _paren_names

    assert _paren_names(paren) == names


def test_a_term_explained_in_parentheses_is_no_definition_of_the_role():
    text = "店长岗位职责\n五险一金(按实际工资全额缴纳),另有补充医疗保险。\n一、管理门店团队\n" + BODY + "\n二、控制门店成本\n" + BODY
    role = analyse(text).role
    assert (role.label, role.aliases) == ("店长", [])


def test_a_job_descriptions_post_field_names_the_role():
    doc = analyse(f"城北水厂化验员岗位说明书\n一、岗位基本信息\n岗位名称：水厂化验员\n所属部门：水质科\n二、主要职责\n1. 做好一件事\n{BODY}\n2. 做好两件事\n{BODY}\n三、任职要求\n大专以上学历。\n")
    assert (doc.role.label, doc.role.aliases) == ("水厂化验员", [])  # not 城北水厂化验员, the post at one plant


def test_a_post_field_as_a_part_of_its_own_names_the_role():
    # The field is a numbered part; its name opens the next line.  The title's longer name (with the
    # employer) and its bare job title (接待员) are no other names for it.
    doc = analyse(
        f"××市信访局人民来访接待中心信访接待员岗位说明书\n一、岗位名称\n信访接待员。本岗位又称来访接待员。\n"
        f"二、岗位职责\n（一）负责来访群众的接待登记。\n{BODY}\n（二）负责政策法规解释。\n{BODY}\n三、任职条件\n大专以上学历。\n"
    )
    assert (doc.role.label, doc.role.aliases) == ("信访接待员", ["来访接待员"])


def test_a_mind_maps_deeper_branches_are_no_duties():
    tree = ["店长岗位职责", "├─ 1 管理门店团队", "│  ├─ 排班", "│  └─ 培训", "├─ 2 控制门店成本", "│  └─ 盘点",
            "└─ 3 提升顾客体验", "   ├─ 回访", "   └─ 投诉处理"]
    doc = analyse("\n".join(["店长岗位职责（思维导图）", "店长是门店的负责人。", *tree]) + "\n")
    assert [(d.index, d.title) for d in doc.duties] == [(1, "管理门店团队"), (2, "控制门店成本"), (3, "提升顾客体验")]


def test_a_place_before_the_role_in_the_title_goes_when_the_article_names_the_role_without_it():
    text = (f"守在村口的“健康守门人”——青峰县乡村医生走访记\n在青峰县，像她这样的乡村医生有三百多名。乡村医生守着卫生室。\n"
            f"一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n")
    assert analyse(text).role.label == "乡村医生"


def test_a_bare_job_title_in_the_title_takes_the_fuller_name_the_author_holds():
    text = f"在花店当店长第3年｜店长每天在忙啥\n我在杭州一家社区花店做花店店长，已经三年了。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n"
    role = analyse(text).role
    assert (role.label, role.aliases) == ("花店店长", ["店长"])


@pytest.mark.parametrize(
    ("intro", "label"),
    [
        ("门店店长，行业里一般直接叫店长。", "门店店长"),  # a paragraph opens on the fuller name
        ("店长的日常，说到底靠的恰恰是一个个门店店长。", "店长"),  # a count of them is no name
        ("本文是小编精心整理的店长岗位职责。", "店长"),  # nor is what someone 的 made
    ],
)
def test_the_intros_fuller_name_for_a_bare_job_title(intro, label):
    text = f"开店三年才明白：店长的5大核心职责\n{intro}\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n"
    assert analyse(text).role.label == label


def test_an_interviews_guest_holds_the_rank_the_intro_names_the_post():
    text = f"专访东岳航空主任乘务长许静\n记者：您能介绍一下这个岗位吗？\n答：这个岗位不太好懂。乘务长是整个乘务组的负责人。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n"
    role = analyse(text).role  # 主任 goes on into another job title; the airline employs her
    assert (role.label, role.aliases[:1]) == ("主任乘务长", ["乘务长"])


def test_a_slides_bullet_before_the_shorter_name_the_intro_opens_with():
    text = f"连锁药店店长岗位职责培训\n■ 店长是门店的第一责任人。\n模块一  做好一件事\n{BODY}\n模块二  做好两件事\n{BODY}\n"
    role = analyse(text).role
    assert (role.label, role.aliases) == ("连锁药店店长", ["店长"])


def test_an_infoboxs_other_job_title_is_no_alias():
    lines = ["首席数据官", "首席数据官（CDO）是负责数据战略的高管。", "直接上级", "首席执行官（CEO）", "一、制定数据战略", BODY, "二、数据治理", BODY]
    role = analyse("\n".join(lines) + "\n").role
    assert (role.label, role.aliases) == ("首席数据官", ["CDO"])


def test_hearsay_opens_no_definition():
    text = f"书记员的工作\n听说书记员也叫庭审记录员，是不是每天打字？\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n"
    role = analyse(text).role
    assert "听说书记员" not in role.aliases and "庭审记录员" in role.aliases


def test_a_title_in_english_and_chinese_parted_by_a_bar_gives_both_names():
    role = analyse(f"Dental Assistant｜牙科助理岗位说明书\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert (role.label, role.aliases) == ("牙科助理", ["Dental Assistant"])


def test_the_title_below_a_documents_header_block():
    top = ["【内部资料 请勿外传】", "鲜丰超市连锁 · 门店运营部 · 新员工培训讲义", "文件编号：MD-PX-017　　版本：V3.2", "编制：培训组　　审核：李娟",
           "——————————————", "超市理货员岗位职责与操作要点"]
    doc = analyse("\n".join([*top, "一、到货验收", BODY, "二、商品陈列", BODY]) + "\n")
    assert doc.title == "超市理货员岗位职责与操作要点"


def test_a_newspapers_masthead_and_page_line_are_no_title():
    top = ["滨江晚报数字报　2024年11月18日　星期一", "第A07版：城市人物　　上一版　下一版", "", "一天两万步，他替城市守着燃气管线",
           "——记者对话滨江燃气集团巡线工王建国", "本报记者 刘晓燕 文/图"]
    doc = analyse("\n".join([*top, "一、做好一件事", BODY, "二、做好两件事", BODY]) + "\n")
    assert doc.title == "一天两万步，他替城市守着燃气管线"


def test_the_intro_naming_the_role_shorter_than_the_title_gives_that_name_too():
    text = f"门店视觉陈列师岗位职责培训讲义\n视觉陈列师，行业内常简称VM，负责橱窗和货架。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n"
    role = analyse(text).role
    assert role.label == "门店视觉陈列师" and "视觉陈列师" in role.aliases


def test_a_bold_closing_line_is_no_duty():
    bold = ["**管理门店团队**", "**控制门店成本**", "**提升顾客体验**", "**写在最后**"]
    doc = analyse(article(bold))
    assert [d.title for d in doc.duties] == ["管理门店团队", "控制门店成本", "提升顾客体验"]


def test_an_encyclopedias_occupation_field_names_the_role():
    doc = analyse(f"无人机飞手职业介绍：工作职责、前景与收入\n职业名称：无人机飞手\n所属行业：低空经济\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n")
    assert doc.role.label == "无人机飞手"


def test_a_how_to_pages_bare_step_numbers_under_its_steps_header_are_duties():
    steps = ["方法/步骤", "1", "参加班前例会，领取房态表。", "2", "按规范顺序清扫客房，先做VIP房。", "3", "做床和更换布草，床面要平整。"]
    doc = analyse("\n".join(["如何做好一名客房服务员", "客房服务员是酒店的一线岗位。", *steps, "注意事项", "1", "注意安全。"]) + "\n")
    assert [(d.index, d.title) for d in doc.duties] == [(1, "参加班前例会"), (2, "按规范顺序清扫客房"), (3, "做床和更换布草")]
    assert "领取房态表" in doc.text[doc.duties[0].section.start : doc.duties[0].section.end]


def test_a_regulations_article_that_lists_the_duties_gives_them():
    articles = [
        "第一条 为了加强设备管理，制定本制度。",
        "第二条 本制度适用于设备科科长岗位。",
        "第三条 设备科科长的主要职责如下：",
        "（一）组织编制采购计划，会同临床科室开展需求论证。",
        "（二）负责招标采购的组织实施，严格执行政府采购和招投标有关规定，审核技术参数，防止在采购文件中出现指定品牌和排他性条款；对大型设备应组织专家论证。",
        "（三）负责设备报废和资产清查工作。",
        "第四条 设备科科长应当每季度向分管副院长书面报告设备运行、维修费用和采购执行情况，每年年底作年度述职。",
        "第五条 本制度自印发之日起施行。",
    ]
    doc = analyse("\n".join(["设备科科长岗位责任制", *articles]) + "\n")
    assert [d.title for d in doc.duties] == ["组织编制采购计划，会同临床科室开展需求论证", "负责招标采购的组织实施", "负责设备报废和资产清查工作"]


def test_a_regulations_chapter_on_duties_gives_its_articles():
    chapters = [
        "第一章 总则",
        "第一条 为明确调度员的岗位职责，制定本规范。",
        "第二条 本规范所称调度员，是指负责行车调度的人员。",
        "第二章 岗位职责",
        "第三条 行车计划编制",
        "根据客流编制时刻表。",
        "第四条 运营监控",
        "实时监控车辆位置。",
        "第五条 应急处置",
        "遇恶劣天气启动预案。",
        "第三章 附则",
        "第六条 本规范自印发之日起施行。",
    ]
    doc = analyse("\n".join(["调度员岗位规范", *chapters]) + "\n")
    assert [(d.index, d.title) for d in doc.duties] == [(1, "行车计划编制"), (2, "运营监控"), (3, "应急处置")]
    last = doc.duties[-1].section
    assert "印发" not in doc.text[last.start : last.end]


def test_the_outlines_next_part_ends_the_last_duty():
    lines = [
        "第一条 目的",
        "为规范门店管理，制定本制度。",
        "第二条 岗位职责",
        "（一）管理门店团队",
        "负责排班和培训。",
        "（二）控制门店成本",
        "负责盘点和损耗控制。",
        "第三条 培训与考核",
        "新店长须到总店跟岗一个月。",
    ]
    doc = analyse("\n".join(["店长岗位管理制度", *lines]) + "\n")
    assert [d.title for d in doc.duties] == ["管理门店团队", "控制门店成本"]
    last = doc.duties[-1].section
    assert doc.text[last.start : last.end].strip() == "负责盘点和损耗控制。"


@pytest.mark.parametrize("closing", ["附则", "发展前景", "从业要求", "最后说两句", "【职业发展】", "【课后练习】"])
def test_a_closing_part_header_ends_the_last_duty(closing):
    lines = ["验光师的主要职责", "一、屈光检查", "为顾客做屈光检查。", "二、视光档案", "为每位顾客建立档案。", closing, "本行业前景广阔。"]
    doc = analyse("\n".join(lines) + "\n")
    last = doc.duties[-1].section
    assert doc.text[last.start : last.end].strip() == "为每位顾客建立档案。"


def test_a_sign_off_paragraph_ends_the_last_duty():
    lines = ["验光师的主要职责", "一、屈光检查", "为顾客做屈光检查。", "二、视光档案", "为每位顾客建立档案。", "最后说点心里话。这一行要耐得住寂寞。"]
    doc = analyse("\n".join(lines) + "\n")
    last = doc.duties[-1].section
    assert doc.text[last.start : last.end].strip() == "为每位顾客建立档案。"


def test_duties_under_a_bare_section_header_end_at_the_next_one():
    lines = ["光伏电站站长", "基本信息", "别称：场站长", "岗位职责", "（1）安全生产管理", "站长是第一责任人。", "（2）运行监控",
             "站长每日查看监控。", "典型案例", "■ 隆基绿能：其企业使命为“善用太阳光芒”。"]
    doc = analyse("\n".join(lines) + "\n")
    assert [d.title for d in doc.duties] == ["安全生产管理", "运行监控"]
    last = doc.duties[-1].section
    assert doc.text[last.start : last.end].strip() == "站长每日查看监控。"
    assert [(e.subject, e.duty_index) for e in doc.examples] == [("隆基绿能", 0)]


def test_bold_named_bullets_under_an_outlines_duty_part_are_the_duties():
    lines = ["SRE负责人岗位说明", "一、岗位定位", "SRE负责人，全称站点可靠性工程负责人。", "二、核心职责",
             "- **SLO管理**：定义核心服务的SLO。", "- **事故响应**：建立事故响应流程。", "- **变更管控**：管好线上变更。",
             "三、协作关系", "对接各业务研发团队。", "四、任职要求", "- 5年以上运维经验；", "- 熟悉Kubernetes。"]
    assert [d.title for d in analyse("\n".join(lines) + "\n").duties] == ["SLO管理", "事故响应", "变更管控"]


def test_a_tables_rows_give_the_duties_when_a_cell_holds_the_duty_and_its_text():
    lines = ["来料检验主管岗位说明书", "三、岗位职责", "序号 | 职责 | 工作标准",
             "1 | 组织制定来料检验标准。根据图纸编制检验规范，明确抽样方案。 | 检验文件受控率100%",
             "2 | 负责安排日常来料检验工作。合理分配检验人力。 | 及时率≥98%",
             "3 | 负责不合格来料的处置。发现不合格品时立即隔离。 | 时限≤24小时",
             "备注 | 本岗位应以海尔“有缺陷的产品就是废品”的理念为参照。"]
    doc = analyse("\n".join(lines) + "\n")
    assert [d.title for d in doc.duties] == ["组织制定来料检验标准", "负责安排日常来料检验工作", "负责不合格来料的处置"]
    last = doc.duties[-1].section
    assert "备注" not in doc.text[last.start : last.end]


def test_bold_subheads_win_over_the_run_in_preview_of_them():
    lines = ["案场经理到底管什么", "在我看来，案场经理的活儿就是三件事：一是抓团队，二是控客户，三是盯销控。下面一件一件说。",
             "**一是抓团队，把置业顾问带成一支能打的队伍**", "案场的业绩是置业顾问卖出来的。",
             "**二是控客户，守住每一组来访的转化**", "来访客户是最值钱的资产。", "**三是盯销控，管好房源和价格这本账**", "销控最敏感。"]
    titles = [d.title for d in analyse("\n".join(lines) + "\n").duties]
    assert titles == ["抓团队，把置业顾问带成一支能打的队伍", "控客户，守住每一组来访的转化", "盯销控，管好房源和价格这本账"]


def test_duties_listed_inside_one_answer_end_at_the_next_question():
    lines = ["专访连锁药房店长林青", "记者：店长具体负责哪些事情？", "林青：我一般拆成三块：", "1. 管理门店团队。负责排班和培训。",
             "2. 控制门店成本。负责盘点。", "3. 提升顾客体验。处理投诉。", "记者：您怎么看行业的变化？", "林青：变化很快，要不断学习。"]
    doc = analyse("\n".join(lines) + "\n")
    assert [d.title for d in doc.duties] == ["管理门店团队", "控制门店成本", "提升顾客体验"]
    last = doc.duties[-1].section
    assert doc.text[last.start : last.end].strip() == "处理投诉。"


def test_a_bilingual_part_header_ends_the_duties():
    bullets = ["Job Responsibilities 工作职责", "• 负责招标及采购程序，拟备标书及标书评审报告，并跟进合约管理 (contract administration)",
               "• 编制每月财务报表，跟进管理费收支及追收欠款，协助编制年度财政预算 (annual budget)",
               "• 处理突发事故，包括台风、水浸、停电及火警等紧急情况，须轮流 on-call 并推动环保工作",
               "Requirements 入职要求", "• 三年以上相关经验", "We offer 福利", "• 14天有薪年假"]
    doc = analyse("\n".join(["物业主任", "物业主任负责屋苑管理。", *bullets]) + "\n")
    assert [d.title for d in doc.duties] == ["负责招标及采购程序", "编制每月财务报表", "处理突发事故"]


def test_a_speechs_run_in_points_are_its_duties():
    text = ("在全镇新任村党支部书记培训班上的讲话\n同志们：\n希望大家做到以下几点：一要把牢政治方向，带头学习；二要抓好产业发展，壮大集体经济；"
            "三要推进基层治理，健全村民自治；四要守牢安全底线，抓好防汛。\n谢谢大家！\n")
    assert [d.title for d in analyse(text).duties] == ["把牢政治方向", "抓好产业发展", "推进基层治理", "守牢安全底线"]


def test_a_blogs_section_bars_are_its_duties_between_its_opening_and_closing_parts():
    lines = ["招聘经理到底管什么", "▍先说结论", "招聘经理要对进人的质量负责。", "▍人才画像", BODY, "关于标准的高低，奈飞有一句话。", BODY,
             "▍渠道搭建", BODY, "▍面试评估", BODY, "▍写在最后", "希望对你有用。"]
    assert [d.title for d in analyse("\n".join(lines) + "\n").duties] == ["人才画像", "渠道搭建", "面试评估"]


def test_what_the_article_praises_is_no_part_of_an_alias():
    text = f"招聘经理的职责\n真正的招聘经理（Recruiting Manager），要对进人这件事整体负责。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n"
    role = analyse(text).role
    assert (role.label, role.aliases) == ("招聘经理", ["Recruiting Manager"])


def test_paragraphs_each_opened_by_a_point_win_over_the_summary_that_lists_them():
    lines = ["乡村振兴专干的职责", "这位负责人概括为：一要摸清村情底数，二要发展特色产业，三要培育乡土人才。",
             "一要摸清村情底数。" + BODY, "二要发展特色产业。" + BODY, "三要培育乡土人才。" + BODY]
    doc = analyse("\n".join(lines) + "\n")
    assert [d.title for d in doc.duties] == ["摸清村情底数", "发展特色产业", "培育乡土人才"]
    assert all(BODY in doc.text[d.section.start : d.section.end] for d in doc.duties)


def test_a_regulations_opening_and_closing_articles_are_no_duties():
    lines = ["标　　题：关于印发《临溪县村级财务管理员岗位职责》的通知",
             "第一条　为加强村级集体资金管理，制定本职责。", "第二条　本职责适用于本县各行政村配备的村级财务管理员。",
             "第三条　负责村级财务收支报账。" + BODY, "第四条　负责会计核算和账簿管理。" + BODY, "第五条　负责财务档案管理。" + BODY,
             "第六条　乡镇农经站负责对村级财务管理员履职情况进行年度考核。", "第七条　本职责由县农业农村局负责解释，自印发之日起施行。"]
    doc = analyse("\n".join(lines) + "\n")
    assert doc.title == "关于印发《临溪县村级财务管理员岗位职责》的通知"
    assert [(d.index, d.title) for d in doc.duties] == [(1, "负责村级财务收支报账"), (2, "负责会计核算和账簿管理"), (3, "负责财务档案管理")]


def test_a_bilingual_heading_with_a_comma_in_its_english_is_whole():
    lines = ["Office Manager 行政经理岗位说明", "1. Facilities 行政后勤", BODY, "2. Health, Safety & Security 安全与安保", BODY,
             "3. Procurement & Budget 采购与预算", BODY]
    titles = [d.title for d in analyse("\n".join(lines) + "\n").duties]
    assert titles == ["Facilities 行政后勤", "Health, Safety & Security 安全与安保", "Procurement & Budget 采购与预算"]


def test_a_name_in_parentheses_after_the_titles_role_is_an_alias():
    role = analyse(f"客户成功经理（CSM）\n云栈科技是一家SaaS公司。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert (role.label, role.aliases) == ("客户成功经理", ["CSM"])


def test_a_wiki_pages_front_matter_title_and_bold_item_names():
    lines = ["---", "title: 数据分析师岗位说明", "---", "我们和数据工程师（DE）一起维护数仓。", "## 职责",
             "1) **指标体系建设**：" + BODY, "2) **数据看板与日常报表**：" + BODY, "3) **专题分析与归因**：" + BODY]
    doc = analyse("\n".join(lines) + "\n")
    assert doc.title == "数据分析师岗位说明" and doc.role.aliases == []
    assert [d.title for d in doc.duties] == ["指标体系建设", "数据看板与日常报表", "专题分析与归因"]


def test_a_postings_title_lists_other_names_after_a_slash():
    role = analyse(f"品牌总监/品牌负责人（乳制品）\n鲜朴乳业是一家乳品公司。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert (role.label, role.aliases) == ("品牌总监", ["品牌负责人"])


def test_a_definition_after_the_employer_names_the_role():
    text = f"麦语烘焙 MAIYU BAKERY\n每一天，新鲜出炉\n在麦语，门店督导是连接总部与门店的关键角色，内部我们习惯称之为“区域伙伴”。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n"
    role = analyse(text).role
    assert (role.label, role.aliases) == ("门店督导", ["区域伙伴"])


def test_whom_the_post_reports_to_is_no_alias():
    text = f"行政经理岗位说明\n本岗位汇报给人力运营负责人（Head of People Operations），负责行政工作。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n"
    assert analyse(text).role.aliases == []


def test_a_blogs_name_and_tagline_give_way_to_the_posts_title():
    lines = ["痞客邦 PIXNET　　首頁　｜　熱門　｜　美食　｜　旅遊　｜　職場　｜　親子　　　搜尋　　登入", "莉莉的零售日記",
             "當了十年店長的碎碎念｜零售・門市管理・職場心得", "2024-02-18 22:10　｜　分類：門市管理　｜　標籤：店長, 門市",
             "瀏覽(3521)　｜　回應(12)　｜　引用(0)", "門市店長到底在做什麼？十年店長告訴你5大職責",
             "門市店長，一般大家直接叫店長，有些公司的職稱是門市主任。", "【職責一】做好一件事", BODY, "【職責二】做好兩件事", BODY]
    doc = analyse("\n".join(lines) + "\n")
    assert doc.title == "門市店長到底在做什麼？十年店長告訴你5大職責"
    assert (doc.role.label, doc.role.aliases) == ("門市店長", ["店長", "門市主任"])


def test_a_sub_list_numbered_1_in_parentheses_is_no_part_of_the_1_dot_run():
    lines = ["淘宝店长的职责", "1. 定店铺定位", BODY, "2. 选品与商品规划", "1）引流款：拉流量；", "2）利润款：赚钱；", "3）形象款：拉调性。",
             "3. 盯数据", BODY, "4. 策划营销活动", BODY]
    titles = [d.title for d in analyse("\n".join(lines) + "\n").duties]
    assert titles == ["定店铺定位", "选品与商品规划", "盯数据", "策划营销活动"]


def test_a_short_english_title_among_chinese_ones_keeps_its_words():
    lines = ["物業經理的職責", "Duty 1｜日常物業管理", BODY, "職責二｜Compliance & Safety", "自條例實施後，物業經理須確保大廈符合法例要求。" + BODY,
             "Duty 3｜團隊管理", BODY]
    assert [d.title for d in analyse("\n".join(lines) + "\n").duties] == ["日常物業管理", "Compliance & Safety", "團隊管理"]


def test_a_speechs_run_in_points_over_paragraphs_each_opened_by_one_are_its_duties():
    text = ("在科室主任工作会议上的讲话\n一、认清形势\n" + BODY + "\n二、履行科室主任职责\n科室主任是第一责任人。\n一是守牢质量底线。" + BODY
            + "二是抓好学科建设。" + BODY + "三是带好人才队伍。" + BODY + "\n四是管好科室运营。" + BODY + "\n三、转变作风\n" + BODY + "\n")
    assert [d.title for d in analyse(text).duties] == ["守牢质量底线", "抓好学科建设", "带好人才队伍", "管好科室运营"]


def test_a_markdown_tables_header_row_is_no_duty():
    rows = ["| 职责 | 说明 |", "|---|---|", "| 管理门店团队 | 负责排班 |", "| 控制门店成本 | 负责盘点 |", "| 提升顾客体验 | 负责回访 |"]
    doc = analyse("\n".join(["店长岗位职责", "店长是门店的负责人。", *rows]) + "\n")
    assert [d.title for d in doc.duties] == ["管理门店团队", "控制门店成本", "提升顾客体验"]


def test_an_encyclopedias_title_under_its_menu_and_its_infobox_aliases():
    lines = ["百度百科　首页　秒懂百科　特色百科　知识专题　加入百科　百科团队　权威合作　个人中心", "殡葬礼仪师", "播报　编辑　讨论",
             "殡葬礼仪师是从事治丧策划的专业人员。", "中文名　殡葬礼仪师", "别　名　白事司仪、殡仪服务员",
             "一、治丧咨询", BODY, "二、告别厅布置", BODY]
    doc = analyse("\n".join(lines) + "\n")
    assert doc.title == "殡葬礼仪师"
    assert {"白事司仪", "殡仪服务员"} <= set(doc.role.aliases)


def test_a_bilingual_title_gives_the_roles_english_names():
    doc = analyse(f"Clinical Research Coordinator (CRC) / 临床研究协调员\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n")
    assert (doc.role.label, doc.role.aliases) == ("临床研究协调员", ["Clinical Research Coordinator", "CRC"])


def test_article_without_duties_keeps_its_role_from_the_title():
    doc = analyse("咖啡店长的工作职责\n咖啡店长负责门店的出品质量和团队排班。\n")
    assert doc.duties == []
    assert doc.role.label == "咖啡店长"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("在2024年全区新招录社区网格员岗前培训班开班仪式上的讲话", "社区网格员"),
        ("在2024年科室主任工作会议上的讲话", "科室主任"),  # jieba tags 主任 b, not n
        ("乡村振兴专干：扎根田野的“多面手”", "乡村振兴专干"),
    ],
)
def test_a_role_inside_a_long_title_is_the_nouns_ending_in_its_job_title_word(title, role):
    doc = analyse(f"{title}\n同志们：\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n")
    assert doc.role.label == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("财务经理的职责有哪些", "财务经理"),
        ("财务经理岗位说明书", "财务经理"),
        ("一名合格的财务经理要做好哪些事", "财务经理"),
        ("做好数据分析师的八大职责", "数据分析师"),
        ("浅谈仓储主管的职责", "仓储主管"),
        ("如何当好一名幼儿园园长", "幼儿园园长"),
        ("咖啡店店长的日常工作", "咖啡店店长"),
        ("店长助理岗位职责", "店长助理"),
        ("HR经理需要做什么?", "HR经理"),
        ("一槌定音背后:拍卖师到底要做哪些事?", "拍卖师"),  # the question after a lead-in
        ("法院书记员平时主要做哪些工作?累不累?", "法院书记员"),  # 书记 goes on into 书记员
        ("高速公路收费员2024年度个人述职报告", "高速公路收费员"),  # the year before 年度
        ("细纱挡车工（包吃住，倒班）", "细纱挡车工"),  # a posting's terms in parentheses
        ("验光师(职业)", "验光师"),  # an encyclopedia's disambiguation
        ("地政士(代书)是做什么的?工作内容一次看", "地政士"),  # an alias in parentheses after the role
        ("新媒体运营岗位职责", "新媒体运营"),  # no job-title word: what precedes 岗位职责
        ("做了三年社群运营,我总结出这份职责清单", "社群运营"),  # a blogger's years in the job (normalised text)
        ("当了5年店长,说说店长最重要的三件事", "店长"),
        ("做了三年销售经理后我辞职了", "销售经理"),
        ("干了3年才明白这个道理", ""),
        ("如何管理好一个团队", ""),
        ("中华会计网校", ""),  # a job-title word inside a longer word names no role
        ("律师事务所招聘", ""),
        ("做市商的职责", "做市商"),  # 做 opens the name here, not a lead-in
        ("项目经理三大职责", "项目经理"),
        ("销售经理年度工作计划", "销售经理"),
        ("店长手册", "店长"),
        # A named employer is no part of the role; a kind of workplace is.
        ("江州市第二人民医院护士长岗位职责（试行）", "护士长"),
        ("澜启科技有限公司人事专员岗位职责", "人事专员"),
        ("酒店前台主管岗位职责", "酒店前台主管"),
        ("幼儿园园长岗位职责", "幼儿园园长"),
        ("关于明确幼儿园园长岗位职责的通知", "幼儿园园长"),  # a notice's lead-in is no employer
        ("干了3年私教，这才是私人健身教练每天在做的事", "私人健身教练"),
        ("航空公司的签派员主要是干什么的？具体工作职责有哪些？", "签派员"),  # no job-title word we know
        ("乡镇农技推广员个人述职报告（2023年度）", "农技推广员"),
        ("长丰农商银行2024年社会招聘公告（大堂经理岗）", "大堂经理"),
        ("守在大屏前的“城市指挥家”——对话地铁行车调度员周建明", "地铁行车调度员"),
        ("电梯维保工", "电梯维保工"),  # a career page's title: the post alone
        ("前台（行政前台）", "前台"),
        ("生产计划员（PMC专员）", "生产计划员"),
        ("揭秘｜文物修复师每天都在做什么？", "文物修复师"),
        ("Clinical Research Coordinator (CRC) / 临床研究协调员", "临床研究协调员"),  # bilingual
        ("物业项目经理每天都在忙啥？6件事给你说透", "物业项目经理"),
        ("竞聘心内科护士长演讲稿", "心内科护士长"),
        ("民航安检员招聘|岗位职责与工作内容详解", "民航安检员"),  # normalised text
        ("干了八年4S店,我总结出汽车销售顾问的六个秘诀", "汽车销售顾问"),  # a workplace is no role (normalised text)
        ("【干货】干了十年4S店服务经理,说说这个岗位每天到底在忙啥", "4S店服务经理"),
        ("对话云澜酒店总经理周建华:酒店总经理每天到底在忙什么?", "酒店总经理"),  # the guest's post is no role
        ("社区医院院长工作职责", "社区医院院长"),  # a kind of workplace, no employer
        ("门店主管岗位职责", "门店主管"),  # 店主 is a job title too: the longer word that ends the run
        ("EP.52|和一位品控经理聊聊:一瓶酱油从原料到货架要过多少关", "品控经理"),  # (titles as normalised)
        ("在省博当了三年讲解员,说说我们每天到底在干嘛", "讲解员"),
        ("连锁超市采购总监岗位职责 采购总监的工作内容是什么", "连锁超市采购总监"),  # a content farm's two titles
        ("人力资源业务伙伴(HRBP)- 智能制造事业部 | 青禾科技招聘", "人力资源业务伙伴"),
        ("一辆车跑不跑得赚钱,看运输经理就知道", "运输经理"),  # 看 leads in (not 看护员)
        ("外刊编译|首席可持续发展官:从“边缘角色”到董事会常客,他们到底在做什么?", "首席可持续发展官"),  # a part alone
    ],
)
def test_role_in_title(title, role):
    assert role_in_title(title) == role


def test_role_words_extend_the_bundled_list(tmp_path):
    title = "一名合格的民航飞行员要做好哪些事"
    assert role_in_title(title) == ""
    extra = tmp_path / "roles.txt"
    extra.write_text("# aviation, in Traditional script: matched through the Simplified copy\n飛行員\n", encoding="utf-8")
    assert role_in_title(title, load_role_words(extra)) == "民航飞行员"
    text = f"{title}\n一、做好飞行前检查\n{BODY}\n二、做好航后讲评\n{BODY}\n"
    doc = Pipeline(Settings(role_words=(extra,))).run(read_text(text, "a.txt"))
    assert doc.role.label == "民航飞行员"
    assert analyse(text).role is None


def test_job_posting_requirements_are_not_part_of_the_last_duty():
    text = "\n".join(
        [
            "财务经理岗位职责",
            "岗位职责:",
            "1、负责公司日常财务核算,审核各类凭证;",
            "2、负责编制财务报表,进行财务分析;",
            "3、参与制定公司预算,监控预算执行。",
            "任职要求:",
            "1、本科及以上学历,会计相关专业;",
            "2、五年以上财务管理经验。",
        ]
    )
    doc = analyse(text)
    assert [d.title for d in doc.duties] == [
        "负责公司日常财务核算,审核各类凭证",
        "负责编制财务报表,进行财务分析",
        "参与制定公司预算,监控预算执行",
    ]
    last = doc.duties[-1].section
    assert "学历" not in doc.text[last.start : last.end]
    assert doc.role.label == "财务经理"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (["职场网", "仓储主管的岗位职责"], "仓储主管的岗位职责"),  # a site name above the title
        (["仓储主管的岗位职责", "职场网"], "仓储主管的岗位职责"),
        (["库存与团队"], "库存与团队"),  # no line names a role: the first line
        (["中华会计网校", "财务经理的岗位职责"], "财务经理的岗位职责"),  # the line shaped like a title wins
        (["仓储主管要做好库存管理。", "仓储主管的岗位职责"], ""),  # a sentence first: no title
        # A question title is still a title, and names the role.
        (["仓储主管每天都在忙什么？一文看懂仓储主管的职责"], "仓储主管每天都在忙什么？一文看懂仓储主管的职责"),
        (["律师助理招聘", "工作职责："], "律师助理招聘"),  # a list's header is no title, nor 工作 a role
        (["💪干了3年私教，这才是私人健身教练每天在做的事🔥"], "💪干了3年私教，这才是私人健身教练每天在做的事🔥"),
        (["XX建设工程有限公司　岗位说明书", "文件编号：HR-GW-2023-017　　版本：A/1　　生效日期：2023年3月1日", "施工员岗位职责"],
         "施工员岗位职责"),  # header fields between
    ],
)
def test_title_is_the_top_line_that_names_the_role(top, title):
    doc = analyse("\n".join([*top, "一、管理库存", BODY, "二、管理团队", BODY]))
    assert doc.title == title


@pytest.mark.parametrize(
    ("sentence", "aliases"),
    [
        ("HRBP是HR Business Partner的缩写,中文通常译为人力资源业务伙伴。", {"HR Business Partner", "人力资源业务伙伴"}),
        ("KPI是Key Performance Indicator的缩写,HRBP要会用。", set()),  # not the role's abbreviation
        ("很多人叫苦连天,HRBP的工作并不轻松。", set()),
        ("HRBP的别称很多,英文也是必备技能。", set()),
        ("现诚聘HRBP(full-time)一名。", set()),  # lower-case Latin: no job title
        ("岗位别称:暂无", set()),
    ],
)
def test_alias_cues_take_names_not_junk(sentence, aliases):
    role = analyse(f"HRBP是做什么的?\n{sentence}\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert (role.label, set(role.aliases)) == ("HRBP", aliases)


def test_ji_as_in_jishi_is_no_alias_cue():
    role = analyse(f"某岗位的职责\n财务经理是企业的管家,即使很忙也要把关预算。\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert role is None or role.aliases == []


@pytest.mark.parametrize(
    "sentence",
    [
        "店长需要具备良好的英文沟通能力。",  # 英文 alone introduces no name
        "财务经理是企业的管家,即时处理预算问题。",  # 即时, not 即 + a name
        "财务经理要盯住毛利,即销售额减去成本后的部分。",  # an explanation, not a name
        "财务经理要关注门店的成交额与客单价以及复购率,即GMV。",  # late in the sentence
        "财务经理,即上海等地的门店经理。",  # a phrase, not a name
        "财务经理在有的公司叫停了采购,改由总部统一下单。",  # a bare 叫 names only a job title
        "美澜临床（Meridian Clinical Services）是一家临床试验现场管理组织。",  # a firm, not the role
        "财务经理要管好预算，业内有句老话叫“钱要花在刀刃上”。",  # a saying, not a name
    ],
)
def test_prose_that_resembles_an_alias_cue_gives_no_alias(sentence):
    role = analyse(f"财务经理的职责有哪些\n{sentence}\n一、做好一件事\n{BODY}\n二、做好两件事\n{BODY}\n").role
    assert role.label == "财务经理" and role.aliases == []


def test_a_time_in_a_heading_does_not_end_its_title():
    doc = analyse(f"店长的岗位职责\n1、每天早上9:00前完成开店准备\n{BODY}\n2、检查门店卫生\n{BODY}\n")
    assert [d.title for d in doc.duties] == ["每天早上9:00前完成开店准备", "检查门店卫生"]


def test_a_paragraph_that_opens_like_a_posting_header_stays_in_its_duty():
    text = f"店长的岗位职责\n一、管理团队\n{BODY}\n二、检查服务\n岗位要求店长每天检查服务质量,这一点很重要。\n"
    doc = analyse(text)
    last = doc.duties[-1].section
    assert "岗位要求店长" in doc.text[last.start : last.end]


def test_long_latin_headings_are_not_cut_at_a_space():
    lines = ["Store manager duties"]
    for number, title in enumerate(["Lead the team and manage the daily operations of the whole store",
                                    "Control the cost of the store and keep the margin at a healthy level"], 1):
        lines += [f"{number}. {title}", "body."]
    # Too long for titles, and no Chinese to end them at: no duties rather than "Lead", "Control".
    assert analyse("\n".join(lines)).duties == []


@pytest.mark.parametrize(
    "cue",
    ["又称", "也叫做", "被称为", "简称", "俗称", "英文名为", "英文一般写", "英文职位名称是", "中文通常译为", "岗位别称:",
     "也就是常说的", "有的企业称为", "有的公司把这个岗位叫", ",即", "(", "是X的缩写", "又名", "亦名", "别称",
     "也有叫", "有的公司招聘时写成", "自嘲为", "英文title一般写", "圈里一般叫", "大家一般叫", "常说X就是",
     "有的商场习惯叫", "叫一声“", "称之为“"],
)
def test_every_alias_cue_holds_a_character_the_quick_skip_looks_for(cue):
    """_definition_names skips sentences without any of _NAME_HINT's characters: a new alias
    cue must hold one of them, or it is never read."""
    from kg.structure import _NAME_HINT

    assert _NAME_HINT.search(cue)


def test_a_handbooks_section_on_one_post_gives_its_articles_numbered_on():
    # 第三十条 … 第四十二条: the articles go on from the chapters before; the section line names the post.
    articles = [
        "第三十条　适用范围。本节适用于公司各分拨中心。",
        "第三十一条　岗位定义。分拣中心主管是分拨中心的一线管理岗位。",
        f"第三十二条　作业计划与排班管理。{BODY}",
        f"第三十三条　分拣现场管理。{BODY}",
        f"第三十四条　安全生产管理。{BODY}",
        "第三十五条　任职资格。分拣中心主管原则上应具备大专及以上学历。",
        "第三十六条　本节规定自发布之日起施行。",
    ]
    doc = analyse("\n".join(["员工手册（2024年修订版）", "第六章　运营岗位职责", "第三节　分拣中心主管", *articles]) + "\n")
    assert [(d.index, d.title) for d in doc.duties] == [(1, "作业计划与排班管理"), (2, "分拣现场管理"), (3, "安全生产管理")]
    assert (doc.role.label, doc.role.aliases) == ("分拣中心主管", [])  # not 运营, the chapter's field


def test_a_recruitment_notices_duties_follow_their_header_after_the_notices_own_parts():
    lines = [
        "淮川市人力资源和社会保障局",  # the site's owner above the title
        "淮川市人民医院2024年公开招聘医院感染管理专职人员公告",
        "根据有关规定，现将招聘有关事项公告如下。",
        "一、招聘岗位及人数", "医院感染管理科专职人员3名。",
        "二、报名条件", "具有良好的品行。",
        "三、考试与考察", "考试采取笔试加面试的方式。",
        "附件1：医院感染管理专职人员岗位职责",
        "医院感染管理专职人员，简称院感专职人员，隶属医院感染管理科。",
        f"1.开展医院感染监测与病例报告。\n{BODY}",
        f"2.指导临床科室落实消毒隔离措施。\n{BODY}",
        f"3.开展医院感染防控知识培训。\n{BODY}",
    ]
    doc = analyse("\n".join(lines) + "\n")
    assert doc.title == "淮川市人民医院2024年公开招聘医院感染管理专职人员公告"
    assert [d.title for d in doc.duties] == ["开展医院感染监测与病例报告", "指导临床科室落实消毒隔离措施", "开展医院感染防控知识培训"]
    assert (doc.role.label, doc.role.aliases) == ("医院感染管理专职人员", ["院感专职人员"])


def test_a_self_media_headline_on_the_first_line_is_the_title():
    headline = "在餐饮干了12年才看懂：一家店能不能活下去，全看楼面经理这6件事，很多老板还蒙在鼓里！"
    doc = analyse(f"{headline}\n餐饮老炮阿杰\n楼面经理，有的店叫楼面主管。\n第一，开好班前会。{BODY}\n第二，盯住服务流程。{BODY}\n")
    assert doc.title == headline
    assert (doc.role.label, doc.role.aliases) == ("楼面经理", ["楼面主管"])


def test_a_heading_title_in_brackets_loses_them():
    doc = analyse(f"商品经理的职责有哪些\n商品经理负责商品。\n1. 【制定年度商品规划】\n{BODY}\n2. 【组织选品与新品开发】\n{BODY}\n")
    assert [d.title for d in doc.duties] == ["制定年度商品规划", "组织选品与新品开发"]


def test_a_markdown_posts_title_and_headings_stay_whole():
    lines = [
        "老周的零售笔记 | 一个区域运营经理的碎碎念",  # the blog's header above the post's title
        "# 做了六年区域运营经理，我终于想明白这份工作到底管什么",
        "我在一家超市做区域运营经理。公司里一般叫我们“区域经理”，店里的小伙伴私下喊我“片区长”，名片上的英文写的是Area Operations Manager。",
        f"## 一、巡店：把标准带进每一家店\n{BODY}",
        f"## 二、商品与库存：每个SKU都要算账\n{BODY}",  # a Markdown heading's line is all heading
    ]
    doc = analyse("\n".join(lines) + "\n")
    assert doc.title == "做了六年区域运营经理，我终于想明白这份工作到底管什么"
    assert [d.title for d in doc.duties] == ["巡店：把标准带进每一家店", "商品与库存：每个SKU都要算账"]
    assert (doc.role.label, doc.role.aliases) == ("区域运营经理", ["区域经理", "片区长", "Area Operations Manager"])


def test_a_listicles_keys_and_a_translations_glossed_numbers_are_duty_headings():
    doc = analyse(f"做好EHS经理的2个关键\nEHS经理负责安全。\n关键1：建立管理体系\n{BODY}\n关键2：组织风险评估\n{BODY}\n")
    assert [d.title for d in doc.duties] == ["建立管理体系", "组织风险评估"]
    doc = analyse(f"客户支持经理的职责\n客户支持经理负责支持。\n职责一：组建支持团队（Responsibility 1）\n{BODY}\n"
                  f"职责二：制定服务标准（Responsibility 2）\n{BODY}\n")
    assert [d.title for d in doc.duties] == ["组建支持团队", "制定服务标准"]


def test_a_joke_name_is_no_alias_but_an_english_name_rendered_is():
    doc = analyse(f"书店店长的一天\n朋友们总开玩笑叫我“泉州最穷的老板娘”，但我更喜欢叫自己书店店长。\n一、选书\n{BODY}\n二、办活动\n{BODY}\n")
    assert doc.role.aliases == []
    doc = analyse(f"公共营养师的工作内容\n公共营养师负责营养指导。其英文名称通常译作Public Nutritionist。\n（1）膳食调查\n{BODY}\n（2）营养咨询\n{BODY}\n")
    assert "Public Nutritionist" in doc.role.aliases


def test_a_handbook_for_a_post_and_a_table_rows_fields_name_the_role():
    doc = analyse(
        "清溪镇村文书工作手册\n村文书是村里负责文字材料的工作人员，又称村委会文书。村文书由村“两委”成员兼任。\n"
        f"一、做好会议记录\n{BODY}村文书要记录。\n二、做好档案管理\n{BODY}\n"
    )
    assert (doc.role.label, doc.role.aliases) == ("村文书", ["村委会文书"])  # not 清溪镇村文书, the post in one town
    doc = analyse("PMC经理岗位说明书\n岗位名称 | PMC经理\n岗位别称 | 生产物料控制经理\n岗位职责：\n1、编制生产计划。\n2、控制物料库存。\n")
    assert (doc.role.label, doc.role.aliases) == ("PMC经理", ["生产物料控制经理"])


def test_a_qa_pages_answer_ends_the_last_duty_and_names_the_fuller_role():
    lines = [
        "连锁烘焙店的店长每天都在做什么？",
        "先说清楚概念：烘焙店店长，在我们公司内部叫门店经理。",
        f"**1. 开店准备与出品把控**\n{BODY}",
        f"**2. 订货与损耗控制**\n{BODY}",
        "发布于 2024-03-07 · 著作权归作者所有",  # the first answer's footer, dropped as chrome
        "作者：阿橙的烘焙日记",
        "补充一点上面没说到的：店长最难的是管人。",
    ]
    doc = analyse("\n".join(lines) + "\n")
    assert (doc.role.label, doc.role.aliases[:2]) == ("烘焙店店长", ["店长", "门店经理"])
    last = doc.duties[-1].section
    assert "补充一点" not in doc.text[last.start : last.end]


def test_the_duties_after_their_header_win_over_a_longer_list_of_scores_later():
    lines = [
        "采购专员岗位职责及考核标准",
        "岗位概述：采购专员在公司内部又称采购员，部分业务部门也俗称其为“跑单员”。",
        "一、岗位职责", f"1. 编制采购计划\n{BODY}", f"2. 开发与评估供应商\n{BODY}", f"3. 询价比价与采购谈判\n{BODY}",
        "二、任职要求", "1. 学历：大专及以上学历。", "2. 经验：两年以上采购经验。",
        "三、考核标准", "（1）到货及时率（25分）：目标值≥95%。", "（2）来料合格率（20分）：目标值≥98%。",
        "（3）采购成本降低率（20分）：目标值≥3%。", "（4）库存周转天数（15分）：目标值≤30天。",
    ]
    doc = analyse("\n".join(lines) + "\n")
    assert [d.title for d in doc.duties] == ["编制采购计划", "开发与评估供应商", "询价比价与采购谈判"]
    assert doc.role.aliases == ["采购员", "跑单员"]


def test_an_answers_action_bar_ends_the_last_duty():
    lines = [
        "超市店长每天都在忙些什么？", "超市店长是一家门店的负责人。",
        f"1. 开早会、巡店\n{BODY}", f"2. 管商品：订货、陈列和库存\n{BODY}",
        "赞 1.2万   评论 328   分享   举报",  # the first answer's action bar, dropped as chrome
        "回答2", "补充一点外资卖场的视角。",
    ]
    doc = analyse("\n".join(lines) + "\n")
    last = doc.duties[-1].section
    assert "外资卖场" not in doc.text[last.start : last.end]
