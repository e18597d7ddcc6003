"""Clean stage: web chrome goes, the article stays."""

import re
import time
from pathlib import Path

import pytest
from support import CORPUS, analyse, pipeline

from kg.clean import SENTENCE, RuleIndex, clean, iter_lines
from kg.read import read_text


def kept_text(text: str) -> str:
    doc = clean(read_text(text, "a.txt"), pipeline().chrome)
    return "\n".join(doc.quote(span) for span in doc.lines)


@pytest.mark.parametrize(
    "line",
    [
        "✔ 原创力文档已认证",  # a document-sharing site's notes
        "首页　归档　分类　标签　关于我　RSS订阅",  # a blog's menu bar and search box
        "博客园　首页　新随笔　联系　订阅　管理",
        "随笔 - 86　文章 - 2　评论 - 241　阅读 - 19万",  # a blog's counters
        "受控文件　不得外传",  # a controlled document's stamp
        "编辑词条　|　收藏　|　分享到：微信 微博 QQ空间",  # an encyclopedia entry's toolbar
        "搜索...",
        "手机版　客户端　English",  # a portal's versions
        "百度首页  登录  注册",  # a sign-in bar, an encyclopedia's counter and search bar, a wiki's toolbar
        "0有用+1",
        "进入词条  全站搜索  帮助",
        "Share    ☆ Favorite    🕒 Updates    ⋯",
        "Last edited by 林骁 on Mar 4, 2024 · 👀 1,024 views",
        "Confluence　Spaces　People　Create　　　Search",
        "Pages / Employee Handbook 员工手册 / 4 Roles & Responsibilities 岗位说明",
        "Edit　Watch　Share　…",
        "采纳率：87%　擅长：企业管理 职业规划 生产制造",  # a Q&A site's answerer card
        "搜索　　登录　　36氪APP",
        "温馨提示：本文档共16页，可免费在线阅读全部内容，如需下载请先登录",
        "- 市场总监的岗位职责有哪些 推荐度:",
        "- 相关推荐",
        "相关阅读：",
        "店长的工作职责有哪些03-01",
        "上一篇：前台的工作职责",
        "版权声明：本文来源于网络",
        "发布时间：2023-04-05",
        "首页 > 职场指南 > 岗位职责 > 正文",
        "当前位置：首页 » 职场 » 岗位职责",
        "热门文章排行",
        "扫码关注公众号，获取更多职场干货",
        "标签：仓储 主管 职责",
        "评论(0)  点赞(12)  收藏",
        "责任编辑：王五",
        "打开APP阅读更多精彩内容",
        "声明：本文内容由网友投稿，不代表本站立场。",
        "(图片来源：网络)",
        "京ICP备12345678号",
        "评论 12 点赞 3",
        "[广告] 零基础学客服话术，7天轻松上岗 >>",
        "【推广】店长特训营火热报名中",
        "查看更多店长职责范文>>",
        "相关推荐：销售经理岗位职责｜财务主管工作内容",
        "文章标签：#数据分析 #职场",
        "数据老张  发布于 2024-03-05 21:47:10  阅读量 3.2k",
        "首页  专栏  问答  下载  登录/注册",
        "职场百科网 — 专注职业规划与岗位解读",
        "数智学堂 | 技术博客",
        "（本文由职场百科网编辑整理，转载请注明出处）",
        "扫描二维码关注“职场观察”公众号，获取更多求职干货",
        "登录 | 注册　　写文章",
        "网页剪藏 · 最后编辑：2024-03-12 21:47 · 同步自手机端",
        "> 原文作者：营销老张 ｜ 阅读 1.2万 ｜ 点赞 326 ｜ 收藏 158",
        "阅读 3.2k  点赞 368  收藏 128",
        "阅读 3.2万　　在看 218　　赞 506",
        "点赞 486 | 回复 举报",
        "用户名：老测试阿峰",
        "回复时间：2023-05-14 23:18",
        "3楼 【楼主采纳的最佳答案】",
        "小安　2022-11-04：看完才知道原来品牌经理要管P&L😱",  # a comment, a reply
        "　└ 艾薇 Ivy：看公司喔，通常2～3年左右～",
        "2022-11-03 ｜ by 艾薇 Ivy ｜ 職涯分享",  # a blog's byline
        "3-18 22:47 来自 iPhone 14 Pro Max  已编辑",  # a microblog's time and device
        "恒远咨询 内部培训资料  第1页/共4页",  # a PDF's page footer and header
        "仓储经理岗位说明书（培训版）                    仅供内部学习使用，请勿外传",
        "项目组：陈立衡（合伙人） 刘思远（高级经理）",  # a report's credits
        "产品经理 > 产品入门",  # a one-level breadcrumb
        "#品牌經理 #行銷職涯 #工作職責",
        "——来自 测吧 Android 客户端",
        "只看楼主 | 收藏 | 回复",
        "编辑 | 讨论 | 上传视频",
        "[2] 某市教育局：中小学内部管理制度指引 [引用日期2021-09-03]",
        "本词条由“科普中国”科学百科词条编写与应用工作项目审核",
        "词条标签：职业 , 教育 , 学校管理",
        "原创　小鹿说电商　2024-05-16 20:30　浙江",
        "— THE END —",
        "— 3 —",
        "百度知道 > 教育/科学 > 职业教育",  # a breadcrumb without 首页
        "乡镇农技推广员个人述职报告（2023年度）.docx",
        "上传人：qingshan2019 | 文档页数：3 页 | 上传时间：2024-01-08",
        "VIP免费下载 | 加入VIP，免费下载 | 收藏 | 举报",
        "谢谢观看！",
        "THANKS",
        "────────────────────────",
        "其他福利：三節獎金、年終獎金、員工旅遊",
        "恒升电梯 | 苏州恒升电梯工程有限公司",
        "首页  关于我们  产品中心  工程案例  维保服务  人才招聘",
        "服务热线：400-800-1234",
        "第 1 页 / 共 18 页",
        "[编辑]  [关注]  [分享]  [导出为Word]  [导出为PDF]",  # a row of buttons
        "【字体：大 中 小】　【打印】　【收藏】",
        "字号：大 中 小    打印本页    关闭窗口",  # …without brackets, as on a government site
        "打印本页　关闭窗口",
        "相关链接：淮川市人事考试网　淮川市卫生健康委员会",  # a government page's links to other sites
        "公共营养师（基础知识）　　　　　　·21·",  # a book's running header with its page number
        "·22·　　　　　本书由职业技能鉴定教材编审委员会组织编写",
        "首页　会员　发现　等你来答",  # a Q&A site (知乎)
        "搜索",
        "关注问题　写回答　邀请回答",
        "被浏览 128,406　关注者 312",
        "46 个回答　默认排序",
        "1,203 人赞同了该回答",
        "赞同 1203　86 条评论　分享　收藏　喜欢　收起",
        "广告 · 体检套餐限时5折，点击了解 >",
        "技术支持：启明网络科技有限公司",  # a site's footer fields
        "序号\t职责名称\t工作内容\t考核标准",  # a table's header row
        "| 序号 | 职责 | 说明 |",
        "👆点击上方蓝字，关注我们，每天进步一点点",  # a post's opener and byline behind an emoji
        "✍️ 作者：阿鹿｜编辑：小满",
        "#咖啡师的日常# #打工人的一天# #咖啡#",  # a line of hashtags
        "00:01:05,200 --> 00:01:09,800",  # a subtitle's timing
        "后厨江湖｜原创　2024-05-18　作者：川味老陈",  # a post's account, byline and date
        "百职网 · 岗位职责大全",  # a site's name and section
        "（BGM起）",  # a video script's stage direction
        "（画面切到工厂车间）",
        "主办单位：云溪区人民政府办公室　版权所有：云溪区人民政府",
    ],
)
def test_chrome_lines_are_dropped(line):
    assert kept_text(f"标题\n{line}\n正文第一句。\n") == "标题\n正文第一句。"


def test_related_articles_block_is_dropped_with_its_dated_titles():
    text = "标题\n正文第一句。\n【市场总监的职责有哪些】相关文章:\n律师的职责有哪些03-30\n客服的工作职责有哪些\n"
    assert kept_text(text) == "标题\n正文第一句。"


@pytest.mark.parametrize("header", ["相关文章推荐：", "相关新闻：", "—— 延伸阅读 ——", "▼ 相关报道 ▼"])
def test_a_block_of_linked_questions_is_dropped(header):
    text = f"标题\n正文第一句。\n{header}\n- 零基础如何转行数据分析？\n· 人事专员的岗位职责是什么？\n- 数据分析师和数据科学家有什么区别\n"
    assert kept_text(text) == "标题\n正文第一句。"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("正文。扫一扫,关注我们。", "正文。"),
        ("店长要写好日报。更多干货,请关注我们的公众号获取。", "店长要写好日报。"),
    ],
)
def test_chrome_sentences_go_from_their_paragraph(text, kept):
    assert kept_text(f"标题\n{text}\n") == f"标题\n{kept}"


def test_filler_sentences_go_but_their_paragraph_stays():
    text = "标题\n店长负责门店运营。下面跟着小编来看看店长的职责有哪些吧!希望对你有所帮助。本文如有侵权请联系删除。\n"
    assert kept_text(text) == "标题\n店长负责门店运营。"


def test_block_ends_at_a_real_paragraph():
    text = "标题\n相关文章:\n前台的工作职责\n这是一段真正的正文,它有标点。\n"
    assert kept_text(text) == "标题\n这是一段真正的正文,它有标点。"


def test_seed_article_loses_no_duty_and_keeps_no_chrome():
    doc = analyse((CORPUS / "shichang_zongjian.txt").read_text(encoding="utf-8"))
    kept = "\n".join(doc.quote(span) for span in doc.lines)
    assert "推荐度" not in kept and "相关文章" not in kept and "小编" not in kept and "03-30" not in kept
    assert len(doc.duties) == 8


def test_blank_line_ends_a_block_of_links():
    text = "标题\n正文第一句。\n相关文章:\n前台的工作职责\n\n二、制定团队计划\n正文第二句。\n"
    assert kept_text(text) == "标题\n正文第一句。\n二、制定团队计划\n正文第二句。"


def test_chrome_rules_leave_content_that_mentions_the_same_things():
    text = "标题\n新媒体运营要引导用户关注公众号,并做好留存。\n网站首页-产品页的跳转率要每周复盘。\n关注公众号回复“职责”领取资料。\n"
    assert kept_text(text) == "标题\n新媒体运营要引导用户关注公众号,并做好留存。\n网站首页-产品页的跳转率要每周复盘。"


@pytest.mark.parametrize(
    "line",
    [
        "扫码点餐已成为门店标配,店长要培训员工。",
        "新版考勤制度发布于2023年3月,行政主管要组织员工学习。",
        "行业网 — 这类网站的数据要核实来源。",
        "店长要引导顾客关注公众号领取优惠券,提升复购率。",
        "声明:" + "店长每天要检查门店的服务质量并记录在案," * 4 + "这是门店管理的基本要求。",
        "—— 01 ——",  # a WeChat post's section number, not a slide's page number
        "【案例】",
        "Day 31-60：找准一个速赢点，建立信任",  # a plan's period, not a comment's date
        "├─ 绩效：按月考核",  # a mind map's branch, not a reply
    ],
)
def test_content_that_looks_like_chrome_at_first_sight_is_kept(line):
    assert kept_text(f"标题\n{line}\n") == f"标题\n{line}"


@pytest.mark.parametrize(
    "header", ["👇推荐阅读👇", "—— 往期回顾 ——", "参考资料", "目录", "相关词条", "目录 CONTENTS", "相似职位推荐", "公司福利", "延伸閱讀"]
)
def test_blocks_of_links_under_a_decorated_header_are_dropped(header):
    text = (
        f"标题\n{header}\n1. 新手开网店，第一个月千万别踩这5个坑\n[2] 中小学教务管理实务\n教学副校长    德育主任\n"
        "五险一金 补充医疗保险 年终奖 带薪年假 定期体检 餐补 交通补助 节日福利 专业培训\n\n正文。\n"
    )
    assert kept_text(text) == "标题\n正文。"


@pytest.mark.parametrize("header", ["💬 6 則留言", "189 条评论  默认 | 最新", "全部评论(23)", "留言", "精选留言"])
def test_a_comments_header_ends_the_article(header):
    body = "标题\n第一段。\n第二段。\n第三段。\n第四段。\n"
    text = f"{body}{header}\n阿杰不吃香菜\n店长这活真不是人干的，我们店长上个月刚辞职。\n03-19 · 回复 · 赞 56\n"
    assert kept_text(text) == body.strip()
    # …but not in the page's header bar, above the article
    assert kept_text(f"{header}\n{body}") == body.strip()


def test_a_list_run_into_several_paragraphs_is_split_unless_the_lines_are_numbered():
    inline = "职责如下：第一、制作计划。第二、签发放行单。\n第三、监控航班。第四、处置延误。\n"
    assert kept_text("标题\n" + inline).count("\n") == 5  # 标题 + 职责如下 + four items
    numbered = "一、制作计划\n" + inline + "二、签发放行单\n"
    assert "第一、制作计划。第二、签发放行单。" in kept_text("标题\n" + numbered)  # sub-points stay put


def test_a_sites_menu_one_item_a_line_is_dropped():
    menu = "搜狐首页\n新闻\n体育\n汽车\n房产\n旅游\n更多\n登录狐友\n"
    assert kept_text(menu + "社群运营到底做什么\n正文第一句。\n") == "社群运营到底做什么\n正文第一句。"
    # …nor an encyclopedia's title among its menu and toolbar
    encyclopedia = "百度首页\n登录\n注册\n首页\n秒懂百科\n特色百科\n仓库管理员\n播报\n讨论\n"
    assert kept_text(encyclopedia + "仓库管理员是从事仓储工作的人员。\n").startswith("仓库管理员\n")
    # …but not a how-to's step numbers and short lines between them
    steps = "标题\n方法/步骤\n1\n参加班前例会。\n2\n清扫客房。\n"
    assert "方法/步骤" in kept_text(steps)


def test_a_zero_padded_number_alone_is_kept_for_the_heading_it_numbers():
    assert kept_text("标题\n01\n经营预算与目标拆解\n正文。\n0\n") == "标题\n01\n经营预算与目标拆解\n正文。"


@pytest.mark.parametrize(
    ("answers", "items"),
    [
        (
            "周总：可以归成几块。第一个是对业主负责，说白了就是完成指标。\n第二个是服务品质，这是根。\n"
            "记者：还有呢？\n周总：这就是第三个，成本控制。\n周总：其实还有最后一个，是品牌和口碑。\n",
            ("第一个是对业主负责", "第二个是服务品质", "第三个，成本控制", "最后一个，是品牌和口碑"),
        ),
        (  # a podcast's 第N块 and 还有一块
            "嘉宾：我一般把它分成几块。第一块，原辅料验收。黄豆要验。\n主持人：第二块呢？\n嘉宾：第二块是过程控制。要看温度。\n"
            "嘉宾：还有一块，是客诉处理和追溯。要查批次。\n嘉宾：这是最后一块，体系维护和审核。要做内审。\n",
            ("第一块，原辅料验收", "第二块是过程控制", "还有一块，是客诉处理和追溯", "最后一块，体系维护和审核"),
        ),
    ],
)
def test_an_interviews_spoken_items_are_cut_out_of_its_answers(answers, items):
    kept = kept_text("标题\n" + answers).split("\n")
    for item in items:
        assert any(line.startswith(item) for line in kept), item


def test_a_running_footer_goes_but_a_repeated_sentence_stays():
    footer = "味知源餐饮集团 · 内部资料 请勿外传"
    said = "店长要每天复盘。"
    text = "标题\n" + "".join(f"第{n}页正文。\n{footer}\n{said}\n" for n in range(3))
    kept = kept_text(text)
    assert footer not in kept and kept.count(said) == 3


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("点击上方蓝字“小鹿说电商”关注我们，每天一篇干货。店长要管好库存。", "店长要管好库存。"),
        ("觉得有用就点个“在看”吧，让更多小伙伴看到～", ""),
        ("关注我们，每天学一点电商干货。店长要管好库存。", "店长要管好库存。"),
        ("点击“阅读原文”，查看开放日预约方式。店长要管好库存。", "店长要管好库存。"),
        ("我希望这样的社区越来越多！（掌声）", "我希望这样的社区越来越多！"),  # a transcript's stage direction
        ("预祝培训班取得圆满成功！（热烈掌声）", "预祝培训班取得圆满成功！"),
        ("谢邀。这个问题我太有发言权了。", "这个问题我太有发言权了。"),
        ("如不希望继续接收本通讯，请回复“退订”。店长要管好库存。", "店长要管好库存。"),
    ],
)
def test_post_furniture_sentences_go(sentence, kept):
    assert kept_text(f"标题\n{sentence}\n") == "\n".join(filter(None, ["标题", kept]))


@pytest.mark.parametrize(
    ("paragraph", "items"),
    [
        ("职责包括：（1）制定计划；（2）编排课表；（3）组织考试。", ["职责包括：", "（1）制定计划；", "（2）编排课表；", "（3）组织考试。"]),
        ("1、负责招聘；2、负责培训；3、负责考勤", ["1、负责招聘；", "2、负责培训；", "3、负责考勤"]),
        ("工作主要有三项：一是常见病诊疗，及时转诊；二是公共卫生服务；三是健康教育。",
         ["工作主要有三项：", "一是常见病诊疗，及时转诊；", "二是公共卫生服务；", "三是健康教育。"]),
        ("岗位职责：①负责单据录入；②跟进收发货进度；③组织库存盘点。", ["岗位职责：", "①负责单据录入；", "②跟进收发货进度；", "③组织库存盘点。"]),
        # Two numbers are no list, nor are numbers that do not count up from 1.
        ("一是降成本，(1)少采购；(2)多复用。", ["一是降成本，(1)少采购；(2)多复用。"]),
        ("增长分三步：(2)拉新；(3)促活；(4)留存。", ["增长分三步：(2)拉新；(3)促活；(4)留存。"]),
        ("这几条：第一、制作计划。第二、签发放行单。第三、监控航班。", ["这几条：", "第一、制作计划。", "第二、签发放行单。", "第三、监控航班。"]),
        ("版本2.1、2.2、2.3都要测。", ["版本2.1、2.2、2.3都要测。"]),
    ],
)
def test_a_list_run_into_one_paragraph_is_split_into_its_items(paragraph, items):
    assert kept_text(f"标题\n{paragraph}\n").split("\n")[1:] == items


def test_chrome_rules_take_linear_time_on_lines_that_almost_match():
    """A rule with nested repeats of optional spaces took 7 s at 12 words here, 4x more per word."""
    line = " ".join(["赞"] * 40) + " x请文明发言"
    started = time.perf_counter()
    assert kept_text(f"标题\n{line}\n") == f"标题\n{line}"
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize(
    "pattern",
    [r"小编", r"^(下面|接下来)(就)?跟着", r"(^|(?<=[,:]))\s*请关注", r"[^。]{2,5}首页", r"(?i)copyright", r"a*", r"(?:推荐|热门)?文章$"],
)
def test_the_rule_index_tries_a_rule_wherever_it_could_match(pattern):
    """RuleIndex skips a rule when the text lacks every character its match can start with;
    it must answer as trying the rule would, also for rules it cannot index."""
    rule = re.compile(pattern)
    texts = ["小编整理", "下面跟着小编看", "欢迎阅读,请关注我们", "请关注", "本站首页", "COPYRIGHT 2024", "", "热门文章", "推荐一篇文章"]
    for text in texts:
        assert RuleIndex([rule]).search(text) == bool(rule.search(text)), text


def test_the_rule_index_agrees_with_every_rule_on_the_articles():
    rules = pipeline().chrome
    articles = [*CORPUS.glob("*.txt"), *(Path(__file__).parent / "heldout").glob("*.txt")]
    for path in articles:
        norm = read_text(path.read_text(encoding="utf-8"), path.name).norm
        texts = [norm[s.start : s.end].strip() for s in iter_lines(norm)] + [m.group().strip() for m in SENTENCE.finditer(norm)]
        for kind in ("lines", "blocks", "sentences"):
            index = rules.index(kind)
            assert [index.search(t) for t in texts] == [any(r.search(t) for r in getattr(rules, kind)) for t in texts]


@pytest.mark.parametrize("button", ["关注", "+关注", "+ 关注", "已关注"])
def test_a_posts_author_and_follow_button_go(button):
    text = f"柚子汽水店长🍊\n{button}\n\n在花店当店长第3年｜店长每天在忙啥\n店长负责门店的经营。\n"
    assert kept_text(text) == "在花店当店长第3年｜店长每天在忙啥\n店长负责门店的经营。"


def test_a_line_saying_follow_inside_the_article_stays():
    text = "店长的职责\n店长负责门店的经营。\n关注\n"
    assert "店长负责门店的经营。" in kept_text(text)


def test_an_encyclopedias_toolbar_goes():
    assert kept_text("验光师(职业)\n播报 编辑 讨论 上传视频\n验光师负责验光。\n") == "验光师(职业)\n验光师负责验光。"


def test_a_posts_time_and_place_line_goes():
    assert kept_text("百家号\n2024-05-21 09:47 · 发布于河南省\n店长负责门店。\n") == "百家号\n店长负责门店。"


def test_a_transcripts_timestamp_goes_but_what_is_said_stays():
    assert kept_text("标题\n[00:48] 第一个职责，搭建体系。\n[1:02:15] 最后一个，质量文化。\n") == "标题\n第一个职责，搭建体系。\n最后一个，质量文化。"


def test_a_wenku_pages_related_documents_and_a_posts_earlier_issues_go():
    text = "标题\n正文第一句。\n相关文档\n快消品区域经理工作手册\n经销商管理制度\n\n往期精选\n1. 拆解Zara：一件衣服的旅程\n2. 采购和供应链有什么区别？\n"
    assert kept_text(text) == "标题\n正文第一句。"
