"""Extract stage: worked examples in many phrasings, concepts as whole noun phrases."""

import pytest
from support import analyse

from kg.extract import _in_list

HEAD = "咖啡店长的工作职责\n一、研究竞争品牌\n"
TAIL = "\n二、管理门店团队\n店长要做好排班和培训。\n"


@pytest.mark.parametrize(
    ("sentence", "subject", "value"),
    [
        ("星辰咖啡主打“第三空间”,门店多开在写字楼。", "星辰咖啡", "第三空间"),
        ("云杉茶饮定位于“年轻人的社交茶饮”。", "云杉茶饮", "年轻人的社交茶饮"),
        ("北岭手机以“超长续航”著称。", "北岭手机", "超长续航"),
        ("比如青木饮料一直强调“零糖零卡”。", "青木饮料", "零糖零卡"),
        ("而老牌的松果电器则突出“耐用省心”。", "松果电器", "耐用省心"),
        ("澜星电器走“高端路线”,门店开在商场。", "澜星电器", "高端路线"),
        ("白鹭咖啡的定位是“平价精品咖啡”。", "白鹭咖啡", "平价精品咖啡"),
        ("奔驰汽车拥有“最尊贵”的定位。", "奔驰汽车", "最尊贵"),
        ("极限编程主张“结对编程”。", "极限编程", "结对编程"),
        ("蓝帆家居坚持“设计平权”的经营理念。", "蓝帆家居", "设计平权"),
        ("青禾乳业的广告语是“每一滴都新鲜”。", "青禾乳业", "每一滴都新鲜"),
        ("远山户外喊出了“走得更远”的口号。", "远山户外", "走得更远"),
        ("白塔银行以“懂你所需”为口号。", "白塔银行", "懂你所需"),
        ("星河物流推出了“仓配一体”的经营模式。", "星河物流", "仓配一体"),
        ("云帆咖啡推出了“邀请好友各得一杯”的裂变模式。", "云帆咖啡", "邀请好友各得一杯"),
        ("以松间咖啡为例,它的服务理念是“像朋友一样”。", "松间咖啡", "像朋友一样"),
        ("比如说北岭手机,其定位是“超长续航”。", "北岭手机", "超长续航"),
        ("拿青木饮料来说,它主打“零糖零卡”。", "青木饮料", "零糖零卡"),
        ('澜星电器走"高端路线",门店开在商场。', "澜星电器", "高端路线"),  # straight quotes
        ("白鹭咖啡的定位是『平价精品咖啡』。", "白鹭咖啡", "平价精品咖啡"),
        ("北岭手机以‘超长续航’著称。", "北岭手机", "超长续航"),
        ("比如奔驰的定位是“最尊贵”。", "奔驰", "最尊贵"),  # a brand jieba's dictionary knows as a verb
        ("青松超市的服务理念是“天天平价”。", "青松超市", "天天平价"),
        ("云岭茶业的品牌定位：“高山好茶”。", "云岭茶业", "高山好茶"),
        ("青木饮料对经销商实行“统一定价”的策略。", "青木饮料", "统一定价"),  # 对… closes the clause
        ("连锁零售企业万家乐超市推行“阳光采购”,询价全部公开。", "万家乐超市", "阳光采购"),  # apposition
        ("北岭汽车的采购讲究“准时化”,要求供应商按时送货。", "北岭汽车", "准时化"),  # the owner of 采购
        ("远山物流推行“首问负责制”,规定员工跟进到底。", "远山物流", "首问负责制"),  # the quote names it
        ("白塔银行以“当日办结”为服务承诺。", "白塔银行", "当日办结"),
        ("以中部一家零件厂北岭精密为例,该公司以“零缺陷”作为品质方针。", "北岭精密", "零缺陷"),
        ("远山快递长期以“大件发远山”作为品牌定位。", "远山快递", "大件发远山"),
        ("华东地区的仓储服务商青木云仓坚持“日清日结”的作业原则。", "青木云仓", "日清日结"),
        ("以松间咖啡为例,它把“坪效”作为门店的核心指标。", "松间咖啡", "坪效"),  # 把…作为 after 以X为例
        ("比如白鹭咖啡,它用“会员储值”锁定老顾客。", "白鹭咖啡", "会员储值"),
        ("海尔的抖音账号靠“魔性舞蹈”走红。", "海尔", "魔性舞蹈"),  # a dictionary name owns what follows 的
        ("以松间咖啡为例,它的营销以“乐评文案”打动人心。", "松间咖啡", "乐评文案"),
        ("阿里巴巴把“客户第一”放在价值观的首位。", "阿里巴巴", "客户第一"),
        ("远山快递的服务承诺是“使命必达”。", "远山快递", "使命必达"),
        ("北岭重工提出“品质改变世界”,把质量意识贯穿每道工序。", "北岭重工", "品质改变世界"),
        ("丽思酒店以“以客为尊”为座右铭。", "丽思酒店", "以客为尊"),
        ("锦澜酒店集团就把“账不过夜”作为财务管理的铁律。", "锦澜酒店集团", "账不过夜"),  # 酒店|集团 is one name
        ("完美日记的私域社群以“小完子”人设著称,用户很喜欢。", "完美日记", "小完子"),  # 社群: the article's topic
        ("我有个朋友在一家叫禾木咖啡的连锁品牌做社群,他们坚持“每日一券”的节奏。", "禾木咖啡", "每日一券"),
        ("- 北岭饮品：主打“高质平价”，依靠加盟门店下沉", "北岭饮品", "高质平价"),  # a list item
        ("远山科技坚持“以奋斗者为本”,奖金向骨干倾斜。", "远山科技", "以奋斗者为本"),
        ("拿松间咖啡来说。它把自己定义为“社区客厅”,门店都开在居民区。", "松间咖啡", "社区客厅"),  # named one sentence before
        ("远山莜面村喊出“道道都好吃”的口号。", "远山莜面村", "道道都好吃"),  # a name closed by 村
        ("青松律所始终秉持“以专业守护信任”的执业理念。", "青松律所", "以专业守护信任"),
        ("如临江市实验幼儿园提出的“把童年还给孩子”理念,以游戏为载体。", "临江市实验幼儿园", "把童年还给孩子"),
        ("我签下的美国客户Trailmark主打“为露营而生”的定位。", "Trailmark", "为露营而生"),  # 客户 + name
        ("我们森途户外的slogan是“让户外更轻松”。", "森途户外", "让户外更轻松"),
        ("江南省人民医院重症医学科素有“人人会抢救”的美誉。", "江南省人民医院重症医学科", "人人会抢救"),
        ("以金陵育英中学为例,该校素以“一生一课表”的走班教学模式闻名。", "金陵育英中学", "一生一课表"),
        ("像元气森林,它的卖点就是“0糖0脂0卡”。", "元气森林", "0糖0脂0卡"),
        ("我带过一家女装店叫“木棉小屋”,人家给自己的定位是“小个子女生的衣橱”。", "木棉小屋", "小个子女生的衣橱"),
        ("像老百姓熟悉的仁心大药房,就把“不卖贵的”写进了员工守则。", "仁心大药房", "不卖贵的"),  # 就: the clause before
        ("本公司对标中国建筑,学习中国建筑“拓展幸福空间”的企业使命。", "中国建筑", "拓展幸福空间"),
        ("再比如格力电器喊出“让世界爱上中国造”,在它的供应链里质检很严。", "格力电器", "让世界爱上中国造"),
        ("以青岚检测公司为例,公司把“数据真实”写进了员工守则。", "青岚检测公司", "数据真实"),  # 公司: the one just named
        ("例如东岳新能源集团档案室在推行电子档案时,就把“单套归档”作为基本原则。", "东岳新能源集团档案室", "单套归档"),
        ("中测绿源检测集团对外的定位是“经得起追溯”。", "中测绿源检测集团", "经得起追溯"),
        ("长丰农商银行始终坚持“扎根本土、服务三农”的市场定位。", "长丰农商银行", "扎根本土、服务三农"),  # 农商|银行: no apposition
        ("推行丰田提出的“准时化生产”原则,以小批量、多批次的方式补货。", "丰田", "准时化生产"),
        ("宏钧集团的品质政策为“品质是设计出来的”,因此品保须提早参与设计审查。", "宏钧集团", "品质是设计出来的"),
        ("例如独立短片团队“青禾影像”在内部一直强调“每一刀都得说得出理由”。", "青禾影像", "每一刀都得说得出理由"),
        ("我们社“彩云之旅”给每个导游定的带团原则是“游客安全排第一”。", "彩云之旅", "游客安全排第一"),
        ("以上海申安保安服务有限公司为例,该公司要求巡逻队员遵循“走到、看到”的巡逻原则。", "上海申安保安服务有限公司", "走到、看到"),
        ("以杭州禾丰食品有限公司为例,公司财务部奉行“每一张票据都要经得起追问”的原则。", "杭州禾丰食品有限公司", "每一张票据都要经得起追问"),
        ("滨江国际会展中心在承接大型展会时提出“宁可多查一遍”的安检口号。", "滨江国际会展中心", "宁可多查一遍"),  # a named centre
        ("华锐精密制造是一家专注冲压的企业,公司一贯奉行“订单驱动生产”的管理思路。", "华锐精密制造", "订单驱动生产"),
        ("云溪县中医院病案室将借阅原则概括为“凭证借阅,限时归还”。", "云溪县中医院病案室", "凭证借阅,限时归还"),
        ("可借鉴鑫源化工仓储中心的做法,其对仓管人员提出“不让隐患过夜”的原则。", "鑫源化工仓储中心", "不让隐患过夜"),
        ("隔壁街道的向阳花社工站,把自己定位成“居民家门口的会客厅”。", "向阳花社工站", "居民家门口的会客厅"),
        ("参考做法:省内同行南岭民俗博物馆把研学品牌定位为“把课堂搬进展厅”。", "南岭民俗博物馆", "把课堂搬进展厅"),
        ("案例:湖滨市博物馆对讲解提出的服务原则是“讲准、讲透、讲活”。", "湖滨市博物馆", "讲准、讲透、讲活"),
        ("以江川市城建档案馆为例,该馆对移交档案提出“件件有号”的要求。", "江川市城建档案馆", "件件有号"),
        ("我们区的幸福里社区也提出了“有事找网格，网格马上办”的理念。", "幸福里社区", "有事找网格，网格马上办"),  # owned, a name
        ("在星澜科技，“先备份，再变更”是每个员工都背得出的一句话。", "星澜科技", "先备份，再变更"),
        ("【案例】青禾咨询的口号叫「客户的事没有小事」，新人第一课就学它。", "青禾咨询", "客户的事没有小事"),
        ('比如母婴品牌“小鹿妈妈”，社群里一直坚持"先做朋友，再做生意"，老粉复购率高。', "小鹿妈妈", "先做朋友，再做生意"),
        ("比如我之前待过的「康途健康」，人家的理念就是“先管风险，再管疾病”。", "康途健康", "先管风险，再管疾病"),
        ("像隔壁「禾悦体检中心」那样把『检后服务比体检更重要』挂在嘴边的机构，宣教做得扎实。", "禾悦体检中心", "检后服务比体检更重要"),
        ("自从抖音电商提出“兴趣电商”的说法之后，直播间变成了主阵地。", "抖音电商", "兴趣电商"),
        ("浙江有一家叫「山野集」的直播间，团队内部的排品口诀是“爆款引流、利润款收割”。", "山野集", "爆款引流、利润款收割"),
        ("（标杆学习：学习江滨水务集团“从源头到龙头”全流程水质管控的做法，建立台账）；", "江滨水务集团", "从源头到龙头"),
        ("（标杆学习：借鉴南湖水质监测站『数据不过夜，问题不过班』的工作理念）；", "南湖水质监测站", "数据不过夜，问题不过班"),
        ("以江苏恒远精工有限公司为例，该公司推行质量“三不原则”，即「不接受不良品、不制造不良品」。", "江苏恒远精工有限公司",
         "不接受不良品、不制造不良品"),  # back over two clauses; 即 in a sentence that gives an example
        ("海川重工总装车间把『宁听骂声，不听哭声』当作车间安全格言。", "海川重工总装车间", "宁听骂声，不听哭声"),
        ("以上海仁和医院肿瘤中心为例，其办公室要求所有CRC牢记一句话：『受试者的权益高于一切』。", "上海仁和医院肿瘤中心",
         "受试者的权益高于一切"),
        ("我之前待过一家公司叫锦澜物业，他们工程口有句老话，叫「小修不过夜，大修不过周」。", "锦澜物业", "小修不过夜，大修不过周"),
        ("│  └─ 案例：东江市中心医院急诊科——“时间就是生命”", "东江市中心医院急诊科", "时间就是生命"),  # a mind map's leaf
        ("我们镇上的石桥镇卫生院一直讲『慢病管理要像走亲戚一样勤』，一次不落。", "石桥镇卫生院", "慢病管理要像走亲戚一样勤"),
        ("湾里村卫生室把“让村民少跑一趟路”写进了服务承诺。", "湾里村卫生室", "让村民少跑一趟路"),  # a place's unit
        ('参照丰田汽车"准时化生产"的思路压缩在库天数。', "丰田汽车", "准时化生产"),
        ("农夫山泉在渠道建设上下了很大功夫，那句『我们不生产水，我们只是大自然的搬运工』家喻户晓。", "农夫山泉",
         "我们不生产水，我们只是大自然的搬运工"),
        ('阿里巴巴有一句流传很广的话，叫"今天最好的表现是明天最低的要求"。', "阿里巴巴", "今天最好的表现是明天最低的要求"),
        ("说到这里必须提一下蚂蚁集团的 Ant Design，它把设计价值观归纳为「自然、确定性」。", "Ant Design", "自然、确定性"),
        ('元气森林进入饮料市场时打出"0糖0脂0卡"的卖点，迅速抢占了冷柜。', "元气森林", "0糖0脂0卡"),
        ("以湖南的禾丰飞防合作社为例，其服务队奉行\"不重喷、不漏喷\"的三不原则。", "禾丰飞防合作社", "不重喷、不漏喷"),  # owned org
        ("例如，专做城市实景三维的天衡测绘信息公司，把『一厘米的误差也要追到底』写进了作业规范。", "天衡测绘信息公司",
         "一厘米的误差也要追到底"),
        ("在临床带教上，我打算借鉴滨海市中心医院护理部倡导的“人人是老师，处处是课堂”的做法。", "滨海市中心医院护理部",
         "人人是老师，处处是课堂"),
        ("由供应商华瑞医疗科技有限公司派工程师驻场调试，该公司一贯以“交付不是终点”作为售后服务原则。", "华瑞医疗科技有限公司",
         "交付不是终点"),  # a verb right after the company's name ends it
        ("我所在的锦澜国际酒店对做床要求特别严，酒店的服务口号是「让每一位客人睡个好觉」。", "锦澜国际酒店", "让每一位客人睡个好觉"),
        ('以本公司管理的「海逸峰」為例，管理處一向奉行 "Reply within 24 hours" 的承諾。', "海逸峰", "Reply within 24 hours"),
        ("例如本屋苑與環保團體『綠匯行動』合作推行廚餘回收計劃，該團體以「源頭減廢，全民參與」作口號。", "綠匯行動", "源頭減廢，全民參與"),
        ("我们店长期合作的 @豆仓烘焙实验室 给自己的定位就是『只做浅烘的单一产地』。", "豆仓烘焙实验室", "只做浅烘的单一产地"),  # a mention
        ("我之前待过的 @拾光咖啡 把「慢一点，好好喝一杯」当作品牌slogan。", "拾光咖啡", "慢一点，好好喝一杯"),
        ("原作者曾任职的北极星软件（Polaris Software）把这一阶段的原则概括为「第一个月决定第一次续约」。", "北极星软件",
         "第一个月决定第一次续约"),  # an English gloss, and the object of 把 with its own 的
        ("原作者提到，协作软件公司Teamloop在官网上把自己的使命写成“让每一条客户声音都被听见”。", "Teamloop", "让每一条客户声音都被听见"),
        ("我们集团旗下的瑞驰汽车服务中心更是把『卖一台车，交一个朋友』印在了每一张名片背面。", "瑞驰汽车服务中心", "卖一台车，交一个朋友"),
        ("可参考合作方星河云计算的做法，其一线值守奉行『先恢复业务，再追查根因』的原则。", "星河云计算", "先恢复业务，再追查根因"),  # 其一线, not 其一
        ("学习邻县桃源村的经验，他们始终坚持\"一村一品、一户一策\"，把猕猴桃做成了富民产业。", "桃源村", "一村一品、一户一策"),
        ("像石桥村那样坚持“小事不出村，大事不出镇”，把矛盾纠纷化解在萌芽状态。", "石桥村", "小事不出村，大事不出镇"),
        ("有家叫“青柚茶事”的连锁店，在小红书上把自己定位成「写字楼里的下午茶补给站」。", "青柚茶事", "写字楼里的下午茶补给站"),
        ("正如华辰集团一贯倡导的“诚信采购，阳光共赢”，采购从来不只是“花钱买东西”。", "华辰集团", "诚信采购，阳光共赢"),
        ("我们合作的绿源农场有一句承诺：「从田间到货架不超过24小时」。", "绿源农场", "从田间到货架不超过24小时"),
        ("拿中国移动举例，它的核心价值观是「正德厚生，臻于至善」。", "中国移动", "正德厚生，臻于至善"),
        ("我们曾专门研究过 Costco，它主张『低毛利、高周转』。", "Costco", "低毛利、高周转"),  # a Latin name closing the clause
        ("「先进先出，一目了然」——这是禾田便利写在陈列手册第一页的口诀。", "禾田便利", "先进先出，一目了然"),  # named after
        ("“因您而变”，这是招商银行多年的品牌口号。", "招商银行", "因您而变"),
        ("胖东来门店的墙上贴着“爱在胖东来”。", "胖东来门店", "爱在胖东来"),
        ("海底捞人力资源部一直讲“用双手改变命运”。", "海底捞人力资源部", "用双手改变命运"),  # a name's department
        ('Airbnb 把品牌理念浓缩成一句 "Belong Anywhere"，意思是让旅人处处有归属感。', "Airbnb", "Belong Anywhere"),
        ("我们酒店这两年一直对标悦途M7酒店的「房价跟着需求走」标准。", "悦途M7酒店", "房价跟着需求走"),  # the model emulated
        ("我在丽思卡尔顿实习的时候，带教老师总说“我们是为绅士淑女服务的绅士淑女”。", "丽思卡尔顿", "我们是为绅士淑女服务的绅士淑女"),
        ("去年我们支行和华鼎基金联合举办投资者教育活动时，对方的基金经理反复强调「长期投资，不追涨杀跌」。", "华鼎基金",
         "长期投资，不追涨杀跌"),  # the speaker belongs to the one named in the clause before
        ('山屿度假酒店连续三年获评"最佳宾客体验度假酒店"，他们的秘诀并不复杂。', "山屿度假酒店", "最佳宾客体验度假酒店"),
        ("澜庭物业每季度在小区公告栏公示公共收益，被业主们称为『明白账管家』。", "澜庭物业", "明白账管家"),
        ('听说浦江农商银行的营业厅里贴着一句话："把合适的产品卖给合适的客户"。', "浦江农商银行", "把合适的产品卖给合适的客户"),
        ("「让文物开口说话」一直是南湖市博物馆社教部对每一场活动的要求。", "南湖市博物馆社教部", "让文物开口说话"),  # the quote first
        ("「日清日结」是动能健身工作室对每一位顾问的硬性要求。", "动能健身工作室", "日清日结"),
        ("以“人人都是文化守护者”著称的西岭考古遗址公园，把研学做成了品牌。", "西岭考古遗址公园", "人人都是文化守护者"),
        ("主打\"社区15分钟健身圈\"的青橙健身，门店都开在小区门口。", "青橙健身", "社区15分钟健身圈"),
        ("力行健身创始人常说“不卖卡，先卖改变”。", "力行健身", "不卖卡，先卖改变"),  # the organisation a founder speaks for
        ('繁星婚礼集团的CEO在一次采访中提到"彩排多走一遍，现场少一分风险"。', "繁星婚礼集团", "彩排多走一遍，现场少一分风险"),
        ("超燃健身推出的『百日蜕变』计划，带来了大量新会员。", "超燃健身", "百日蜕变"),  # a programme
        ("对铂石健身俱乐部来说，「每一次到店都是一次信任的建立」，因此严禁强行推销。", "铂石健身俱乐部", "每一次到店都是一次信任的建立"),
        ("学云栖花艺，把『花材当日采购、当日插制』落到实处。", "云栖花艺", "花材当日采购、当日插制"),
        ("东岳民俗博物馆正是凭借一套完整的教育评估体系，获得了“全国博物馆优秀社教案例”称号。", "东岳民俗博物馆", "全国博物馆优秀社教案例"),
        ("云程航空员工手册第一条就是“安全是最好的服务”。", "云程航空", "安全是最好的服务"),  # a rule book
        ("康禾大药房一贯的“先合规、后经营”作风，让它从未被处罚。", "康禾大药房", "先合规、后经营"),
        ("益民药房凭借“把药师请到家门口”这一理念拿下了社区服务奖。", "益民药房", "把药师请到家门口"),
        ("星驰汽车那句「把抱怨当礼物」的老口号，至今挂在接待区。", "星驰汽车", "把抱怨当礼物"),
        ("走进宏宇汽车的维修车间，墙上醒目地刷着『油污不上车，零件不落地』两行大字。", "宏宇汽车", "油污不上车，零件不落地"),
        ("上海音乐厅的驻场调律组，在我们圈子里一直被叫作「演出前的最后一道保险」。", "上海音乐厅", "演出前的最后一道保险"),
        ("如本地的清源环保科技有限公司，业内称其为\"污泥减量专家\"。", "清源环保科技有限公司", "污泥减量专家"),
        # A topic chain: the clauses after the first leave out whom they are about.
        (
            "北岭公交集团第二分公司依托调度平台实现动态排班，准点率稳定在95%以上，被市交通局誉为『会思考的调度台』。",
            "北岭公交集团第二分公司",
            "会思考的调度台",
        ),
        (
            "2023年汛期，西湖客运公司调度中心两小时内完成八条线路改道，被市民称作『雨夜里的灯塔』。",
            "西湖客运公司调度中心",
            "雨夜里的灯塔",
        ),
        (
            "上海的云帆拍卖公司每逢春拍，图录都附上考证，被藏家称作“能当教材读的图录”。",
            "云帆拍卖公司",
            "能当教材读的图录",
        ),
        ("北京的鼎合拍卖行在这一环节做得很规范，在圈里素有“款货两清”的口碑。", "鼎合拍卖行", "款货两清"),
        (
            "西港航标处在辖区全面换装LED灯器后，故障率大幅下降，被同行称作『不用半夜出船的航标处』。",
            "西港航标处",
            "不用半夜出船的航标处",
        ),
        (
            "济仁堂城东门店调剂组连续三年抽检合格率100%，被市药监局授予「精准调剂示范岗」称号。",
            "济仁堂城东门店调剂组",
            "精准调剂示范岗",
        ),
        (
            "江北市中心医院药学部推行前置审方后，不合理处方下降过半，临床医生称其为“处方的最后一道闸门”。",
            "江北市中心医院药学部",
            "处方的最后一道闸门",
        ),
        # …or what others say of it, referring back (说那里是, 叫它, 拿…来形容这家公司)
        (
            "华南大学附属第二医院药学部较早引入智能药柜，连续五年零差错，实习生都说那里是“不会出错的药库”。",
            "华南大学附属第二医院药学部",
            "不会出错的药库",
        ),
        ('隔壁街的萌宠医院美容部真的强，圈里都说他们是"猫狗造型天花板"。', "萌宠医院美容部", "猫狗造型天花板"),
        (
            "清河航道管理站所辖航段滩多水急，当地船民笑说那里的航标『一年要搬十几回家』。",
            "清河航道管理站",
            "一年要搬十几回家",
        ),
        ('北湖航道处的应急班组口碑很好，沿线船家都知道他们"两小时到场"。', "北湖航道处", "两小时到场"),
        (
            "杭州的云岚拍卖有限公司在征集环节把关极严，业内常拿“门槛比拍价还高”来形容这家公司。",
            "云岚拍卖有限公司",
            "门槛比拍价还高",
        ),
        # 这家…/该… names the one named before it.
        (
            '去年我们和本地的喵喵救助站联合办领养日，这家救助站口碑超好，大家都叫它"流浪猫的中转站"。',
            "喵喵救助站",
            "流浪猫的中转站",
        ),
        (
            "新员工须到康宁堂城北中心药房跟岗实习一个月，该药房被员工称为「调剂员的黄埔军校」。",
            "康宁堂城北中心药房",
            "调剂员的黄埔军校",
        ),
        (
            "就职于滨江市妇幼保健院的李同学提到，该院药剂科被同行评价为“儿科用药的放大镜”。",
            "滨江市妇幼保健院",
            "儿科用药的放大镜",
        ),
        # …not a frame before it (在…的支持下), and a name without an organisation word (总部|派克宠物)
        ("在华峰集团的支持下，云岭酒店三年内满意度提升到98%，被游客评为“最暖心的酒店”。", "云岭酒店", "最暖心的酒店"),
        ("我们总部派克宠物在会员体系上很有一套，同行都说它是\"把储值卡玩明白的那家\"。", "派克宠物", "把储值卡玩明白的那家"),
        # Round 34/35 phrasings: 那句, a quote in the name's parentheses, a prize, a method summed up,
        # 以…招揽, a table row, 被评定为, a Chinese gloss, 敢打出, 来自…:, 院里的口号, 获评 after a bullet
        ("说到出品标准，我一直很服气 Loaf & Co. 那句 \"Bake it honest\"。", "Loaf & Co.", "Bake it honest"),
        ("我带过的徒弟有两个去了麦田堂（“手作不将就”的那家连锁），现在都当上了主管。", "麦田堂", "手作不将就"),
        ("今年本地的麦香坊拿了市里评的“放心早餐示范门店”，师傅们高兴了好几天。", "麦香坊", "放心早餐示范门店"),
        ("会员单位通远驾校教练组总结的“一查二看三试”出车检查法，简便易行。", "通远驾校教练组", "一查二看三试"),
        ("顺达驾校曾以“一个月拿本”招揽生源。", "顺达驾校", "一个月拿本"),
        ("鑫源驾培　　“不吃请、不收礼、不骂人”", "鑫源驾培", "不吃请、不收礼、不骂人"),
        ("在年度质量信誉考核中，金山驾校被评定为“AAA级驾培机构”。", "金山驾校", "AAA级驾培机构"),
        ("像中安财险（中国安平财产保险的简称）内部推行的「首问负责、一跟到底」制度，就是要求一跟到底。", "中安财险", "首问负责、一跟到底"),
        ("你知道为什么瑞安保险敢打出“理赔不满意，经理上门”吗？", "瑞安保险", "理赔不满意，经理上门"),
        ("分享一句话，来自一家叫平和保险经纪的小公司：“赔得明白，客户才会回来”。", "平和保险经纪", "赔得明白，客户才会回来"),
        ("我们南湾区人民法院每年都搞速录比武，院里的口号就是“庭审不停，键盘不停”。", "南湾区人民法院", "庭审不停，键盘不停"),
        ("听说云海市中级人民法院推行电子卷宗以后，被省高院在通报里点名表扬为『卷宗管理样板』。", "云海市中级人民法院", "卷宗管理样板"),
        ("我在白沙人民法庭，前年刚被评为\"枫桥式人民法庭\"。", "白沙人民法庭", "枫桥式人民法庭"),
        ("明亮视光中心在行业内较早推出「七日适应期」服务：顾客取镜后可免费复查。", "明亮视光中心", "七日适应期"),
        ("● 中安财险连续三年获评『理赔服务示范单位』，其经验可概括为：快赔、透明。", "中安财险", "理赔服务示范单位"),
        # Round 36/37: the organisation away from the quote
        ("“宁可货少一排，不可排面缺口”，这句话出自我们的老对手万佳超市的陈列手册。", "万佳超市", "宁可货少一排，不可排面缺口"),
        ("“准时是骑手的脸面”，这句话出自快马外卖。", "快马外卖", "准时是骑手的脸面"),
        ("最后送大家一句话：“让每个人都敢张嘴”，这是暖心口腔门口的标语。", "暖心口腔", "让每个人都敢张嘴"),
        ("有的站点靠堆人保时效，而蓝海跑腿的做法却是“一人最多背五单”。", "蓝海跑腿", "一人最多背五单"),
        ("我们站去年跟同城的安达配送学了“出站前查三遍”的办法。", "安达配送", "出站前查三遍"),
        ("我们隔壁那家乐齿儿童齿科，诊室做成了卡通风格，家长们私下都叫它“牙齿游乐园”。", "乐齿儿童齿科", "牙齿游乐园"),
        ("江东高速公路管理处今年提出了「查验零差错、通行不等待」的工作目标。", "江东高速公路管理处", "查验零差错、通行不等待"),
        ("悦美口腔创立于2012年，始终把「让看牙不再可怕」作为品牌定位。", "悦美口腔", "让看牙不再可怕"),
        ("落实徐汇区口腔质控中心『消毒无死角』的要求，做好灭菌监测。", "徐汇区口腔质控中心", "消毒无死角"),
        ("像滨海第三建筑公司，工地门口常年挂着『先探管、后开挖』的提示牌。", "滨海第三建筑公司", "先探管、后开挖"),
        ("滨海燃气集团的抢修队伍在市民中有个外号，叫\"十五分钟救援队\"。", "滨海燃气集团", "十五分钟救援队"),
        ("锦绣社区居委会今年刚评上“燃气安全示范社区”。", "锦绣社区居委会", "燃气安全示范社区"),
        ("我所在的青山收费站连续三年被评为全省\"十佳文明收费站\"。", "青山收费站", "十佳文明收费站"),
        ("百佳便利店的区域督导周师傅常挂在嘴边的一句话是“价签就是对顾客的承诺”。", "百佳便利店", "价签就是对顾客的承诺"),
        # Round 38/39
        ("华安集团职工书屋在选书上坚持「读者要什么，书架就补什么」，所以借阅率一直很高。", "华安集团职工书屋", "读者要什么，书架就补什么"),
        ("明理中学图书馆每天午休时间开放借阅，学生们都把这里叫作「第二教室」。", "明理中学图书馆", "第二教室"),
        ("江州市图书馆打造的阅读推广品牌叫「周末书香汇」，已经连续举办了六年。", "江州市图书馆", "周末书香汇"),
        ("云岭区图书馆去年上线了24小时城市书房，并因此被评为「全省智慧图书馆建设先进单位」。", "云岭区图书馆", "全省智慧图书馆建设先进单位"),
        ("青山县行政审批局的窗口组建了一支帮办小分队，当地群众亲切地称她们为“流动小蓝窗”。", "青山县行政审批局", "流动小蓝窗"),
        ("东湖市政务服务中心做得比较细，并把『材料清单一张纸』定为全体窗口的服务标准。", "东湖市政务服务中心", "材料清单一张纸"),
        ("推动精益生产，复制子公司恒达智能装备装配线获评“苏州市示范智能车间”的经验。", "恒达智能装备装配线", "苏州市示范智能车间"),
        ("杭州的鲜香里小馆把晨检做出了仪式感——每天全员列队，由店长带头喊出“手净、衣净、心净”。", "鲜香里小馆", "手净、衣净、心净"),
        ("| 绿叶轻食 | 后厨接入明厨亮灶直播，顾客扫码可看实时画面 | “让每一口都看得见” |", "绿叶轻食", "让每一口都看得见"),
        ("以台北市的安心地政士聯合事務所為例，他們把服務定位寫成「一案一專人」。", "安心地政士聯合事務所", "一案一專人"),
        ("台中的好鄰居代書事務所長期協助鄉親處理祖產，被地方里長戲稱為「繼承登記的活字典」。", "好鄰居代書事務所", "繼承登記的活字典"),
        # Round 40/41
        ("一次开放日之后，有媒体报道称青田乳业是“草原上的慢工厂”。", "青田乳业", "草原上的慢工厂"),
        ("案例：顾客评价米果童装“进门就像进了绘本”，当月进店率提升了两成。", "米果童装", "进门就像进了绘本"),
        ("案例：我们帮织锦女装提炼出“松弛的通勤感”作为春季陈列主线。", "织锦女装", "松弛的通勤感"),
        ("谁还记得澄明电器那句“修到你满意为止”？", "澄明电器", "修到你满意为止"),
        ("2022年，云岭500千伏变电站运维班荣获\"年度安全生产先进班组\"称号。", "云岭500千伏变电站运维班", "年度安全生产先进班组"),
        # Round 43: real companies in management essays
        ("海尔推行的OEC管理法讲究“日事日毕，日清日高”，每天的任务当天完成。", "海尔", "日事日毕，日清日高"),
        ("丰田汽车的“准时化生产”主张只在需要的时候生产需要的产品。", "丰田汽车", "准时化生产"),
        ("星巴克把门店定位为家和办公室之外的“第三空间”，体验可以复制。", "星巴克", "第三空间"),
        ("方正集团把“复盘”作为重要的工作方法，每做完一件事都要回顾。", "方正集团", "复盘"),
        # Round 42: real brands in a marketing essay
        ("阿里巴巴在拓展中小企业客户时，始终把“让天下没有难做的生意”作为自己的使命。", "阿里巴巴", "让天下没有难做的生意"),
        ("京东之所以能赢得众多企业客户，离不开它一直主打的“多快好省”。", "京东", "多快好省"),
        ("海飞丝之所以长期主打“去屑”，正是基于大量消费者调研的结果。", "海飞丝", "去屑"),
        ("百事可乐正是在研究了可口可乐的消费群体之后，把自己定位为“新一代的选择”。", "百事可乐", "新一代的选择"),
        ("面对可口可乐和百事可乐两大巨头，七喜没有正面硬碰，而是提出了“非可乐”的定位。", "七喜", "非可乐"),
        ("沃尔沃几十年来一直定位于“安全”，传播的核心始终围绕安全性能展开。", "沃尔沃", "安全"),
        ("通用电气推行的“群策群力”活动，让一线员工与管理者坐在一起。", "通用电气", "群策群力"),
        ("麦当劳早在1961年就创办了“汉堡大学”，系统培训门店管理人员。", "麦当劳", "汉堡大学"),
        ("比如户外品牌 Southwind Outdoor 的 slogan 是 \"Walk Further\"，中文稿里要确认。", "Southwind Outdoor", "Walk Further"),
        ("苏州的栖霞酒店对夜审有一条硬性原则——“账不过夜，差错当班清”。", "栖霞酒店", "账不过夜，差错当班清"),
        ("车间沿用华美纺织“交班交清、接班接明”的老规矩，交接时当面核对。", "华美纺织", "交班交清、接班接明"),
        ("公司隶属于华美控股集团，集团一直以“织好每一寸布”作为企业使命。", "华美控股集团", "织好每一寸布"),
        # Round 45: what a company put forth (提出的/推行的“…”), used (用“…”来…), or holds (X的“…”, 在X,“…”)
        ("云杉化工提出的“一切事故都能预防”，前提是人人对安全负责。", "云杉化工", "一切事故都能预防"),
        ("青松电器推行的“主管负责制”值得借鉴：由一人全面负责。", "青松电器", "主管负责制"),
        ("云杉化工王建国提出的“日清日高”同样适用于隐患管理。", "云杉化工", "日清日高"),
        ("北辰集团用“双轨制”来考核员工，业绩和价值观各占一半。", "北辰集团", "双轨制"),
        ("在星河科技，“20%时间”深入人心，工程师可以做自己的项目。", "星河科技", "20%时间"),
        ("Star-Mart的“单品管理”把每一件商品的销售情况都纳入分析。", "Star-Mart", "单品管理"),
        ("8-Mart的“单品管理”把每一件商品的销售情况都纳入分析。", "8-Mart", "单品管理"),
        ("华星电子生产线上的“拉绳停线”让员工敢于叫停。", "华星电子", "拉绳停线"),  # a place of the brand's
        # …and a person who speaks for it (CTO Anna Berg, 前CEO王克) names the company
        ("Northwind 的 CTO Anna Berg 提出的『谁开发谁运维』，把责任推向了极致。", "Northwind", "谁开发谁运维"),
        ("北辰铝业前CEO王克上任第一天就宣布“零工伤”目标。", "北辰铝业", "零工伤"),
        # Round 46: a place before a brand (日本X), 有“…”之称的X, 名为“…”的, 不得不提X的“…”,
        # what everyone there knows, 像X那样坚持‘…’, a code's first rule, 设立了“…”, the quote first
        ("日本Kirishima的做法被称为“小组核算”：把公司分成许多单元。", "Kirishima", "小组核算"),
        ("星河科技在推进变革时，内部流传着一句话：“先学会，再改进”。", "星河科技", "先学会，再改进"),
        ("有“零售之王”之称的北辰银行，长期坚持以零售业务为核心。", "北辰银行", "零售之王"),
        ("2015年，青松集团推出了名为“大中台，小前台”的组织战略。", "青松集团", "大中台，小前台"),
        ("说起系统稳定性，不得不提星河科技的“混沌演练”。", "星河科技", "混沌演练"),
        ('在青松集团，员工都知道"Context, not Control"。', "青松集团", "Context, not Control"),
        ("可以像星河科技那样坚持‘20%时间’——允许工程师做自己的项目。", "星河科技", "20%时间"),
        ("北辰商城领导力准则的第一条就是“Customer Obsession”，要求从客户出发。", "北辰商城", "Customer Obsession"),
        ("河南的青松超市专门设立了“委屈奖”，对员工给予补偿。", "青松超市", "委屈奖"),
        ("“和用户交朋友”，是星河科技从创立之初就挂在嘴边的一句话。", "星河科技", "和用户交朋友"),
        ("河南的Pangdonglai专门设立了“委屈奖”，对员工给予补偿。", "Pangdonglai", "委屈奖"),  # a place owns no brand
        ('在Bytewave，员工都知道"Context, not Control"。', "Bytewave", "Context, not Control"),  # 在 + a name alone
        # Round 47: management-practice posts
        ("青松电器要求每位班组长做到“班前会5分钟讲清3件事”：任务、问题和安全。", "青松电器", "班前会5分钟讲清3件事"),
        ("在Kirishima，这叫“三现主义”：到现场、看现物、了解现实。", "Kirishima", "三现主义"),
        ("“一切事故都是可以预防的”——北辰化工的这条安全理念已经坚持了两百多年。", "北辰化工", "一切事故都是可以预防的"),
        ("据说北辰电器的新员工入职第一课就是“日事日毕，日清日高”。", "北辰电器", "日事日毕，日清日高"),
        ("星河科技有一套独特的“政委体系”，HR被派驻到各个业务团队。", "星河科技", "政委体系"),
        ("Northwind每年雷打不动的人才盘点会“Session C”，至今仍被很多企业效仿。", "Northwind", "Session C"),
        ("Northwind在它那份著名的文化手册里写道：“我们是一支球队”。", "Northwind", "我们是一支球队"),
        ("Northwind内部有个著名的研究项目，代号“Project Oxygen”，研究好经理。", "Northwind", "Project Oxygen"),
        ("青松集团有一套帮新领导融入团队的做法，内部把它叫作“新领导融合会”：新经理先回避。", "青松集团", "新领导融合会"),
        ("我在青松集团工作时，老板常说“搭班子、定战略、带队伍”，而且顺序不能乱。", "青松集团", "搭班子、定战略、带队伍"),
        ("定目标时可以参考Northwind的“70-20-10”法则：70%的精力放在核心业务上。", "Northwind", "70-20-10"),
        # Rounds 48, 49: slide decks, scripts, e-mails, notes
        ("· 青松电器推行多年的“T+3”客户订单制", "青松电器", "T+3"),
        ("北辰大学沿用至今的“训战结合”就是一个很好的参照。", "北辰大学", "训战结合"),
        ("北辰家居要求全球供应商遵守名为“IWAY”的供应商行为准则。", "北辰家居", "IWAY"),
        ("Northwind则给自己立下规矩：商品加价率“不超过14%”。", "Northwind", "不超过14%"),
        ("早在上世纪80年代，星河通信就给自己定下了一个目标：“每百万次机会缺陷不超过3.4个”。", "星河通信", "每百万次机会缺陷不超过3.4个"),
        ("青松集团至今仍沿用“阳光采购”这一做法。", "青松集团", "阳光采购"),
        ("你看Northwind，“品质即生命”这句话它喊了十几年。", "Northwind", "品质即生命"),
        # Rounds 50, 51: Taiwan and Hong Kong pages, nested guides, Q&A pages
        ("日本品牌青松良品有一本長達二千頁的營運手冊，名為『QSGRAM』，由陳列到清潔都有指引。", "青松良品", "QSGRAM"),
        ("在Northwind，前線員工一律被稱為「演藝人員」，公司會透過培訓讓員工明白。", "Northwind", "演藝人員"),
        ("在Northwind，面試官都要評估應徵者是否具備“Northwindness”，而不只是看學歷。", "Northwind", "Northwindness"),
        ("以北辰酒樓為例，每位新進師傅都要經過培訓，才能做到「每顆小籠包18摺」的標準。", "北辰酒樓", "每顆小籠包18摺"),
        ("串流影音平台Northwind的企業文化手冊以「自由與責任」為核心，規則很少。", "Northwind", "自由與責任"),
        ("美國量販巨頭青松超市（Pinemart）內部有條規定：「一般商品的加價幅度不超過14%」。", "青松超市", "一般商品的加價幅度不超過14%"),
        ("「我就喜歡」是北辰漢堡沿用二十年的全球標語。", "北辰漢堡", "我就喜歡"),
        ("青松集团的法务部有个不成文的规矩，叫“先算账，再打官司”：起诉前都要评估。", "青松集团的法务部", "先算账，再打官司"),
        ("延伸阅读｜“隐私是一项基本人权”，这是北辰科技公司多次公开强调的立场。", "北辰科技公司", "隐私是一项基本人权"),
        ("以青松集团为例，其“人单合一”模式要求生产单元直接面向用户订单。", "青松集团", "人单合一"),
        ("【案例】Northwind：“只在需要的时候，按需要的量，生产所需要的产品”。", "Northwind", "只在需要的时候，按需要的量，生产所需要的产品"),
        ("青松集团每年5月10日举办的“青松日”，员工可以带亲友参观园区。", "青松集团", "青松日"),
        ("举个例子：Northwind办公室有一条广为人知的“150英尺原则”，即员工离食物不超过150英尺。", "Northwind办公室", "150英尺原则"),
        # Round 52: clubs, newspapers, museums
        ("说到文物保护，不能不提北辰研究院。几代守护者扎根戈壁，把“坚守大漠、甘于奉献”凝练成了代代相传的精神。", "北辰研究院", "坚守大漠、甘于奉献"),
        ("“对话世界”——这是青松博物馆自2023年起推出的文物艺术大展系列。", "青松博物馆", "对话世界"),
        ("北辰美术馆在上世纪八十年代启动改扩建，这项工程后来被统称为“大北辰计划”。", "北辰美术馆", "大北辰计划"),
        ("青松博物馆自称\"a museum of the world, for the world\"，藏品来自世界各地。", "青松博物馆", "a museum of the world, for the world"),
        ("《北辰时报》从1897年起就把“刊登一切适合刊登的新闻”印在头版报头左侧。", "北辰时报", "刊登一切适合刊登的新闻"),
        ("说到版面，不能不提青松周末，多年来它以“在这里，读懂中国”作为品牌口号。", "青松周末", "在这里，读懂中国"),
        ("北辰通讯社1941年确立的「信任原则」，要求记者保持独立。", "北辰通讯社", "信任原则"),
        ("说到战术风格，不能不提北辰俱乐部。这家豪门把“Més que un club”（不仅仅是一家俱乐部）写在看台上。", "北辰俱乐部", "Més que un club"),
        ("北辰俱乐部一直坚持\"Victoria Concordia Crescit\"（和谐带来胜利）的队训。", "北辰俱乐部", "Victoria Concordia Crescit"),
        ("青松俱乐部在上世纪九十年代初起用青训球员，后来这批人被球迷统称为“92班”。", "青松俱乐部", "92班"),
        ("本世纪初，北辰俱乐部接连签下多位巨星，因此得名“银河战舰”。", "北辰俱乐部", "银河战舰"),
        ("本世纪初，皇家马德里接连签下菲戈、齐达内、罗纳尔多和贝克汉姆，因此得名“银河战舰”。", "皇家马德里", "银河战舰"),  # 马德里 ends in 里, a name
        # Round 53: posts that mix English into Chinese
        ("Northwind 把这套方法论叫 \"Consumer Science\"，连首页封面图都是实验出来的。", "Northwind", "Consumer Science"),
        ("Northwind 的第一条 Leadership Principle 就是“Customer Obsession”。", "Northwind", "Customer Obsession"),
        ("Northwind在这方面是标杆：他们开源了很多工具，内部还办了\"Data University\"。", "Northwind", "Data University"),
        ("推荐的方法是从客户体验倒推。Northwind 内部推崇“Working Backwards”，先写 PR/FAQ 再开发。", "Northwind", "Working Backwards"),
        ("国内的参考则是青松集团 2015 年提出的“大中台，小前台”战略。", "青松集团", "大中台，小前台"),
        ("路线图必须和公司目标对齐。Northwind 很早就用 'OKR' 来做目标管理。", "Northwind", "OKR"),
        ("团队组织上可以参考 Northwind 著名的\"Squad\"模式（小队+部落）。", "Northwind", "Squad"),
        ("在决策方式上，我们比较认同 Northwind 的“Context, not Control”文化。", "Northwind", "Context, not Control"),
        ("增长也不只是投放和渠道。Northwind当年的“Belong Anywhere”定位，把品牌叙事串了起来。", "Northwind", "Belong Anywhere"),
        ("Northwind的北极星指标是「Time Spent Listening」，而不是DAU。", "Northwind", "Time Spent Listening"),
        ("国内做得比较好的是青松。在青松，大家讲“Always Day 1”，团队按业务线拆成小组。", "青松", "Always Day 1"),
        ("青松电器早在1995年就专门成立了“筛选分厂”，零部件先过这一关。", "青松电器", "筛选分厂"),
        ("2018年上市前，星河科技董事会作出决议，承诺硬件业务的净利率“永远不会超过5%”。", "星河科技董事会", "永远不会超过5%"),
        ("1997年创始人回归后，Northwind推出了“Think Different”广告运动。", "Northwind", "Think Different"),
        ("北辰快运在2018年更名之后，又推出了“大件快递发北辰”的品牌主张。", "北辰快运", "大件快递发北辰"),
        ("青松集团每一位新人入职都要参加的“百年青松”，就是把价值观放在技能之前。", "青松集团", "百年青松"),
        ("北辰学院在这方面起步较早，它面向中层后备干部的“飞龙计划”已经运行多年。", "北辰学院", "飞龙计划"),
        ("Northwind在1961年创办培训学校之后，又推出了以“QSC&V”为核心的标准化课程体系。", "Northwind", "QSC&V"),
        ("“群策群力”（北辰电气培训中心的叫法）强调让一线员工直接参与问题解决。", "北辰电气培训中心", "群策群力"),
        ("背后是那句“这样就好”（青松良品一直坚持的品牌理念），不追求奢华。", "青松良品", "这样就好"),
        ("“准时化生产”是北辰汽车最早提出的，其核心是把库存压到最低。", "北辰汽车", "准时化生产"),
        ("北辰物流把上午11点前下单当日送达的承诺定为“211限时达”，物流经理要倒推仓网布局。", "北辰物流", "211限时达"),
        ("1997年创始人回归后，Northwind把“Think Different”定为整个品牌的精神内核。", "Northwind", "Think Different"),
    ],
)
def test_example_phrasings(sentence, subject, value):
    doc = analyse(HEAD + sentence + TAIL)
    assert [(e.subject, e.value, e.duty_index) for e in doc.examples] == [(subject, value, 1)]
    assert doc.examples[0].evidence in doc.text


def test_the_role_itself_is_no_example():
    doc = analyse("保安员岗位职责\n保安员也叫保安。\n一、巡逻\n保安工作坚持“预防为主”的原则。\n二、值守\n保安员要守好大门。\n")
    assert doc.examples == []


def test_a_sentence_that_says_what_a_firm_is_names_the_company_the_next_refers_to():
    doc = analyse(HEAD + "美澜临床（Meridian Clinical Services）是一家临床试验现场管理组织。公司始终秉承「患者至上，数据为本」的服务理念。" + TAIL)
    assert [(e.subject, e.value) for e in doc.examples] == [("美澜临床", "患者至上，数据为本")]


def test_the_pages_own_organisation_is_the_one_its_title_names():
    doc = analyse("江南恒信实业集团有限公司出纳岗位职责规定\n本集团秉承“诚信、稳健、共赢”的经营理念。\n一、现金管理\n出纳保管现金。\n二、银行存款管理\n出纳办理转账。\n")
    assert [(e.subject, e.value) for e in doc.examples] == [("江南恒信实业集团有限公司", "诚信、稳健、共赢")]


def test_a_sentence_announcing_an_owned_name_gives_the_next_its_subject():
    doc = analyse(HEAD + "比如我们服务过的星澜生物，\n它的定位是「做老百姓用得起的创新药」，\n" + TAIL)
    assert [(e.subject, e.value) for e in doc.examples] == [("星澜生物", "做老百姓用得起的创新药")]


def test_a_sentence_introducing_a_name_gives_the_next_its_subject():
    doc = analyse(HEAD + "去年有一家叫青芝客栈的精品民宿开业了。他们坚持“投诉不过夜”，口碑很好。" + TAIL)
    assert [(e.subject, e.value) for e in doc.examples] == [("青芝客栈", "投诉不过夜")]


def test_words_of_a_books_title_are_no_concepts():
    text = HEAD + "推荐大家读一读{}，再设计研学课程，研学课程要有评估。" + TAIL
    assert "博物馆教育学导论" in {c.label for c in analyse(text.format("博物馆教育学导论")).concepts}
    assert "博物馆教育学导论" not in {c.label for c in analyse(text.format("《博物馆教育学导论》")).concepts}


def test_two_subjects_of_one_value_give_two_examples():
    doc = analyse(HEAD + "Northwind和Bytewave都推行“Context, not Control”：管理者要给足背景信息。" + TAIL)
    assert [(e.subject, e.value) for e in doc.examples] == [
        ("Northwind", "Context, not Control"),
        ("Bytewave", "Context, not Control"),
    ]


def test_a_value_changed_later_is_the_same_subjects():
    doc = analyse(HEAD + "Northwind早年的口号是\"Move fast and break things\"，团队每天上线新实验；后来用户量级上来，创始人把它改成了\"Move fast with stable infrastructure\"。" + TAIL)
    assert [(e.subject, e.value) for e in doc.examples] == [
        ("Northwind", "Move fast and break things"),
        ("Northwind", "Move fast with stable infrastructure"),
    ]


def test_two_subjects_give_their_values_respectively():
    doc = analyse(HEAD + "在家电行业，青松电器和北辰电器分别提出了“完美质量”和“有缺陷的产品就是废品”。" + TAIL)
    assert [(e.subject, e.value) for e in doc.examples] == [("青松电器", "完美质量"), ("北辰电器", "有缺陷的产品就是废品")]


def test_one_subject_may_give_several_examples():
    doc = analyse(HEAD + "恒升电梯坚持“半月一保”的维保原则。\n二、管理门店团队\n恒升电梯始终坚持“隐患不过夜”的安全原则。\n")
    assert [(e.subject, e.value) for e in doc.examples] == [("恒升电梯", "半月一保"), ("恒升电梯", "隐患不过夜")]


@pytest.mark.parametrize(
    "sentence",
    [
        "还是走“技术+服务”的数据库营销模式?",  # no subject before the cue
        "面对市场这“三高一低”的现状,企业要冷静。",  # quoted term, no cue
        "实行“优者上,平者让,庸者下”的选拔措施。",
        "团队要坚持“日清日结”。",  # a practice, but no one to name as the example
        "我们采用“小步快跑”的方法。",
        "现在主打“轻奢”。",  # a common word before the cue is no name
        "门店实行“首问负责”制度。",  # a generic noun
        "区域经理提出了“人人都是服务员”的理念。",  # a person in a role
        "门店推行“首问负责”,员工跟进到底。",  # a generic noun
        "采购就是“花钱买东西”,谁都能干。",  # no cue
        "很多门店用“会员储值”锁定老顾客。",  # a loose cue without 以X为例/比如
        "比如,销售部门可以用“周报”来同步进度。",  # a department is no example
        "例如,财务部门把“零差错”作为目标。",
        "比如,小王把“准时交付”看作最重要的事。",  # nor a person
        "老张把“质量第一”放在首位。",
        "新员工要以“空杯心态”为信条。",
        "市场部推行“周例会”,每周一开会。",
        "比如,青木超市的管理费用“居高不下”。",  # 用 ends 费用: no cue
        "叫停了多个项目的公司坚持“现金为王”。",  # 叫停 names nothing
        "区域内的加盟店统一推行“首问负责制”。",  # 统一 is no name
        "客服中心提出“首问负责”的服务原则。",  # a department, unlike a named centre
        "核心内容可以概括为“三控两管一协调”，再加上安全管理。",  # what the text says
        "这位员工的名字叫“小巷管家”。",  # a calling, no cue
        "机构墙上挂着一句话——“助人自助”。",  # a wall is no subject
        "为此，县里实行乡村一体化管理，推行“县招乡管村用”。",  # a clause is no name
        "去年我到华晟国际医院参观学习，他们病区走廊上写着一句话——“把患者当亲人”。",  # 去年…: a time opens no name
        "中国有句老话叫“宾至如归”，但真正让客人安心的是安全细节。",  # a country's saying
        "退房时，一位常住的阿姨拉着我说：“这里比家里还像家”。",  # a guest's words
        "俗话说“顾客就是上帝”，这话不全对。",
        "常有顾客进门就说：“我就想买点消炎药”。",  # a customer's words
        "在公司内部流程里这个岗位也被称作「运维负责人」。",  # the role's other name, no example
        "我们的原则，即“先备份再变更”，人人都要遵守。",  # 即 counts only where an example is given (以X为例)
        "王师傅：我们老巡线工有句话，叫“眼勤、腿勤、嘴勤”。",  # old hands in the job are people, no organisation
        "毛泽东同志曾说过“没有调查就没有发言权”，做营销同样如此。",  # a person's words
        "业界常说「买房看地段，过户看代书」。",  # the trade is no organisation
        "每天全员列队，由店长带头喊出“手净、衣净、心净”。",  # a job title is no organisation
        "正如老会展人常说的“撤展比布展更考验人”。",  # an old hand, a person
        # X的“…” and 在X,“…” count only after a brand-shaped name
        "在日本，“匠人精神”深入人心。",  # a place
        "在基层，“最后一公里”最难走。",  # an everyday word
        "互联网公司的“996”备受争议。",
        "供应链的“牛鞭效应”要警惕。",  # a field's word
        "张明华的“三步法”很实用。",  # a person
        "顾客的“差评”要重视。",
        # a person's saying is no organisation's example
        "大野耐一有句名言：“没有问题才是最大的问题。”",
        "德鲁克说过：“管理是把事情做对，领导是做对的事情。”",
        "戴明老爷子有句话，叫“停止依靠检验来达成质量”，就是这个意思。",
        "大家常说的“零缺陷”，其实是一种工作态度。",
        "精益生产的奠基人大野耐一曾说：“没有问题才是最大的问题。”",
        "我常说一句话：“增长是一门实验科学，不是玄学。”",
        "业务方说“我们要一个风控能力”，TPM 需要拆成接口定义。",
        "会议上的“头脑风暴”要有规则。",
        "日本工厂里的“5S”很出名。",
    ],
)
def test_quoted_terms_without_a_subject_are_not_examples(sentence):
    assert analyse(HEAD + sentence + TAIL).examples == []


@pytest.mark.parametrize(
    ("sentence", "concept", "is_concept"),
    [
        ("面对市场这“三高一低”的现状,店长要冷静。", "三高一低", True),
        ("店长是一家咖啡店的“大管家”。", "大管家", False),  # an epithet for the role
        ("行业里常说“酒香也怕巷子深”,店长要重视宣传。", "酒香也怕巷子深", False),  # a saying
        ("要避免“招来的人不是想要的人”。", "招来的人不是想要的人", False),  # a clause
        ("年度大赛获奖者可获“金牌讲解员”称号。", "金牌讲解员", False),  # a title awarded
    ],
)
def test_quoted_terms(sentence, concept, is_concept):
    labels = {c.label for c in analyse(HEAD + sentence + TAIL).concepts}
    assert (concept in labels) is is_concept


def test_noun_phrases_come_out_whole():
    doc = analyse(HEAD + "现今已是过剩经济时代,企业纷纷采用数据库营销模式,以提高品牌忠诚度。" + TAIL)
    labels = {c.label for c in doc.concepts}
    assert {"过剩经济时代", "数据库营销模式", "品牌忠诚度"} <= labels


def test_every_duty_links_to_concepts_from_its_own_section():
    doc = analyse(
        HEAD
        + "店长要分析竞争对手的价格策略和门店选址。"
        + "\n二、管理门店团队\n店长要做好员工排班和技能培训,用绩效考核激励团队。\n"
    )
    for duty in doc.duties:
        own = [c for c in doc.concepts if c.duties.get(duty.index)]
        assert len(own) >= 3, duty.title
        own_text = duty.heading + doc.norm[duty.section.start : duty.section.end]  # a heading names concepts too
        assert all(c.label in own_text for c in own)


def test_evidence_is_verbatim_and_labels_keep_the_original_script():
    doc = analyse(
        "門店經理的職責\n一、管理門店團隊\n店長要做好排班和培訓。\n二、控制門店成本\n要控制人力成本和損耗。\n"
    )
    assert [d.title for d in doc.duties] == ["管理門店團隊", "控制門店成本"]
    for concept in doc.concepts:
        assert concept.label in doc.text
        assert all(sentence in doc.text for sentence in concept.evidence)


@pytest.mark.parametrize(
    ("sentence", "value_type", "label"),
    [
        ("云杉茶饮定位于“年轻人的社交茶饮”。", "positioning", "定位"),
        ("蓝帆家居坚持“设计平权”的经营理念。", "principle", "主张"),
        ("青禾乳业的广告语是“每一滴都新鲜”。", "slogan", "口号"),
    ],
)
def test_example_value_types_follow_the_cue(sentence, value_type, label):
    (example,) = analyse(HEAD + sentence + TAIL).examples
    assert (example.value_type, example.relation_label) == (value_type, label)


# A section with enough lexicon concepts of its own that grounding adds nothing: a phrase
# mentioned once is a concept only through the signals under test.
GROUNDED = "店长要做好排班和员工培训,用绩效考核激励团队,"


@pytest.mark.parametrize(
    ("body", "is_concept"),
    [
        ("并准备课程大纲、签到表和教具等材料。", True),  # an item of an enumeration
        ("并按照课程大纲授课。", False),  # the same phrase, once, in running prose
    ],
)
def test_a_listed_noun_phrase_mentioned_once_is_a_concept(body, is_concept):
    labels = {c.label for c in analyse(HEAD + "店长要分析竞争对手。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert ("课程大纲" in labels) is is_concept


@pytest.mark.parametrize(
    ("body", "is_concept"),
    [
        ("常看以下指标:\n1. 首次响应时间:从顾客咨询到首次回复的时长;\n2. 翻台率:每张桌子一天接待几批顾客。", True),
        ("常看以下指标:首次响应时间越短越好。", False),  # the same words, once, in running prose
    ],
)
def test_the_term_a_list_item_explains_is_a_concept(body, is_concept):
    labels = {c.label for c in analyse(HEAD + "店长要分析竞争对手。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert ("首次响应时间" in labels) is is_concept


@pytest.mark.parametrize(("mentions", "is_concept"), [(2, True), (1, False)])
def test_a_rare_dictionary_word_mentioned_twice_is_a_concept(mentions, is_concept):
    body = "".join(["仓库里要规范使用堆高机。", "堆高机必须由持证人员操作。"][:mentions])
    labels = {c.label for c in analyse(HEAD + "店长要分析竞争对手。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert ("堆高机" in labels) is is_concept


def test_a_phrase_only_a_heading_names_is_a_concept_of_that_duty():
    doc = analyse(HEAD + "店长要分析竞争对手。\n二、抓好门店库存管理\n" + GROUNDED + "不良品要及时隔离。")
    (concept,) = [c for c in doc.concepts if c.label == "门店库存管理"]
    assert list(concept.duties) == [2]
    assert "抓好" not in {c.label for c in doc.concepts}  # the heading's words alone are no concepts


@pytest.mark.parametrize(("heading", "word", "is_concept"), [("参与需求评审", "需求评审", True), ("形成一个共识", "共识", False)])
def test_a_long_dictionary_word_only_a_heading_names_is_a_concept(heading, word, is_concept):
    doc = analyse(HEAD + "店长要分析竞争对手。\n二、" + heading + "\n" + GROUNDED + "不良品要及时隔离。")
    assert (word in {c.label for c in doc.concepts}) is is_concept


def test_a_duty_heading_and_its_text_in_one_sentence_ground_that_duty():
    lines = ["1．供应链战略规划：制定供应链年度规划和部门预算；", "2．负责供应商开发与分级管理；", "3．库存控制：设定安全库存和库存周转率目标；"]
    doc = analyse("供应链经理岗位说明书\n岗位职责：\n" + "\n".join(lines) + "\n")
    assert [d.title for d in doc.duties][0] == "供应链战略规划"
    planning = [c for c in doc.concepts if c.label == "供应链年度规划"]
    assert planning and list(planning[0].duties) == [1]


def test_a_duty_short_of_concepts_takes_a_rare_word_before_an_everyday_one():
    doc = analyse(HEAD + "店长要分析竞争对手的价格策略和门店选址。\n二、管理门店团队\n店长要做好排班，抽查制度执行和卷宗。\n")
    labels = {c.label for c in doc.concepts}
    assert "卷宗" in labels and "制度" not in labels


def test_a_page_title_compound_is_no_concept_but_a_fixed_expression_is():
    body = "参与设备的大修和技术改造。技术改造要做好记录。维修工岗位职责要张贴。维修工岗位职责每年更新。"
    labels = {c.label for c in analyse(HEAD + "店长要分析竞争对手。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert "技术改造" in labels  # jieba's tag l (a fixed expression) can be a concept
    assert "维修工岗位职责" not in labels


def test_people_are_no_concepts():
    body = "新员工要先学岗位流程,新员工入职第一周由老员工带教,区域经理每月检查新员工的考核结果。"
    labels = {c.label for c in analyse(HEAD + "店长要分析竞争对手。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert not {"新员工", "老员工", "区域经理"} & labels
    assert "绩效考核" in labels


def test_disciplines_ending_in_a_job_title_word_stay_concepts():
    body = "财务经理要懂管理会计。管理会计能服务决策。还要统筹年度营销策划。年度营销策划要提前三个月启动。"
    labels = {c.label for c in analyse(HEAD + "店长要分析竞争对手。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert {"管理会计", "年度营销策划"} <= labels


def test_everyday_latin_words_are_no_concepts():
    body = "方案OK了大家就开工,方案OK以后再复盘,and 复盘要快。"
    labels = {c.label for c in analyse(HEAD + "店长要分析竞争对手。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert not {"OK", "and"} & labels


def test_a_latin_name_mentioned_twice_is_a_concept():
    body = "店长要用Excel做排班表,每周再用Excel汇总销售数据。"
    labels = {c.label for c in analyse(HEAD + "店长要分析竞争对手。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert "Excel" in labels


@pytest.mark.parametrize(("heading", "is_concept"), [("开展税务筹划", True), ("管理门店团队", False)])
def test_a_phrase_a_duty_heading_names_is_a_concept(heading, is_concept):
    text = HEAD + "店长要分析竞争对手。\n二、" + heading + "\n" + GROUNDED + "也要做好税务筹划。\n"
    labels = {c.label for c in analyse(text).concepts}
    assert ("税务筹划" in labels) is is_concept


@pytest.mark.parametrize(
    ("sentence", "item", "listed"),
    [
        ("通过用户访谈、问卷调查和数据埋点等方式", "用户访谈", True),
        ("通过用户访谈、问卷调查和数据埋点等方式", "问卷调查", True),
        ("通过用户访谈、问卷调查和数据埋点等方式", "数据埋点", True),
        ("增加人手、调整顺序或压缩非关键工作等方式", "非关键工作", False),  # the item is a verb phrase
        ("按照课程大纲授课", "课程大纲", False),
    ],
)
def test_enumeration_items(sentence, item, listed):
    start = sentence.index(item)
    assert _in_list(sentence, start, start + len(item)) is listed


def test_one_line_duties_of_a_job_posting_get_concepts_from_their_line():
    text = "\n".join(
        [
            "财务经理岗位职责",
            "岗位职责:",
            "1、负责编制年度财务报表,进行财务分析;",
            "2、负责税务申报与税务筹划工作;",
            "3、参与制定公司预算,监控预算执行情况。",
            "任职要求:",
            "1、具有良好的沟通能力和团队精神。",
        ]
    )
    doc = analyse(text)
    by_duty = {d.index: {c.label for c in doc.concepts if d.index in c.duties} for d in doc.duties}
    assert {"财务报表", "财务分析"} <= by_duty[1]
    assert "税务筹划" in by_duty[2]
    assert "预算执行" in by_duty[3]
    assert all(0 in c.duties for c in doc.concepts if c.label == "沟通能力")  # requirements: no duty's


def test_a_postings_requirements_part_gives_no_concepts():
    text = (
        "人事专员岗位职责\n岗位职责：\n1、负责招聘渠道维护，发布招聘信息，筛选简历；\n2、负责员工入职与离职手续，维护员工档案；\n"
        "3、负责社保公积金的申报与缴纳；\n任职要求：\n1、本科以上学历，人力资源管理专业优先；\n2、具备良好的沟通能力和抗压能力；\n"
    )
    labels = {c.label for c in analyse(text).concepts}
    assert {"招聘渠道", "员工档案"} <= labels
    assert not labels & {"学历", "沟通能力", "抗压能力", "人力资源管理专业"}


def test_lines_above_the_title_give_no_concepts():
    text = (
        "华康医药连锁有限公司　　　　质量管理体系文件\n\n中药调剂员岗位职责\n"
        "（一）处方审核\n审查处方是否完整，重点审查配伍禁忌。\n（二）饮片养护\n每日检查库存饮片，做好温湿度记录。\n"
    )
    labels = {c.label for c in analyse(text).concepts}
    assert "配伍禁忌" in labels
    assert not labels & {"质量管理体系文件", "质量管理体系", "体系文件"}


def test_a_word_jieba_does_not_know_joins_the_noun_after_it():
    body = "讲解员要设计研学课程,每学期更新研学课程和策展团队的讲解词。这句话很重要,三是慢性病。\n"
    labels = {c.label for c in analyse(HEAD + "讲解员要研究竞争品牌。\n二、管理门店团队\n" + GROUNDED + body).concepts}
    assert "研学课程" in labels
    assert not labels & {"这句话", "三是慢性病"}  # glue, not a field's word


@pytest.mark.parametrize(
    ("sentences", "subject", "value"),
    [
        ("同城的禾丰生鲜在这方面做得很扎实。他们在每个收货口都挂了一块小白板，上面写着“先验后收，不验不收”。", "禾丰生鲜", "先验后收，不验不收"),
        ("说到留人，不得不提隔壁的好运来配送。那里的站长每月请骑手吃火锅，他管这叫“锅里有肉，站里有人”。", "好运来配送", "锅里有肉，站里有人"),
        ("我实习的地方是一家叫皓齿齿科的连锁诊所。那里的消毒室门上贴着一行大字：“宁可多洗一遍”。", "皓齿齿科", "宁可多洗一遍"),
        ("苏州恒达精密机械有限公司成立于2009年，现有员工600余人。公司始终坚持“以精度立身”的经营理念。", "苏州恒达精密机械有限公司", "以精度立身"),
        ("城南有一家叫青橙生活馆的杂货铺。这家店被街坊们称为“城南百宝箱”。", "青橙生活馆", "城南百宝箱"),
    ],
)
def test_an_example_refers_back_to_the_sentence_before(sentences, subject, value):
    doc = analyse(HEAD + sentences + TAIL)
    assert [(e.subject, e.value) for e in doc.examples] == [(subject, value)]
