"""`kg eval` on the development articles: every metric must meet the extraction-quality thresholds."""

import json

import pytest
from click.testing import CliRunner
from support import CORPUS, GOLD

from kg.cli import main
from kg.evaluate import Metric, score, term_matches

ARTICLES = sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_kg_eval_meets_every_threshold(article):
    result = CliRunner().invoke(main, ["eval", str(article), "--gold", str(GOLD / f"{article.stem}.gold.json")])
    assert result.exit_code == 0, result.output
    assert "FAIL" not in result.output


def test_kg_eval_takes_several_articles_and_a_gold_folder():
    result = CliRunner().invoke(main, ["eval", *map(str, ARTICLES), "--gold-dir", str(GOLD)])
    assert result.exit_code == 0, result.output
    assert f"{len(ARTICLES)} passed, 0 failed" in result.output


def test_kg_eval_fails_when_gold_disagrees(tmp_path):
    gold = json.loads((GOLD / "xiangmu_jingli.gold.json").read_text(encoding="utf-8"))
    gold["duties"][0]["label"] = "一个不存在的职责"
    wrong = tmp_path / "xiangmu_jingli.gold.json"
    wrong.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(CORPUS / "xiangmu_jingli.txt"), "--gold", str(wrong)])
    assert result.exit_code == 1
    assert "FAIL duties.precision" in result.output and "一个不存在的职责" in result.output


@pytest.mark.parametrize(
    ("label", "term", "counts"),
    [
        ("团队", "团队", True),
        ("营销团队", "团队", True),  # contains the term, term is half of it
        ("销售团队管理", "团队", False),  # term is less than half
        ("营销组织", "营销组织建设", True),  # two thirds of the term
        ("营销", "营销组织建设", False),
    ],
)
def test_concept_matching_rule(label, term, counts):
    assert term_matches(label, term) is counts


def test_a_gold_duty_label_may_keep_its_closing_stop(tmp_path):
    gold = json.loads((GOLD / "xiangmu_jingli.gold.json").read_text(encoding="utf-8"))
    for duty in gold["duties"]:
        duty["label"] += "。"
    stopped = tmp_path / "xiangmu_jingli.gold.json"
    stopped.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(CORPUS / "xiangmu_jingli.txt"), "--gold", str(stopped)])
    assert "ok   duties.precision" in result.output and "ok   duties.recall" in result.output


def test_metric_passes_at_its_threshold():
    assert Metric("x", 0.85, 0.85).passed and not Metric("x", 0.849, 0.85).passed


def test_empty_graph_scores_zero_not_crash():
    import networkx as nx

    gold = json.loads((GOLD / "xiangmu_jingli.gold.json").read_text(encoding="utf-8"))
    metrics = {m.name: m for m in score(nx.DiGraph(), "", gold)}
    assert metrics["role"].value == 0 and not metrics["duties.recall"].passed


HELDOUT = sorted((GOLD.parent / "heldout").glob("*.txt"))
# Metrics kg is known to fail on a held-out article, and why.  Asserted exactly: a fix must
# remove its entry here (and from the README's list of known misses).
KNOWN_MISSES = {
    # 海底捞之所以被研究,是因为它把“服务至上”落实到…: the subject is behind 是因为它, the cue is 把…落实.
    "canting_jingli": {"examples.recall"},
    # The gold counts 主办律师 as a concept of duty 1; kg shows people as the role, not as concepts.
    "lvshi_zhuli": {"grounding.duties"},
    # 从星辰数据跳槽过来的同事,说他们内部把…定位成“…”: the company is a colleague's former employer.
    "ruanjian_ceshi": {"examples.recall"},
    # 乐刻的口号是“…”: the sentence gives the brand's short name, the gold its full name 乐刻运动.
    "jianshen_jiaolian": {"examples.recall"},
    # jieba tags 安全带 a person's name (nr) and 安全隐患 an idiom (i), and cuts 分|部分|项工程验收.
    "shigong_yuan": {"grounding.duties"},
    # 店长每天早会都要带大家念一遍“…” and 我朋友在木语家居做导购,他们公司…: no cue, a subject two clauses back.
    "daogou_toutiao": {"examples.recall"},
    # 东岚航空签派室墙上挂了一块牌子,写着…信条:“…” and 临港国际机场,地面保障部门挂在嘴边的一句话就是“…”:
    # the subject is a clause away, behind a department.
    "dispatcher_baiduzhidao": {"examples.recall", "examples.precision"},
    # 我所在的机构叫晨光社会工作服务中心… 机构墙上挂着一句话——“助人自助”: no cue, the name a sentence back.
    "shequ_shehui_gongzuozhe": {"examples.recall"},
    # 标杆如沃尔玛,正是依靠…体系支撑其“天天低价”的定位: the subject is behind a possessive 其.
    "gongyinglianjingli": {"examples.recall"},
    # 我有个朋友在华为做过总裁办秘书,她说公司内部始终强调“…”: a subject two clauses back.
    "zongjinglizhuli": {"examples.recall"},
    # 要求整条供应链落实「…」的精神: the subject is behind 要求, the cue 落实…的精神 unknown.
    "pinbao_gongchengshi": {"examples.recall"},
    # 可参照谷歌BeyondCorp项目的思路,即“…”: 即 opens the quote, no cue.
    "xinxi_anquan_gongchengshi": {"examples.recall"},
    # An interview whose duties are spoken (头一件…第二件事…还有一块是…最后…): no heading style
    # reads them; the title's 地铁行车调度员 is not the gold's 行车调度员; examples a turn away.
    "xingche_diaoduyuan": {"role", "duties.precision", "duties.recall", "examples.recall", "examples.precision"},
    # jieba tags 点检, 巡检, 保养 as verbs, so two duties lack concepts.
    "shebeiweixiugong": {"grounding.duties"},
    # 中心对方案审查有一句话说得很实在:“…”: no cue, and 中心 stands for the centre a sentence back.
    "wenwuxiufushi": {"examples.recall"},
    # 星槎互娱成立于2016年,…,团队始终奉行“…”: the company is two clauses back, behind 团队.
    "youxiguankacehua": {"examples.recall"},
    # 对接待有明确标准,即“…”: no cue.
    "qiantai": {"examples.recall"},
    # 惠家超市,店面不大,…,他们的店长一直要求理货员把“…”这句话当成工作底线: 把“…”当成 is a
    # marked cue, and this sentence says no 比如.
    "lihuoyuan_peixun": {"examples.recall"},
    # 我们站去年跟同城的安骑达配送学了“…”的办法: jieba cuts the name (安|骑|达配送).
    "waimai_zhanzhang": {"examples.recall"},
    # 面试时他们的HR反复强调“…”: the company is in the clause before (我第一份工作是在贝齿口腔);
    # “…”,这是暖芽口腔门口的标语 stands in the closing paragraph, which the last duty runs into.
    "yake_zhuli_xhs": {"examples.recall"},
    # 走进去年获评"…"的城南实验小学: the school after the quote, behind 走进去年; “应聘+姓名+岗位”
    # is a quoted term, hence a concept.
    "dental_assistant_bilingual_jd": {"examples.recall", "noise"},
    # “收钱”, a quoted term, becomes a concept.
    "toll_collector_report": {"noise"},
    # Gold files written to a convention that cuts a heading or a posting item at its first comma
    # (### 4. 加工过程巡查,重点盯住关键控制点 / 1. 负责新产品的工艺开发,根据…); kg, like most gold
    # files here (展厅接待,三十秒内完成破冰), keeps the heading line and the item's first sentence.
    # “护身符”, a quoted term, becomes a concept.
    "cn_food_safety": {"duties.precision", "duties.recall", "noise"},
    "gongyi_gongchengshi": {"duties.precision", "duties.recall"},
    "tw_dizhengshi": {"duties.precision", "duties.recall"},
    # Hong Kong English inside Chinese: 我們替觀塘 Harbour Place 商場構思的主題口號是「…」 (a Latin
    # name mid-clause), 非牟利機構樂耆會一直以「…」作為…原則 (会 of 樂耆會 read as the verb 会), 去年
    # Greenleaf Cosmetics 憑…奪得「…」 (a name after a time word, a clause away); 「活動無小事」 and
    # 「EC-2405」 are quoted terms, hence concepts.
    "hk_event_coordinator": {"examples.recall", "examples.precision", "noise"},
    # 华曜集团旗下澜点品牌的“…”系列 (a brand inside a possessive chain); 东岳会展编写的《…》 (a
    # book's title is no quote kg reads).
    "exhibition_planner_toutiao": {"examples.recall"},
    # 海澜湾度假酒店的总经理…,他把这份报表叫作「…」: what is named is the report, a person names it.
    "jiudian_yeshenyuan": {"examples.recall"},
    # 我们为山岚茶社策划的口号“…” (jieba cuts 为山|岚 or tags 策划 a noun); 去年我们接手了禾丰面馆的
    # 年度传播复盘。对方坚持多年的“…”在…被反复引用 (no cue, 对方 a sentence away).
    "pr_specialist_wechat": {"examples.recall"},
    # 拾光鞋履的秋季橱窗「落叶归途」拿下了…金奖: a campaign named between owner and award.
    "visual_merchandiser_handout": {"examples.recall"},
    # The last one-line item (按时做好落纱、换粗纱工作,…) holds no noun jieba tags as one (落纱 v).
    "xisha_dangchegong": {"grounding.duties"},
    # 麦当劳多年来坚持的QSC&V标准,即“…” (即 counts only where an example is announced).
    "mendian_dudao": {"examples.recall"},
    # 阿里巴巴的新员工都要参加…的“百年阿里”培训 (a programme its staff attend); 联想把“复盘”作为…
    # (联想 is also the everyday verb 'associate').
    "peixun_jingli": {"examples.recall"},
    # 华为…组建由…组成的“铁三角”团队: a quoted term, hence a concept, noise in the gold.
    "da_kehu_jingli": {"noise"},
    # 小米创立初期,…,于是提出了“为发烧而生”的口号: jieba tags 小米 a common noun (millet), so it
    # opens no topic chain.
    "shichang_diaoyan_zhuanyuan": {"examples.recall"},
    # OPPO手机当年把大量资源集中在一句“…”上 (no cue); concepts linked to duties from sentences the
    # gold's sections do not hold (grounding.local 0.68).
    "yingxiao_cehua_jingli": {"examples.recall", "grounding.local"},
    # 网友在点评APP上评价云朵烘焙的牛奶吐司“…”: a review of a product, the bakery its owner.
    "hongbeishi": {"examples.recall"},
    # 02 现场查勘与定损,第一手资料最关键: the gold cuts at the comma, where other gold files keep
    # both clauses (展厅接待,三十秒内完成破冰); “…”——安信保险反欺诈中心的同事几乎人人都会背这句话:
    # the owner after a dash, in no cue; “跑断腿” is a quoted term, hence a concept, but noise in the gold.
    "lipei_zhuanyuan": {"duties.precision", "duties.recall", "examples.recall", "noise"},
    # The last duty is its heading alone (its section ends at 03 服务规范), and jieba splits the
    # heading's terms at verbs (讲解|服务|统计|报表): one concept grounds it, the gold names two.
    "bowuguan_jiangjieyuan": {"grounding.duties"},
    # 南江市第一人民医院病案科在制度中明确提出“…”: 在制度中 between subject and cue.
    "bingan_guanliyuan": {"examples.recall"},
    # 给…品牌山屿咖啡做品牌焕新,最后提案通过的广告语是“…” / 给青禾乳业做年度传播时,客户坚持“…”:
    # the brand is the object of 给 in the clause before.
    "guanggao_wenan": {"examples.recall", "examples.precision"},
    # 华衡监理的口号叫「…」: 监理 is also a job title, so the firm reads as a person; 拿港珠澳大桥来说,…,项目
    # 提出了“…”的目标: the subject is two clauses back, behind 项目.
    "jianligongchengshi_kaodian": {"examples.recall", "examples.precision"},
    # 浙江诸暨枫桥镇的干部群众在实践中总结出“…”: 总结出 is no cue, and the gold names the town without
    # its province and county.
    "wanggeyuan_jianghua": {"examples.recall"},
    # 可以学学蜜雪冰城,一句『…』洗遍全网: no cue.
    "zhiboyunying_gongzhonghao": {"examples.recall"},
    # 广东粤美电器的做法值得借鉴:…,其人才培养理念可以概括为一句话——“…”: the company opens the
    # sentence, three clauses before 其.
    "chejianzhuren_jiaocai": {"examples.recall"},
    # 在我们参与的启明-2多中心Ⅲ期临床试验中,项目组提出了"…": the trial is named in a clause before 项目组.
    "linchuangyanjiuxietiaoyuan_shuangyu": {"examples.recall"},
    # 有个叫云栖湾的项目,项目经理在…挂了块牌子,上面写着『…』 and 那个项目叫翠湖名苑,管理处墙上就贴着
    # 三句话,"…": no cue, the name a clause back.
    "wuyexiangmujingli_koubo": {"examples.recall"},
    # 青峰县卫健局副局长…表示,全县卫生系统始终坚持「…」: kg names 全县卫生系统, the gold the bureau.
    "xiangcunyisheng_news": {"examples.recall", "examples.precision"},
    # 它是病区的护理管理者 is a description, which kg does not read as an alias; 我进入江州市人民医院
    # 工作…我们的院训“…” and 去年我到华晟国际医院参观学习,他们…: the subject two clauses back.
    "hushizhang_jingpin": {"role", "examples.recall"},
    # 统一采购洁立净品牌,这个牌子主打「…」: the brand is behind 采购 and 品牌.
    "kefangfuwuyuan_jingyan": {"examples.recall"},
    # The gold names item (三) by its first comma; kg, as for job postings, by its first sentence
    # (48 characters); 赴省人民医院临床工程处学习,该处把“…”: the subject is the object of 赴.
    "shebeikekezhang_zhidu": {"duties.precision", "duties.recall", "examples.recall"},
    # Unnumbered Q:/A: pairs whose duties are named by a phrase inside each answer (这就要靠上门
    # 护理了): no heading style reads them, so no duty holds the examples either.
    "shequhushi_fangtan": {"duties.precision", "duties.recall", "examples.recall"},
    # 基本户开立于江南农商银行城东支行,该行以"…"为经营宗旨: the bank is the object of 开立于, and kg
    # cuts its name after 农商.
    "chuna_formaldoc": {"examples.recall", "examples.precision"},
    # Google 提出的 SRE(Site Reliability Engineer,站点可靠性工程师)可以看作它的升级版: the gold takes a
    # related role as three aliases; 我前东家「青橙支付」的机房门口贴着…: the subject inside a
    # possessive before a place.
    "yunweigongchengshi_csdnblog": {"role", "examples.recall"},
    # 滨江区妇幼保健院每学期都会来园做…指导,他们一再强调的原则就是“…”: jieba joins 每学期 into a noun, so
    # the clause before 他们 reads as one long name and is refused.
    "youeryuan_baoyuyuan_guanyu": {"examples.recall"},
    # The gold names the posting's run-in items (①…；②…) by their first comma; kg, as for every
    # other posting in this set, by the whole item up to its ；. Two items' sections then hold
    # fewer concepts than the gold names (盘盈盘亏, 仓储单证 are not found).
    "cangkuwenyuan_posting": {"duties.precision", "duties.recall", "grounding.duties"},
    # Round 55's writer was asked for that comma convention (a posting's items, a post's run-in ①…；
    # items by their first comma); kg keeps each item's first sentence, as above.
    "shouyinyuan_zhaopin": {"duties.precision", "duties.recall"},
    # “野性消费”,这是鸿星尔克在…期间捐赠物资后,直播间里流传最广的说法: the owner 25 characters and a
    # clause into what the quote is.
    "gongguan_jingli": {"examples.recall"},
    # 我始终以福建省倡导的“马上就办”精神要求自己 (the province behind 以, a preposition kg cuts at) and
    # 北京市朝阳区的群防群治力量被称为“朝阳群众” (kg names what is called so: the district's force).
    "shequ_shuji": {"examples.recall"},
    # A name jieba tags as another word: 格力 a common noun (格力强调技术和质量,喊出‘…’).  (京东, a
    # place, and 飞书, two words, are brands in kg/data/userdict.txt now.)
    "xiaoshou_zongjian_wenku": {"examples.recall"},
    # Round 60, colloquial: 我们对面那家X,号称“…” (for 鑫达汽修 and 顺通驾校 jieba's cut keeps the name from
    # reading as one; 悦容坊美容会所 comes out as 悦容坊), 城北的平安驾校的“…” (a place's 的 and the brand's),
    # 第一次去美丽田园参观,人家门口的迎宾牌上就写着「…」 and 我去雷克萨斯交流过,人家车间墙上… (人家 points to
    # the place the speaker went to).
    "4s_fuwu_jingli": {"examples.recall"},
    "jiaxiao_xiaozhang": {"examples.recall"},
    "meirongyuan_dianzhang": {"examples.recall"},
    # 在南方电网的变电站里,\n到处能看到“…”: the poster breaks the line after the place; “安全标兵”, a
    # quoted term, becomes a concept.
    "diangong_banzhang": {"examples.recall", "noise"},
    # Round 62, spoken Chinese, left as found after its structure fixes: examples said the way
    # people talk (人家链家就讲究“…”, 你看喜茶,人家那个“…”搞得多好, 跟茶颜悦色学的“…”, 就像我爱我家说的
    # “…”那样, 我之前在闪送干的时候,站里墙上就贴着“…”); aliases 店经理, 配送站长, 站点负责人 given in
    # passing (我们行里也叫…); two of the podcast's duties end in a comment kg keeps (出品品控,一杯茶
    # 好不好喝全看这个); the host's label 主持人 becomes a concept.
    "fangchan_dianzhang": {"role", "examples.recall"},
    "naichadian_boke": {"duties.precision", "duties.recall", "examples.recall", "noise", "grounding.duties"},
    "waimai_zhanzhang_yuyin": {"role", "examples.recall"},
    # Round 64 (business journalism), left as found after its title fix: 据X官网介绍,其“…”计划…
    # (X提出要打造“…” is read since round 98).
    "heguiguan": {"examples.recall"},
    "ir_jingli": {"examples.recall", "examples.precision"},
    "renli_zongjian": {"examples.recall"},
    # An infographic's last duty runs on into its “🔥 今年热词” box, so 字节跳动“…” there is read as the
    # last duty's example, where the gold puts it outside the duties.
    "xiaozhao_yitu": {"examples.recall"},
    # A resume's one-line duties: two hold fewer concepts of their own than the gold names (排班, 收费率).
    "wuye_kefu_jianli": {"grounding.duties"},
    "wanggeyuan_duanwen": {"duties.precision", "duties.recall"},
    # …只遵循一条准则,即『…』: 即 introduces a saying only where a sentence gives an example (以X为例).
    "kehuchenggongjingli_translated": {"examples.recall"},
    # 我们参考了瑞康医院信息中心的…经验。该中心…,信息科主任…强调,他们的底线是“…”: the centre is two
    # sentences back, behind a person who speaks for it; a note's field 相关文档:《…》 becomes a concept.
    "it_yunwei_zhuguan_markdown": {"examples.recall", "noise"},
    # The title's 新任村党支部书记 is segmented 新任|村|党支部|书记 and gives 党支部书记, not the gold's
    # 村党支部书记; 把这个岗位叫作村里的“领头雁” (a place before the quote); the closing wish
    # 祝大家身体健康 becomes a concept.
    "cun_dangzhibu_shuji_jianghua": {"role", "noise"},
    # The title says 超市店长, the gold the intro's fuller 连锁超市店长, which kg does not take as an alias.
    "chaoshidianzhang_jili": {"role"},
    # Subtitles: 也有公司把这个岗位写成 / “人才寻访顾问” and 我们锐途咨询内部有句话,叫 / "…" are split
    # over two cues, and kg reads each line as its own sentence.
    "lietouguwen_srt": {"role", "examples.recall"},
    # 在蓝鲸保险呼叫中心工作那几年,我们常说“…”: the company inside a time phrase.
    "hujiaozhongxinzhuguan": {"examples.recall"},
    # The gold names the inn 云栖小院 where the text says 莫干山云栖小院; 在大理的苍山慢宿做管家那两年,老板
    # 常说“…” (a time phrase, and the owner speaks).
    "minsuguanjia": {"examples.recall"},
    # jieba cuts 锦|和|物业 (和 a conjunction); 7-Eleven门店有四条基本原则:“…” (a name opening with a
    # digit); 按照滨江区住房和城乡建设局的要求,住宅装修必须做到“…”; 零售业 becomes a concept.
    "wuyekefuzhuguan": {"examples.recall", "noise"},
    # 有个叫U享理财的App,… / 它打出的口号是『…』 (jieba cuts U|享|理财); 提倡向招商银行看齐,真正做到“…”
    # (做到 is no cue); the scare-quoted “刚兑” becomes a quoted concept.
    "yinhanglicaijingli": {"examples.recall", "noise"},
    # 在江城美术馆看来,"讲解不是背稿,而是对话": straight quotes around a phrase with a comma, after a
    # comma, are not paired (they could be inch marks), so there is no quote to read.
    "bowuguanshejiaozhuanyuan": {"examples.recall"},
    # 无形资产 (in 口碑是婚礼策划师最重要的无形资产) becomes a concept.
    "hunlicehuashi": {"noise"},
    # 壹号运动馆: jieba tags 壹号 a numeral, which opens no name.
    "jianshenfanghuijiguwen": {"examples.recall"},
    # Round 29, left as found after its duties and roles were fixed: subjects not reached
    # (武汉归元礼仪服务公司…, 杭州安息堂生命服务中心…), and the association's example read into the last duty.
    "binzangliyishi": {"examples.recall"},
    # 北辰电竞俱乐部, 星火战队, 云梦电竞俱乐部: phrasings without a cue kg knows.
    "dianjingjiaolian": {"examples.recall"},
    # 青川机场安检护卫部 read as 青川机场; 鹭江国际机场旅检科 not reached.
    "minhanganjianyuan": {"examples.recall", "examples.precision"},
    # Rounds 30 and 31 (phrasings chosen to be new), left as found after their fixes: a comparison
    # (和海岳航空「…」的…风格不同), a named person speaking (鹭飞航空的陈琳乘务长告诉我), a question
    # (为什么星桥航空能做到『…』), a headline (百草汇药房:『…』), 说起X的…,业内人士的第一反应往往是“…”,
    # a director's own words (瑞丰汽车售后总监周涛…的原话是), 我们都说雅马哈的击弦机是「…」, 很多老师傅称之为
    # 『…』 (a person, the centre two clauses back); aliases 汽车4S店售后经理 / 钢琴技师 given in ways
    # kg does not read (又喜欢说X); 员工手册, 细节决定成败, 小毛病 become concepts.
    "chengwuzhang": {"examples.recall", "noise"},
    "liansuoyaodiandianzhang": {"examples.recall"},
    # 美國量販巨頭好市多（Costco）內部有條規定：「…」: jieba cuts 量|販 and 好市|多 (a numeral), so
    # neither the apposition nor the name is read.
    "xingxiao_zongjian_tw": {"examples.recall"},
    # The Economist's mission, 120 characters of English in straight quotes: longer than a quote kg reads.
    "zhubian_baoshe": {"examples.recall"},
    # “你永远不会独行”——这是利物浦球迷在安菲尔德传唱了…: the fans, not the club, sing it; the club's 信条 comes later.
    "zhujiaolian_zuqiu": {"examples.recall"},
    # 国内把实验文化做到极致的是字节跳动——字节范里有一条叫‘务实敢为’: the name a dash before its culture's.
    "shuju_kexuejia": {"examples.recall"},
    "shouhoujingli": {"examples.recall", "noise"},
    "tiaoyinshi": {"role", "examples.recall"},
    "zhubaojiandingshi": {"examples.recall"},
    # Round 66 (a practitioner's post, a 文库 page, a 岗位说明书): 苹果每年发布“供应商责任”进展报告 (发布 is
    # no cue) and 对面那家蜜雪冰城…门口音响一天到晚循环“…” (no cue, the name a clause back).
    "caigou_jingli_gangwei": {"examples.recall"},
    "dianzhang_zhihu": {"examples.recall"},
    # Round 67 (a Taiwanese blog): 全家則用「…」,主打… (用 counts only with an example marker), jieba
    # tags 左岸 of 統一的左岸咖啡館 a locative and 大同 an adverb.
    "pinpai_jingli_tw": {"examples.recall"},
    # Round 68 (a 百家号 post, a microblog, a white paper) and 69 (a 范文 page, an interview, a notice):
    # 完美日记在私域里打造的人设“小完子” and 小米当年靠“…”把… (no cue); 国家能源集团 is everyday words, no
    # brand's shape (大众, another, is read since its line pairs names with quotes); the gold cuts 第十条's heading at its first comma (the comma convention);
    # the interview's column 本期“高端访谈” is quoted in its text, and two of its duties name concepts
    # of the answers around them.
    "dianshang_yunying_baijiahao": {"examples.recall"},
    "anquan_zongjian_guoqi": {"duties.precision", "duties.recall", "examples.recall"},
    "jiudian_zongjingli_fangtan": {"noise", "grounding.local"},
    # Round 70 (the dev article's genre for three more trades): the gold's 策划经理 is only the prose's
    # short form (有经验的策划经理…), and 后来更是流传起一句“人类已经无法阻止海底捞了” has no cue.
    "yingxiao_cehua_yinliao": {"role"},
    "quyu_yunying_canyin": {"examples.recall"},
    # Round 71: text from a PDF, its lines broken mid-sentence. read joins them (英文一般写作 /
    # Warehouse Manager), but not a heading broken at a third of the line (3.6 仓储信息系统维护与数据 /
    # 分析); 以京东物流为例,其对外宣传的“211限时达”服务 and 把海尔的“…”作为…借鉴 are missed.
    "cangchu_jingli_pdf": {"duties.precision", "duties.recall", "examples.recall", "grounding.local"},
    # Round 72: a recruiting page's own values (“客户第一”——我们的软件…) under 我们的文化, said of the
    # company its title names, and its HR head's remark read as 事业部HR's; a long read whose
    # 01 拉新 … sections name concepts of the sections around them.
    "hrbp_qinghe_zhaopin": {"examples.recall", "examples.precision"},
    "huiyuan_yunying_kafei": {"grounding.local"},
    # Round 73: a blogger's 刚入行那会儿我在京东物流…实习过,那时候天天听大家讲“…” (the name a clause
    # back, behind the speaker), and 调度主管 only in the prose.
    "wuliu_diaodu_zhuguan_boke": {"role", "examples.recall", "examples.precision"},
    # Round 74 (content-farm pages): the gold counts slogans readers quote in the comments (德芙,
    # 家乐福), which kg drops with the comments section; 市场经理 only as the prose's short form.
    "chuangyi_zongjian_guanggao": {"examples.recall"},
    "caigou_zongjian_chaoshi": {"examples.recall"},
    "shichang_jingli_4sdian": {"role"},
    # Round 75: 小红书用“…” (用 counts only with an example marker); 万科物业的“睿服务”: kg's word
    # frequencies take 万科物业 for everyday words; a handout's header line (××物业服务有限公司
    # 人力资源部 · 培训中心) is read as text.
    "chanpin_jingli_rrpm": {"examples.recall"},
    "wuye_xiangmu_jingli_jiangyi": {"examples.recall", "noise"},
    # Rounds 76-81 (a 小红书 note, an encyclopedia page, a hospital president's speech, a slide deck,
    # a Notion page, a study note, scraped HTML, a 知乎 thread, a Hong Kong posting, an interview,
    # a 岗位说明书, a 公众号 post, a 搜狐号 post, a course handout, a blog, a 豆瓣 post, a training
    # manual, a news story). Noise: quoted words of the prose kept as concepts (“凭感觉”, “小而全”,
    # “战组绩薪培关”, 「即日回覆」, the column 民航人物, a book shop's themes), a site's or column's
    # name (盐选专栏, 学前教育资讯网, CTgoodjobs), the page's own section words (任职资格, 岗位说明书).
    "keshi_zhuren_jianghua_r76": {"noise"},
    # 第一资本的创始人…把…概括为“…”: said of the founder; 戴明's saying: a person's, by design
    "shouxi_shujuguan_baike_r76": {"examples.recall", "noise", "grounding.local"},
    # 耐克的“Just do it” with no cue, 蕉内…围着“…”这一句话转, 内外 (jieba: an everyday word)
    "xinmeiti_zhubian_xhs_r76": {"examples.recall", "noise"},
    "hr_zongjian_kaodian_r77": {"noise"},
    "jishu_zongjian_cto_md_r77": {"examples.recall", "noise"},  # Facebook's second motto, 改成了“…”
    # 药店店长 only inside 掌握药店店长的六大模块职责; kg drops the city of 北京同仁堂 as of 日本京瓷
    "yaodian_dianzhang_ppt_r77": {"role", "examples.recall", "noise", "grounding.local"},
    # 运营总监 only as the prose's short form; 靠一句“…”, 当年打“…”, 从一开始就讲“…”
    "dianshang_yunying_zongjian_zhihu_r78": {"role", "examples.recall", "noise"},
    "wuye_jingli_hk_fanti_r78": {"examples.recall", "noise"},  # 信和物業管理: a name ending in 管理
    # 奠基人陈鹤琴先生: a person of renown; 阳光幼儿园，园训是“…”: the name a clause back; the gold's
    # evidence is the page's raw HTML (&ldquo;…&rdquo;), which kg reads as the characters they stand for
    "youeryuan_yuanzhang_html_r78": {"examples.recall", "noise", "evidence"},
    # 我们公司的服务理念是“…”: the company only in the editor's note; 海南航空提出的“…”,我觉得…
    "hangkong_chengwuzhang_fangtan_r79": {"examples.recall", "noise"},
    # 示范社区桂花苑社区 (two 社区 in apposition), 本街道望江社区据此提出, 以“…”为工作目标
    "jiedao_shequ_shuji_smz_r79": {"examples.recall", "examples.precision"},
    "pinpai_jingli_gzh_r79": {"examples.recall"},  # 它…喊出了“…”: 它 points two sentences back
    "chayin_dianzhang_souhu_r80": {"examples.recall", "noise"},  # 蜜雪冰城的主题曲“…”: a song, no cue
    # 第9讲 项目总监(PMO负责人)的角色与职责 is read as a numbered heading, so the course's header is the title
    "xiangmu_zongjian_jiangyi_r80": {"role", "noise"},
    # 被网易那句“…”的校招海报打动
    "zhaopin_jingli_boke_r80": {"examples.recall", "noise", "grounding.local"},
    # “书店主理人” quoted as what people call her; 墙上那句“…” (the shop a sentence back)
    "duli_shudian_dianzhang_douban_r81": {"role", "examples.recall", "noise"},
    "qiche_xiaoshouguwen_shouce_r81": {"examples.recall"},  # 可以讲讲“…”这句老广告语: the cue after the quote
    # 标语牌上写着“…”, 那里“…”的理念, 青溪县推行“…” (a county), 村里挂出的横幅写着“…”
    "xiangcun_zhenxing_zhuangan_xinwen_r81": {"examples.recall"},
    # Rounds 82-84 (a 前程无忧 posting, a 公众号 post, a county's notice, a 知乎 essay, a bilingual
    # handbook, a 头条 listicle, a 百度知道 answer, a lecture script, a Taiwanese blog).
    # 以县委提出的“…”为目标 (the proposer inside the 以 phrase), 省农业农村厅 (a department)
    "cunji_caiwu_guanliyuan_tongzhi_r82": {"examples.recall", "examples.precision"},
    # The gold keeps each posting item whole (90-odd characters); kg cuts an item that long at its
    # first comma (the comma convention); the company's own mission and values (我们的使命是“…”)
    "kehu_chenggong_jingli_zhaopin_r82": {"duties.precision", "duties.recall", "examples.recall"},
    "peixun_jingli_gzh_r82": {"examples.recall"},  # 腾讯学堂的一位老朋友…他们内部流传一句话:“…”
    # 外婆家的加盟门店…墙上写着“…” and 它对员工的那句“…” (the brand a clause or a pronoun away)
    "canting_jingli_zhihu_r83": {"examples.recall"},
    "xingzheng_jingli_shouce_r83": {"examples.recall"},  # 在北风科技,我们坚持“…”: the company a clause back
    # 它把“…”这十六个字…; noise: the download site's PPT文字 and 讲稿 labels
    "anquan_zhuguan_zhugao_r84": {"examples.recall", "noise"},
    # 格力 (jieba: an everyday word); noise: the answerer's 擅长 tags and a quoted “卡脖子”
    "caigou_jingli_baiduzhidao_r84": {"examples.recall", "noise"},
    # 全家…播著「全家就是你家」的廣告歌 (a song, no cue); noise: the blog's related links
    "menshi_dianzhang_boke_tw_r84": {"examples.recall", "noise"},
    # Rounds 85-87 (a 人民网 feature, a 36氪 article, a Word handbook chapter, a 豆瓣 post, a 猎聘 JD,
    # a 百家号 post, a podcast transcript, a wiki page, an SEO page). Noise: quoted words and a
    # podcast's show notes (听友群, 食事研究所), a JD's 福利 tags, a site's own slogan.
    # 浙江的“最多跑一次”改革 (a province), 借鉴了上海浦东的“…” (the gold drops 上海), 12345热线推行
    "shequ_wanggeyuan_renminwang_r85": {"examples.recall", "noise"},
    # 对“Belong Anywhere”这个品牌主张 (no cue), 把“小蓝杯”这个名字刻进…, 那句洗脑的“…” (the brand a sentence back)
    "zengzhang_fuzeren_36kr_r85": {"examples.recall"},
    # The gold's label 前台接待 where the handbook defines 前台接待(以下简称“前台”) and kg takes the
    # short name it then uses; 公司前台服务口号为“…” (the company only as 公司)
    "qiantai_jiedai_shouce_r85": {"role", "examples.recall", "examples.precision", "noise"},
    # 英文好像叫docent (a lower-case English name); 拿苏州博物馆举例,贝聿铭…给苏博定的调子是“…”
    "bowuguan_jiangjieyuan_douban_r86": {"role", "examples.recall", "noise"},
    # 原卫生部启动…以来,“…”成了 (the name before the quote's clause); 常拿湘雅的校训“…” (拿 as a verb)
    "hushizhang_baijiahao_r86": {"examples.recall", "noise"},
    # (Brand Director) after 一号位; posting items kept whole by the gold (the comma convention);
    # 凭借“…”这一品牌口号,鲜朴… (the brand after the quote), 我们坚持“…” (the company as 我们)
    "pinpai_zongjian_liepin_r86": {"role", "duties.precision", "duties.recall", "examples.recall", "noise"},
    # 海天那个“晒足180天” (a host's question, no cue)
    "pinkong_jingli_boke_wenzigao_r87": {"examples.recall", "noise"},
    # 阿里…后来又提出“…” (the brand a clause back), 我们数据平台组…口号只有一句:“…”, 戴明's saying
    "shuju_fenxishi_wiki_md_r87": {"examples.recall", "noise"},
    # 希尔顿酒店创始人…每天都会问员工一句:“…” (a question asked, no cue)
    "jiudian_qianting_jingli_seo_r87": {"examples.recall", "noise"},
    # Rounds 88-90 (ordinary pages: a 范文 page, a management essay, a 知乎 answer, a 百度百科
    # entry, a 公众号 post, a bakery's careers page, a 搜狐号 post, a 人民网 interview, a 104 page).
    "caiwu_bp_gongzhonghao_r89": {"examples.recall"},  # 任正非 (a person)
    # 外文名 / Warehouse Keeper on two lines of the infobox; 按照中储粮“…”的要求 (按照 mid-clause)
    "cangku_guanliyuan_baike_r89": {"role", "examples.recall"},
    # the quoted aliases “产品运营经理”, “产运”
    "chanpin_yunying_zhihu_r88": {"role"},
    # a careers page: the brand's slogan and a second menu fill the lines where the title may stand
    # (the role comes from 在麦语,门店督导是…的关键角色); the gold cuts posting items at their first comma
    "mendian_dudao_guanwang_r89": {"duties.precision", "duties.recall", "examples.recall", "noise"},
    # 它还有很多别的叫法:私域运营、社群专员、用户增长运营…; 它打造了“小完子”这个人设 (它 two sentences back)
    "shequn_yunying_souhu_r90": {"role", "examples.recall", "noise"},
    # the principal's 首先是…其次是… spoken across the answers lose to her closing 第一,…第二,…第三,…
    "xiaoxue_xiaozhang_renminwang_r90": {
        "role", "duties.precision", "duties.recall", "examples.recall", "examples.precision", "noise", "grounding.duties",
        "grounding.local",
    },
    # the gold cuts two posting items at their first comma (the comma convention); 禾味 (the company's
    # own brand in its intro)
    "xingxiao_qihua_104_r90": {"duties.precision", "duties.recall", "examples.recall", "noise"},
    # Rounds 91-93 (the dev article's genre for nine more roles). The gold cuts a long heading at
    # its first comma in three (the comma convention); noise: quoted figures of speech (“灭火”,
    # “救火队”, “两张皮”, “承上启下”).
    "canyin_quyu_jingli_souhu_r93": {"duties.precision", "duties.recall", "noise"},
    # the title's 淘宝天猫店长 names the role where the gold takes the prose's 电商店长; 三只松鼠的“…”
    # and 良品铺子 a clause after 韩都衣舍's
    "dianshang_dianzhang_zhihu_r91": {"role", "duties.precision", "duties.recall", "examples.recall"},
    "hrbp_baijiahao_r93": {"examples.recall", "noise"},  # 阿里的政委有一套…方法论,叫“…”
    "kefu_zhuguan_zhichang_r91": {"noise"},
    "peixun_jiangshi_jianshu_r92": {"role"},  # 做了五年企业培训讲师: the gold's label is 培训讲师
    "xingzheng_zongjian_sanmao_r92": {"duties.precision", "duties.recall", "examples.recall", "noise"},  # X“…”这个提法
    "zhiliang_zongjian_gongzhonghao_r92": {"examples.recall", "noise"},  # 他当时说:“…” (张瑞敏, a sentence back)
    # 联想 (jieba: the everyday verb); 日本京瓷公司的社训“…”
    "zongjingli_zhuli_fanwen_r91": {"examples.recall", "examples.precision", "noise"},
    # Rounds 94-98 (ninth session): a PDF job description, a 原创力文档 page, a 公众号 post, content-farm
    # pages in the dev article's genre, a 知乎 answer, a training handout, a news feature, a blog, a
    # regulation-style 岗位职责说明 and a Taiwanese career page.
    # 提起7天,老一辈酒店人都会想到“…”: a name opening with a digit is refused.
    "jiudian_quyu_zongjian_blog_r94": {"examples.recall"},
    # The comma convention (二)负责护理质量控制,定期组织检查并督促整改); 南丁格尔 and 特鲁多 are people
    # alone, whose sayings kg does not take for examples.
    "hushizhang_liuxuewang_r95": {"duties.precision", "duties.recall", "examples.recall"},
    # The comma convention (职责二:把控客房卫生质量,坚持…。); 万豪国际集团一直奉行创始人留下的原则:“…”
    # (the subject before a long cue); 希尔顿酒店创始人康拉德·希尔顿…问员工一句话: the gold names the founder,
    # kg the hotel he speaks for.
    "kefangbu_jingli_fanwen_r95": {"duties.precision", "duties.recall", "examples.recall", "examples.precision"},
    # 以‘…’闻名的湘雅教会我 (the name runs into its verb), 誓言里的“…” (南丁格尔誓言 is named a sentence before).
    "hulibu_zhuren_xinwen_r96": {"examples.recall"},
    "shouxi_pinpaiguan_zhihu_r96": {"examples.recall"},  # 带我的总监讲过,奥美内部有句话叫“…”: no subject read
    # The comma convention (第四,管好每一笔市场费用,做到…。); 理想主打“…”: 理想 is an everyday word.
    "qiche_4s_shichang_jingli_zixun_r97": {"duties.precision", "duties.recall", "examples.recall"},
    "mendian_dianzhang_zhichangzhan_r98": {"examples.recall"},  # 鼎泰豐是…例子:每顆小籠包講究「18摺」
    # The gold names 亚马逊 CTO Werner Vogels with his company (kg: 亚马逊); 阿里巴巴内部有个…的“变更三板斧”,
    # 即“…”: the second quote is missed.
    "yunwei_zongjian_boke_r98": {"examples.recall"},
    # Rounds 99-101: unusual heading styles (01 / …, a Q&A page, **其一,…。** lead-ins), fifteen ways
    # to cite a brand, careless scrapes in the dev article's genre.
    # 在国药控股的医药冷库,“…”是铁律 (read as 医药's), 麦当劳的长期物流伙伴夏晖——“…” (a name after its
    # apposition); 在此基础上,…都知道“…” gives 此基础.
    "lenglian_wuliu_zhuguan_zhize_r99": {"examples.recall", "examples.precision"},
    # 北京一家名为拾页文化的民营图书公司,价值观第一条就是『…』: the name a clause back.
    "chubanshe_yingxiao_bianji_baike_r100": {"examples.recall"},
    # 上海迪士尼度假区的做法值得学习,它把“…”这句口号落实到…: 它 after a clause about its 做法.
    "jingqu_yunying_zongjian_baike_r101": {"examples.recall"},
    # Rounds 102-104: a summary line before the duties, an outline with 任职要求 items, Markdown with
    # an FAQ, public-sector cases (…工作法, 已成为共识), pages in the dev article's genre.
    "linchuang_yanjiu_xietiaoyuan_zhaopin_r102": {"examples.recall"},  # 长期合作申办方康博生物提出“…”
    "youxi_bendihua_jingli_markdown_r102": {"examples.recall"},  # 语言服务商译界通,口号是“…” (read as 语言服务商)
    # 病区护士长是护理单元负责人 (a definition's predicate) and 护士长 (used throughout, never given as
    # a name) are the gold's aliases.
    "hushizhang_gongzhonghao_r103": {"role"},
    # Rounds 105-106: brands with their positioning in parentheses, colon lists, slogan-first
    # sentences, table-like lines; names set in quotes (莫干山的“半山小筑”给…).
    # “…”——华北一家…企业“北方鲜运”的调度室墙上就写着这句话 (the owner after the quote, far);
    # 平台“鲜达优选”在考核…时,只认一句话:“…” (the name a clause back; 只认 is read as one).
    "lenglian_diaoduyuan_zhaopin_r106": {"examples.recall", "examples.precision"},
    # 莫干山的“半山小筑”给新管家培训时,第一课就是一句话:“…” and …“苍洱时光”要求…,老板说他们的定位就是“…”:
    # the name a clause back.
    "minsu_guanjia_boke_r106": {"examples.recall"},
    "sheshi_jingli_wenku_r106": {"examples.recall"},  # …在设备机房门口挂了一块牌子,上面是他们的节能口号:“…”
    # Rounds 107-108: the dev genre in 家电, 白酒 and 便利店; a BOSS直聘 posting, a handbook chapter
    # (第三章 岗位职责, 3.1 岗位概述), a talking-head script.
    "kefang_zhuguan_shouce_r108": {"examples.recall"},  # 集团要求每位员工牢记栖云酒店集团的清洁准则“…”
    # 你看人家同仁堂,几百年了,古训就挂在那儿,“…” and 你看人家麦当劳,…就抓四个词,“…”: the name clauses back.
    "yaodian_dianzhang_koubo_r108": {"examples.recall"},
    "zhiliang_jingli_boss_r108": {"duties.precision", "duties.recall"},  # the comma convention
    # Rounds 109-110: the dev genre with English slogans and names with digits, a Taiwanese career
    # page, a letter to newcomers, a 百度知道 answer with follow-ups.
    "pinpai_cehua_zhize_r109": {"examples.recall"},  # 361度的品牌理念是“…”: 361度 reads as a quantity (度)
    # 施工单位是中建,项目部门口挂着“…” (the name a clause back, after 是), 跟万科的项目,甲方工程师天天把“…”挂嘴边,
    # 前几年碧桂园喊着“…”搞高周转: spoken subjects kg does not reach.
    "gongcheng_jianli_zhidao_r110": {"examples.recall", "examples.precision"},
    "mendian_dianzhang_tw_r110": {"examples.recall"},  # 屈臣氏「我敢發誓」的低價保證廣告
    # Round 111 (the dev genre, harder forms): 再看海底捞,它把…做成了招牌,喊出…,巴奴则…(a pronoun chain);
    # “…”,这是蜜雪冰城那首洗脑主题曲里的歌词 (the owner far after the quote).
    "canting_dianzhang_wenku_r111": {"examples.recall"},
    # 丽思卡尔顿有一句流传很广的座右铭:“…” (的座右铭: matches a row whose subject search fails first),
    # 创始人康拉德·希尔顿最爱问的一句话 (the founder speaks for 希尔顿, named a clause before), 四季酒店讲“…”
    # (四季酒店: everyday words), Airbnb…,它喊出的是“…” (a pronoun after a long clause).
    "jiudian_qianting_jingli_baike_r111": {"examples.recall"},
    "qiche_xiaoshou_guwen_zixun_r111": {"examples.recall"},  # 说到沃尔沃,…前几年的广告更是劝大家“…”
    # Rounds 112-114 (gold files that take a person alone as a subject, where kg keeps to organisations:
    # 大野耐一有一句名言, 正如稻盛和夫所说, 维特鲁威…提出, 毛泽东同志倡导的; 海尔集团创始人张瑞敏所说 would
    # be 海尔集团's). 借鉴丰田的做法,在车间推行“…”的制度 (the plant's scheme, not Toyota's).
    "jingyi_shengchan_jingli_qiuzhi_r112": {"examples.recall", "examples.precision"},
    # …and 先驱路易斯·沙利文提出“…” read as a name; 2016年中共中央、国务院发布的相关文件明确提出“…” (a document's).
    "jianzhushi_baike_r114": {"examples.recall", "examples.precision"},
    # 一个在华为做了十年的老同学跟我说,…一句话是:这个设计是不是真正“以客户为中心”? (a classmate's workplace)
    "jiagoushi_zhihu_r113": {"examples.recall"},
    # 努力让群众像浙江省改革所提出的“…”那样 (the clause before 所提出的 taken whole); 毛泽东同志倡导的 (a person)
    "xinfang_jiedaiyuan_gangweishuoming_r113": {"examples.recall", "examples.precision"},
    # 去接触喜茶这类…品牌之前,招商经理最好先搞清楚它对外讲的“…” (它 a clause after the name)
    "zhaoshang_jingli_neirongzhan_r113": {"examples.recall"},
    "zhiban_jingli_ppt_r114": {"examples.recall"},  # 参考案例——海底捞:“…” (a dash before the name)
    # Rounds 115-117. 比如OPPO当年推广…,全国门店的店员都会说一句“…” (the loose 一句 needs a name alone in
    # its clause, and the store's staff say it).
    "jingxiaoshang_guanli_jingli_zhizezhan_r116": {"examples.recall"},
    # gold aliases written with their gloss, TL（Team Leader）, MD（Merchandiser）; 我有个同学在中国移动10086做组长,
    # …第一课就是“…” (a workplace two sentences back)
    "kefu_zuzhang_xhs_r117": {"role", "examples.recall"},
    "shangpin_jingli_neirongzhan_r117": {"role"},
    # 我以前去上海一家丽思卡尔顿…:他们的员工每天…都要念一句“…” (the workplace is found, but the loose 一句 wants a
    # name alone); 我一个兄弟在麦当劳当过值班经理,他说店里从上到下都被“…”这几个字管着 (no cue)
    "loumian_jingli_toutiao_r116": {"examples.recall"},
    # 一是…,防止矛盾反弹 (the comma convention); 枫桥人总结的‘…’ (a place's people), 借鉴上海浦东的“…”服务体系;
    # 梧桐里社区…设立了“老王调解工作室” read as its example
    "renmin_tiaojieyuan_renminwang_r117": {"duties.precision", "duties.recall", "examples.recall", "examples.precision"},
    # Rounds 118-120. 当年张瑞敏带头砸掉76台不合格冰箱,留下了“…”这句话 (the founder's act; 不得不提海尔 a clause back)
    "ehs_jingli_liebiao_wx_r119": {"examples.recall"},
    # 希尔顿的创始人当年天天问员工“…”,后来这句话成了希尔顿酒店的服务传统 (the gold takes the name after)
    "jiudian_canyin_zongjian_baiduzhidao_r118": {"examples.recall"},
    # 也被称为A(…),或者B(…): the second alias; 谷歌(Google)在其“十大信条”中写下的第一条——“…”; 以…Zappos为例,
    # 这家后来被亚马逊收购的公司把“…” (这家…公司 for the name announced before)
    "kehu_zhichi_jingli_yiwen_r119": {"role", "examples.recall"},
    # 同一指南提出的“…” (the guide of the sentence before, whose owner it names); 古希腊医生希波克拉底曾说:“…”
    # (a person's saying read through the plain 说 row, which brands use too: 喜茶讲“…”)
    "gonggong_yingyangshi_jiaocai_r120": {"examples.recall", "examples.precision"},
    # Rounds 121-123. 瑞幸咖啡和茅台联名时,一句“…”火遍全网 (no cue but the event)
    "duanshipin_yunying_jingli_zhize_r121": {"examples.recall"},
    # 借鉴了业界公认的优秀实践——亚马逊的“…”、Netflix倡导的“…”以及字节跳动的“…” (a dash before the first name;
    # the loose 的 after 以及 needs the list read as one)
    "gongcheng_jingli_em_liepin_r121": {"examples.recall"},
    "pmc_jingli_gangweishuomingshu_r122": {"role"},  # 岗位别称 | 生产物料控制经理;计划物控经理 (a semicolon list)
    # An interview whose guest numbers the duties in his answers (李主任:概括起来有六块。第一是…), so the
    # examples have no duties to sit under.
    "yiwubu_zhuren_fangtan_r122": {"duties.precision", "duties.recall", "examples.recall"},
    # A video's subtitles, a line each: 超级猩猩一开始就打出“…” (everyday words for a name), 乐刻运动呢 / 主打“…”,
    # 胖东来 / 人家的理念叫“…” (the name a line before)
    "jianshenfang_dianzhang_douyin_r123": {"examples.recall", "examples.precision"},
    # Rounds 124-126. 在线教育的先行者可汗学院,宣称要“…” (先行者 kept in the name); the gold counts a
    # term the article uses (日清日结) as noise
    "kecheng_guwen_zhuguan_gangwei_r124": {"examples.recall", "examples.precision", "noise"},
    # 不得不提老字号同仁堂,三百多年来一直恪守“…” (the name a clause back, after 不得不提)
    "yiliao_qixie_shichang_jingli_zhize_r124": {"examples.recall"},
    # 说白了就是一店之长 (an alias after 就是); 星巴克一直说自己要做家和办公室之外的“…” (the loose 的 after a
    # clause); 培训时一直拿丽思卡尔顿举例。这家酒店的员工信条里有一句“…” (这家酒店 for the name before)
    "hongbei_liansuo_dianzhang_zhihu_r126": {"role", "examples.recall"},
    # 我们常拿沃尔玛举例:这家零售巨头之所以能做到“…” (这家… for the name before the colon); 丰田生产方式所讲的“…”
    # (a production system's, read as no name)
    "caigou_zhuanyuan_daoke_r125": {"examples.recall", "examples.precision"},
    "canting_lingban_jiaru_r125": {"examples.recall"},  # 培训时经理给我们讲过麦当劳的“…” (the loose 的 after a clause)
    # Rounds 127-129. 海尔的“…”、农夫山泉的“…”和格力的“…” (the third name after 和, inside one clause)
    "pinpai_gongguan_jingli_zhize_r129": {"examples.recall"},
    # 一是要当好…: the gold keeps 要, kg drops the modal as every earlier gold file does (要把…, 一定要…)
    "dianzhang_dahui_jianghua_r129": {"duties.precision", "duties.recall"},
    # 稻盛和夫在京瓷推行…时定下的“…”原则 (the person, not the company he ran), 巴菲特有句流传很广的话 (a person's saying
    # through the plain 有一句话 row, which organisations use too)
    "shouxi_caiwuguan_baijiahao_r128": {"examples.recall", "examples.precision"},
    # Rounds 130-132. 医院医保办主任主要负责什么? (the gold drops 医院); 协和院训“…” (the short name, and 院训
    # with no 的), 梅奥诊所“…”这句话在业内几乎人人都知道 (no cue for a quote the trade knows)
    "yibaoban_zhuren_zhihu_r131": {"role", "examples.recall"},
    # 王老吉一句“…”做了十几年: a brand with a person's name's shape (王 + two characters) reads as a person
    "yinliao_xinpin_yanfa_jingli_guanwang_r131": {"examples.recall"},
    # 腾讯公益发起这一活动时喊出的口号是“…”: the subject behind a 时 clause
    "jijinhui_choukuan_jingli_gzh_r132": {"examples.recall"},
    # 专访连锁酒店集团开发总监周启航 gives 开发总监; the gold takes the intro's 酒店开发总监
    "jiudian_kaifa_zongjian_zazhi_r132": {"role"},
    # Rounds 133-138. 有的公司叫商品采买 (a bare 叫 after 有的公司); 它 for a name two clauses back (还有蕉内,
    # 大家…吧,它给自己的定位是“…” / 我特别佩服胖东来,它那句“…”), 你像优衣库,人家一直讲“…” (人家 as a pronoun)
    "fuzhuang_maishou_douyin_r133": {"role", "examples.recall"},
    # 华为这几年强调…,内部把“…”落到… (内部: the topic of the clause before)
    "gongyinglian_fuzongcai_lietou_r133": {"examples.recall"},
    # 默沙东创始人留下的那句话——“…” (a founder's words, the company named before him); 强生的“…”、同仁堂的“…” (the
    # first of a series)
    "yiyao_daibiao_zhize_r134": {"examples.recall"},
    # 暴雪的核心价值观,排在第一条的就是“…” (the owner a clause back); 任天堂内部奉行横井军平留下的“…” (a person's
    # words between the cue and the quote); 看米哈游的早期宣传,“…”那句口号
    "youxi_zhizuoren_boke_r134": {"examples.recall"},
    # 褚橙“励志橙”就是最经典的案例 (name, quote, then the cue); 提到五常,很多人第一反应就是“稻花香”; 新疆阿克苏苹果…,
    # 商家们主打“冰糖心” (people of the product the sentence opens with)
    "nongchanpin_pinpai_jingli_step_r135": {"examples.recall", "grounding.local"},
    # “新鲜每一刻”,说的正是盒马对…的承诺 (the quote first, then 说的正是 and the name)
    "fangsun_jingli_liansuo_r136": {"examples.recall"},
    # 民生银行的做法值得借鉴:这家以小微金融见长的银行… (这家 + a modifier before the kind of organisation)
    "xindai_jingli_zhize_r136": {"examples.recall"},
    # 代理公司那边常写作驻场销售经理 (写作 after 那边); 碧桂园则一直打“…” (打 alone is no cue)
    "anchang_jingli_toutiao_r137": {"role", "examples.recall"},
    # 南方航空 (two everyday words, no name jieba knows); 新加坡樟宜机场 (kg drops a country before a name, as
    # for 美国梅奥诊所); 顺丰航空…在…鄂州花湖机场坚持“…” (the airport in 在…, not the company)
    "jichang_yunxing_zhihuiyuan_zhiyebaike_r137": {"examples.recall", "examples.precision"},
    # 来自Google SRE团队,他们的信条是 "…" (他们 for a team a clause back); 阿里巴巴技术团队内部流传着一句“…”
    "sre_fuzeren_wiki_r137": {"examples.recall"},
    # 英文名称 | IQC Supervisor (an English field value is not kept); 丰田生产方式中强调的“…” (a brand's method)
    "iqc_zhuguan_gangweishuomingshu_pdf_r138": {"role", "examples.recall"},
    # 墙上挂着中山一院的院训“…” (the name after 挂着)
    "menzhenbu_zhuren_baiduzhidao_r138": {"examples.recall"},
    # 王老吉——“…” (a brand with a person's name's shape, as in round 131)
    "zhenghe_yingxiao_zongjian_zhize_r138": {"examples.recall"},
    # Rounds 139-141. 六个核桃在终端堆头上反复强化“…” (a name opening with a number, 强化 no cue); 东鹏特饮用“…”切入…
    # (用 counts only after 比如/以X为例)
    "chengshi_jingli_kuaixiao_zhize_r139": {"examples.recall"},
    # 经济观察报:“…” (a list item's name jieba does not know); “…”(《南方周末》) (a brand in 《》 after its quote)
    "lanmu_zhipianren_no_zhize_r139": {"examples.recall"},
    # 巴奴坚持“产品主义”,把“…”作为品牌主张 (the first quote read as the second's subject)
    "huoguo_chuzheng_jingli_boss_r140": {"examples.recall"},
    # Patagonia rewrote its mission as “…”, 宜家(IKEA)…“…” (the gold names the English name in parentheses), English
    # phrasings of a Chinese-language page
    "shouxi_kechixu_fazhanguan_waikan_r140": {"examples.recall", "examples.precision"},
    # 一要…二要… run into paragraphs, some mid-paragraph (做好乡镇安监工作,一要…): not found, and the 相关推荐 links
    # taken instead; 谈新时代乡镇安监站长的职责 gives 安监站长
    "xiangzhen_anjian_zhanzhang_xuexiqiangguo_r140": {
        "role", "duties.precision", "duties.recall", "examples.recall", "examples.precision", "noise",
        "grounding.duties", "grounding.local",
    },
    # A sidebar merged into the text: 推荐阅读 opens a block of links that swallows (6)… and (7)…; 四季酒店一直把“…”
    # 作为…的黄金法则 (四季 read as a time)
    "jiudian_libinbu_jingli_shuanglan_r141": {"duties.recall", "examples.recall", "grounding.local"},
    # 那句经典的丰田广告语:“…” (the name inside the cue), 沃尔沃…强调品牌的“…”
    "qiche_shouhou_fuwu_guwen_guanggao_r141": {"examples.recall"},
    # 不少投顾会把集团的品牌口号“…”挂在嘴边 (the group named a sentence before)
    "zhengquan_touzi_guwen_duanhang_r141": {"examples.recall", "grounding.local"},
    # Rounds 142-144. 七喜当年面对…两大巨头,没有正面硬拼,而是提出了“…” (the topic three clauses back); 王老吉 (a
    # person's shape)
    "chanpin_shichang_jingli_zhize_r142": {"examples.recall"},
    # 瓜子二手车凭借“…”这句直白的广告语,在…打响了名气 (凭借 counts only with 打响 right after the quote)
    "guanggao_toufang_jingli_zhinan_r142": {"examples.recall"},
    # 《12345政务服务便民热线主管岗位职责》 gives 政务服务便民热线主管, the gold the intro's 12345热线主管; 北京的“…”改革,
    # 上海的“…” (places, which kg does not count as organisations)
    "rexian_zhuguan_zhengwu_tongzhi_r143": {"role", "examples.recall"},
    # 施工单位的项目总工具体负责… (jieba cuts 项目总|工具); 中建的“…” (中建 jieba does not know as a name)
    "xiangmu_zonggong_zhihu_r144": {"role", "examples.recall"},
    # 以流程管理著称的梅奥诊所,一百多年来始终坚持“…” (the name ends the clause before; 诊所 read as a verb)
    "yiyuan_yunying_jingli_gangwei_r144": {"examples.recall"},
    # Round 145. 很多运营商的合作伙伴如华为,长期坚持“…” (the name after 如 a clause back, the cue's clause only 长期)
    "zhengqi_kehu_jingli_tongxin_r145": {"examples.recall"},
    # Round 146. 电影宣发经理,是“宣传发行经理”的简称 (X是“Y”的简称: Y the full name, not taken); 迪士尼长期把“…”作为公司的
    # 初心 (初心 no kind of saying kg knows)
    "dianying_xuanfa_jingli_yingshiwang_r146": {"role", "examples.recall"},
    # 雅诗兰黛创始人常说的一句话被品牌沿用至今——“…” (a founder's saying, the company named before him)
    "huazhuangpin_zhuangui_guizhang_step_r146": {"examples.recall"},
    # Round 147. 外文名:Vector Control Technician (an infobox's English name is not kept); 美国清洁与卫生企业艺康
    # (Ecolab)以“…”为使命 (the name after a long apposition)
    "bingmei_fangzhiyuan_baike_r147": {"role", "examples.recall"},
    # 行业里更常见的说法是"人才发掘官" (说法是 is no alias cue); 利物浦的球探部门…,俱乐部那句“…” (俱乐部: the club named
    # before, kg takes its department); 巴塞罗那的拉玛西亚青训营…,这家俱乐部以“…”自居; 正如耐克那句人人熟知的“…”
    "qiutan_zuqiu_wx_r147": {"role", "examples.recall", "examples.precision"},
}


@pytest.mark.parametrize("article", HELDOUT, ids=[a.stem for a in HELDOUT])
def test_held_out_articles_get_structure_examples_and_evidence_right(article):
    """Articles written independently of the code (tests/heldout/): every metric but the concept
    scores must pass, but for the KNOWN_MISSES; concept scores are reported in the README."""
    from support import pipeline

    from kg.evaluate import evaluate_file

    metrics = evaluate_file(article, article.with_name(f"{article.stem}.gold.json"), pipeline())
    failed = {m.name: str(m) for m in metrics if not m.passed and not m.name.startswith("concepts.")}
    assert set(failed) == KNOWN_MISSES.get(article.stem, set()), list(failed.values())


@pytest.mark.parametrize(("where", "found"), [("intro", True), ("duty", False)])
def test_an_example_gold_places_in_the_intro_must_illustrate_the_role(where, found):
    from support import pipeline

    from kg.graph import build_graph

    example = "北岭咖啡主打“第三空间”。"
    intro, duty = (example, "") if where == "intro" else ("", example)
    text = f"店长的岗位职责\n店长是门店的负责人。{intro}\n一、管理门店团队\n店长要做好排班。{duty}\n二、控制门店成本\n店长要控制损耗。\n"
    gold = {
        "role": {"label": "店长", "aliases": []},
        "duties": [{"index": 1, "label": "管理门店团队"}, {"index": 2, "label": "控制门店成本"}],
        "examples": [{"subject": "北岭咖啡", "value": "第三空间", "duty_index": 0}],
    }
    graph = build_graph([pipeline().analyse_text(text)])
    metrics = {m.name: m for m in score(graph, text, gold)}
    assert metrics["examples.recall"].passed is found


def test_a_duty_whose_section_names_no_gold_concept_needs_no_three_concepts():
    from support import pipeline

    from kg.graph import build_graph

    text = "人事专员岗位职责\n岗位职责:\n1、负责招聘渠道维护,发布招聘信息,安排面试;\n2、完成上级领导交办的其他工作。\n任职要求:\n1、熟悉劳动法和社保政策。\n"
    gold = {
        "role": {"label": "人事专员", "aliases": []},
        "duties": [
            {"index": 1, "label": "负责招聘渠道维护,发布招聘信息,安排面试"},
            {"index": 2, "label": "完成上级领导交办的其他工作"},
        ],
        "concepts_must": ["招聘渠道", "招聘信息", "面试"],
        "concepts_ok": ["劳动法", "社保"],  # in the requirements, which are no duty's section
    }
    graph = build_graph([pipeline().analyse_text(text)])
    metrics = {m.name: m for m in score(graph, text, gold)}
    assert metrics["grounding.duties"].passed, metrics["grounding.duties"]
    gold["concepts_ok"] += ["上级领导", "其他工作", "交办"]  # now the gold names three there
    metrics = {m.name: m for m in score(graph, text, gold)}
    assert not metrics["grounding.duties"].passed


def test_a_duty_section_starts_where_its_title_heads_a_line_not_at_a_later_mention():
    from kg.evaluate import _sections

    norm = "关于进餐:饭后带孩子散步,再准备午睡。\n说到午睡,寝室要通风,午睡时要巡视。\n关于如厕:要教孩子洗手。"
    gold = {"duties": [{"index": 1, "label": "进餐"}, {"index": 2, "label": "午睡"}, {"index": 3, "label": "如厕"}]}
    assert _sections(norm, gold)[2].startswith("午睡,寝室要通风")

